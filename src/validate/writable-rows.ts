// What ctmap map writes, ctmap lint accepts: the candidate identity map is linted with lint's
// own rules (one set of rules, not a copy), against the exports, before anything is emitted.
// A row lint rejects keeps its principal out of the map: the assignment becomes a conflict
// with a finding naming the value, and the principal keeps its row in review.csv.

import { identityMapCsv, inMap, mapRows, type MapRow } from '../emit/identity-map.js';
import { lintMap, type LintExports, type LintFinding } from '../lint/index.js';
import type { GroupOptions } from '../match/options.js';
import type { Assignment, Finding, Principal, TargetedAssignment } from '../model.js';
import { FINDING_SEVERITY } from '../model.js';
import type { MapFile } from '../read/identity-map.js';
import { sniffDelimiter } from '../read/table.js';
import { oneLine } from '../display.js';

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
  /** The rows of the map, as linted. */
  rows: MapRow[];
}

const MAP_FILE = 'identity-map.csv';

// The export field a map column comes from, for the finding's column (facts §8.2).
const FIELD: Readonly<Record<'User' | 'Group', readonly string[]>> = {
  User: ['', '', 'upn', 'upn', 'mail', 'userType'],
  Group: ['', '', 'id', 'id', 'mailNickname', 'groupTypes'],
};

export function withoutUnwritableRows(input: WritableInput): WritableResult {
  const mapped = input.assignments.filter(inMap);
  const rejected = new Map<Assignment, LintFinding>();
  let kept = mapped;
  let rows: MapRow[];
  // Dropping a row can only remove errors (a duplicate's partner, a file-wide delimiter
  // sniffed from a bad first row), so this ends; most runs need one pass.
  for (;;) {
    rows = mapRows(kept, input.sourceTenantId, input.groups);
    const bad = rejectedRows(rows, input);
    if (bad.size === 0) break;
    for (const [i, finding] of bad) rejected.set(kept[i]!, finding);
    kept = kept.filter((_, i) => !bad.has(i));
  }
  if (rejected.size === 0) return { assignments: [...input.assignments], findings: [], rows };

  const findings: Finding[] = [];
  const assignments = input.assignments.map((a): Assignment => {
    const lint = rejected.get(a);
    if (lint === undefined || !inMap(a)) return a;
    findings.push(unsafeFinding(a, lint));
    return { ...a, status: 'conflict', reason: 'unsafe-value' };
  });
  return { assignments, findings, rows };
}

/** Row index to the first error lint reports on it; whole-file errors point at no row. */
function rejectedRows(rows: readonly MapRow[], input: WritableInput): Map<number, LintFinding> {
  if (rows.length === 0) return new Map();
  // The file as the reader returns it, without writing and parsing it again (at 200,000 rows
  // that took seconds and half a gigabyte): csv-stringify quotes every value holding a comma,
  // a quote or a line break, so each row reads back as its six values, and the one thing the
  // reader adds, the delimiter sniffed from the first line, is taken with its own sniffer.
  // The file is UTF-8 without BOM; a value that UTF-8 cannot carry (a lone surrogate) is
  // a control-character finding.
  const firstLine = identityMapCsv([rows[0]!]).split(/\r\n|\n|\r/)[0] ?? '';
  const map: MapFile = { file: MAP_FILE, encoding: 'utf-8', delimiter: sniffDelimiter(firstLine), rows: rows.map((values, i) => ({ values, line: i + 1 })) };
  const { findings } = lintMap({ map, sourceTenantId: input.sourceTenantId, exports: input.exports });
  const bad = new Map<number, LintFinding>();
  // Line n is row n - 1: each row of ours starts with User or Group, so none is blank or a header.
  const mark = (line: number, f: LintFinding): void => {
    if (line >= 1 && line <= rows.length && !bad.has(line - 1)) bad.set(line - 1, f);
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

function unsafeFinding(a: TargetedAssignment, lint: LintFinding): Finding {
  const column = lint.column ?? 3;
  // Column 3 is the source's value; 4 to 6 describe the target.
  const p: Principal = column <= 3 ? a.source : a.best.target;
  const kind = a.source.kind === 'user' ? 'User' : 'Group';
  // The lint finding's own values, escaped, so that its wording can be reused.
  const shown: Record<string, string | number | readonly string[]> = {};
  for (const [k, v] of Object.entries(lint.data)) shown[k] = typeof v === 'string' ? oneLine(v) : Array.isArray(v) ? v.map((x: string) => oneLine(x)) : v;
  return {
    code: 'unsafe-map-value',
    severity: FINDING_SEVERITY['unsafe-map-value'],
    file: p.origin.file,
    line: p.origin.line,
    tenant: p.tenant,
    principal: p.key,
    ...(FIELD[kind][column - 1] ? { column: FIELD[kind][column - 1] } : {}),
    data: { ...shown, lintCode: lint.code, mapColumn: column },
  };
}
