// What ctmap map writes, ctmap lint accepts: the candidate identity map is written, read back
// and linted with lint's own rules (one set of rules, not a copy) before anything is emitted.
// A row lint rejects keeps its principal out of the map: the assignment becomes a conflict
// with a finding naming the value, and the principal keeps its row in review.csv.

import { identityMapChunks, inMap, mapRows, type MapRow } from '../emit/identity-map.js';
import { lintMap, type LintExports, type LintFinding } from '../lint/index.js';
import { sortRows } from '../lint/rows.js';
import type { GroupOptions } from '../match/groups/match.js';
import type { Assignment, Finding, Principal } from '../model.js';
import { readMapBytes } from '../read/identity-map.js';
import { visible } from '../wording/visible.js';

export interface WritableInput {
  assignments: readonly Assignment[];
  sourceTenantId: string;
  groups: Pick<GroupOptions, 'securityColumn5'>;
  exports: LintExports;
}

export interface WritableResult {
  /** The same assignments, those whose row lint rejects turned into conflicts. */
  assignments: Assignment[];
  findings: Finding[];
  /** The map's rows, and identity-map.csv exactly as linted: written as it is. */
  rows: MapRow[];
  csv: string;
}

const MAP_FILE = 'identity-map.csv';

// The export field a map column comes from, for the finding's column (facts §8.2).
const FIELD: Readonly<Record<'User' | 'Group', readonly string[]>> = {
  User: ['', '', 'upn', 'upn', 'mail', 'userType'],
  Group: ['', '', 'id', 'id', 'mailNickname', 'groupTypes'],
};

export function withoutUnwritableRows(input: WritableInput): WritableResult {
  const mapped = input.assignments.filter((a) => inMap(a) && a.best !== undefined);
  const rejected = new Map<Assignment, LintFinding>();
  let kept = mapped;
  let rows: MapRow[];
  let csv: string;
  // Dropping a row can only remove errors (a duplicate's partner, a file-wide delimiter
  // sniffed from a bad first row), so this ends; most runs need one pass.
  for (;;) {
    rows = mapRows(kept, input.sourceTenantId, input.groups);
    // In chunks, as emit writes large CSVs (emit/chunks.ts): the same bytes, less garbage.
    csv = [...identityMapChunks(rows)].join('');
    const bad = rejectedRows(rows, csv, input);
    if (bad.size === 0) break;
    for (const [i, finding] of bad) rejected.set(kept[i]!, finding);
    kept = kept.filter((_, i) => !bad.has(i));
  }
  if (rejected.size === 0) return { assignments: [...input.assignments], findings: [], rows, csv };

  const findings: Finding[] = [];
  const assignments = input.assignments.map((a): Assignment => {
    const lint = rejected.get(a);
    if (lint === undefined) return a;
    findings.push(unsafeFinding(a, lint));
    return { ...a, status: 'conflict', reason: 'unsafe-value' };
  });
  return { assignments, findings, rows, csv };
}

/** Row index to the first error lint reports on it; whole-file errors point at no row. */
function rejectedRows(rows: readonly MapRow[], csv: string, input: WritableInput): Map<number, LintFinding> {
  if (rows.length === 0) return new Map();
  const map = readMapBytes(Buffer.from(csv, 'utf8'), MAP_FILE);
  const sorted = sortRows(map);
  const indexOfLine = new Map<number, number>();
  sorted.rows.forEach((r, i) => indexOfLine.set(r.line, i));
  // Each row of ours starts with User or Group, so none reads as blank or as a header; a
  // different count would be a bug in the writer or the reader.
  if (sorted.rows.length !== rows.length || sorted.headerLines.length + sorted.blankLines.length > 0) {
    throw new Error(`identity map read back as ${sorted.rows.length} rows, written as ${rows.length}`);
  }
  const { findings } = lintMap({ map, sourceTenantId: input.sourceTenantId, exports: input.exports });
  const bad = new Map<number, LintFinding>();
  const mark = (line: number, f: LintFinding): void => {
    const i = indexOfLine.get(line);
    if (i !== undefined && !bad.has(i)) bad.set(i, f);
  };
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    mark(f.line, f);
    // Which of two rows naming one principal is right is not ours to guess: both go.
    const first = f.data['firstLine'];
    if ((f.code === 'duplicate-source' || f.code === 'duplicate-target') && typeof first === 'number') mark(first, f);
  }
  return bad;
}

function unsafeFinding(a: Assignment, lint: LintFinding): Finding {
  const column = lint.column ?? 3;
  // Column 3 is the source's value; 4 to 6 describe the target.
  const p: Principal = column <= 3 || a.best === undefined ? a.source : a.best.target;
  const kind = a.source.kind === 'user' ? 'User' : 'Group';
  // The lint finding's own values, escaped, so that its wording can be reused.
  const shown: Record<string, string | number | readonly string[]> = {};
  for (const [k, v] of Object.entries(lint.data)) shown[k] = typeof v === 'string' ? visible(v) : Array.isArray(v) ? v.map((x: string) => visible(x)) : v;
  return {
    code: 'unsafe-map-value',
    severity: 'error',
    file: p.origin.file,
    line: p.origin.line,
    tenant: p.tenant,
    principal: p.key,
    ...(FIELD[kind][column - 1] ? { column: FIELD[kind][column - 1] } : {}),
    data: { ...shown, lintCode: lint.code, mapColumn: column },
  };
}
