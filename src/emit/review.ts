// review.csv: one row per source principal with its status, the candidate, the evidence in
// plain language and an empty decision column. Opened in Excel: BOM, CRLF, formulas escaped.

import { stringify } from 'csv-stringify/sync';
import type { Assignment, Finding, Principal } from '../model.js';
import { displayOf } from '../display.js';
import { evidenceText, reasonText } from '../wording/evidence.js';

export const REVIEW_COLUMNS = [
  'kind',
  'status',
  'reason',
  'source',
  'source_name',
  'target',
  'target_name',
  'score',
  'rule',
  'evidence',
  'runner_up',
  'runner_up_score',
  'competing',
  'findings',
  'decision',
] as const;

export type ReviewRow = Record<(typeof REVIEW_COLUMNS)[number], string>;

export function reviewRows(assignments: readonly Assignment[], findings: readonly Finding[]): ReviewRow[] {
  const codes = findingCodesByPrincipal(findings);
  return assignments.map((a) => {
    const best = a.best;
    const runner = a.runnerUp;
    const related = [...(codes.get(principalRef(a.source)) ?? []), ...(best ? (codes.get(principalRef(best.target)) ?? []) : [])];
    return {
      kind: a.source.kind,
      status: a.status,
      reason: reasonText(a.reason),
      source: a.source.key,
      source_name: displayOf(a.source),
      target: best?.target.key ?? '',
      target_name: best ? displayOf(best.target) : '',
      score: best ? String(best.score) : '',
      rule: best?.foundBy ?? '',
      evidence: best ? evidenceText(best.evidence) : '',
      runner_up: runner?.target.key ?? '',
      runner_up_score: runner ? String(runner.score) : '',
      competing: a.competing.join(' '),
      findings: [...new Set(related)].sort().join(' '),
      decision: '',
    };
  });
}

export function reviewCsv(rows: readonly ReviewRow[]): string {
  const body = stringify(rows as ReviewRow[], {
    header: true,
    columns: [...REVIEW_COLUMNS],
    record_delimiter: 'windows',
    escape_formulas: true,
  });
  return `\uFEFF${body}`;
}

function principalRef(p: Principal): string {
  return `${p.tenant}\u0000${p.key.toLowerCase()}`;
}

function findingCodesByPrincipal(findings: readonly Finding[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of findings) {
    if (f.principal === undefined || f.tenant === undefined) continue;
    const ref = `${f.tenant}\u0000${f.principal.toLowerCase()}`;
    const list = map.get(ref) ?? [];
    list.push(f.code);
    map.set(ref, list);
  }
  return map;
}
