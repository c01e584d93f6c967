// The pairs an export may carry: rows of identity-map.csv whose review.csv row is `matched` or
// `decided` (accepted). The map holds the values ctmap checked for upload; review.csv holds the
// status and the names. A row found in one and not the other is reported, never guessed at.

import type { MapEntry, ReviewEntry, RunFolder } from '../read/run-folder.js';
import type { ExportFinding, Pair } from './types.js';

export const EXPORTED_STATUSES: ReadonlySet<string> = new Set(['matched', 'decided']);

export interface PairsResult {
  pairs: Pair[];
  tenantId: string;
  findings: ExportFinding[];
}

const ref = (kind: string, source: string): string => `${kind.toLowerCase()}\u0000${source.toLowerCase()}`;

export function exportPairs(run: Pick<RunFolder, 'files' | 'review' | 'map'>): PairsResult {
  const findings: ExportFinding[] = [];
  const review = new Map<string, ReviewEntry>();
  for (const r of run.review) review.set(ref(r.kind, r.source), r);
  const inMap = new Set<string>();
  const pairs: Pair[] = [];
  for (const m of run.map) {
    inMap.add(ref(m.kind, m.source));
    const r = review.get(ref(m.kind, m.source));
    if (!r || !EXPORTED_STATUSES.has(r.status)) {
      findings.push({ code: 'not-matched-in-review', severity: 'error', file: run.files.map, line: m.line, item: m.source, data: { status: r?.status ?? '' } });
      continue;
    }
    pairs.push(toPair(m, r));
  }
  for (const r of run.review) {
    if (EXPORTED_STATUSES.has(r.status) && !inMap.has(ref(r.kind, r.source))) {
      findings.push({ code: 'missing-from-map', severity: 'warning', file: run.files.review, line: r.line, item: r.source, data: { status: r.status } });
    }
  }
  return { pairs, tenantId: run.map[0]?.tenantId ?? '', findings };
}

function toPair(m: MapEntry, r: ReviewEntry): Pair {
  if (m.kind === 'User') {
    return { kind: 'user', source: m.source, target: m.target, targetMail: m.column5, type: m.type, sourceName: r.sourceName, targetName: r.targetName, line: m.line };
  }
  return { kind: 'group', source: m.source.toLowerCase(), target: m.target.toLowerCase(), column5: m.column5, type: m.type, sourceName: r.sourceName, targetName: r.targetName, line: m.line };
}
