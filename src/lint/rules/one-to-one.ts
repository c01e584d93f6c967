// One source, one target (facts §2.1, §8.5.3): a source key once, a target once, and a
// warning when a principal is a source in one row and a target in another.

import { parseGuid } from '../../read/values.js';
import { cell, fullRows, type LintRule, type FullRow } from '../context.js';

/** UPNs compare case-insensitively; GUIDs in any accepted form. Keys of the two kinds never meet. */
export function principalKey(row: FullRow, column: 3 | 4): string {
  const value = cell(row, column);
  if (value === '') return '';
  return row.kind === 'Group' ? (parseGuid(value) ?? value.toLowerCase()) : value.toLowerCase();
}

/** Per kind, each key → the line of the first row whose cell has it. */
export type KeyLines = Record<FullRow['kind'], Map<string, number>>;

// Keys are per kind, not prefixed with it: a key is then the cell itself (most UPNs are written
// in lower case already), whose hash is computed once, never a string built per row and rule.
function firstLines(rows: readonly FullRow[], keys: readonly string[]): KeyLines {
  const first: KeyLines = { User: new Map(), Group: new Map() };
  rows.forEach((row, i) => {
    const key = keys[i]!;
    const lines = first[row.kind];
    if (key !== '' && !lines.has(key)) lines.set(key, row.line);
  });
  return first;
}

// Three rules look up the same cells: each column's keys and first lines are made once per map,
// for the array fullRows returns, not once per rule (at a million rows each copy was a
// million-entry map to build and to collect).
const keysOf = new WeakMap<readonly FullRow[], Partial<Record<3 | 4, readonly string[]>>>();
const linesOf = new WeakMap<readonly string[], KeyLines>();

/** principalKey of each full row, aligned with fullRows(rows). */
export function columnKeys(rows: readonly FullRow[], column: 3 | 4): readonly string[] {
  let byColumn = keysOf.get(rows);
  if (byColumn === undefined) keysOf.set(rows, (byColumn = {}));
  return (byColumn[column] ??= rows.map((row) => principalKey(row, column)));
}

function columnFirstLines(rows: readonly FullRow[], column: 3 | 4): KeyLines {
  const keys = columnKeys(rows, column);
  let lines = linesOf.get(keys);
  if (lines === undefined) linesOf.set(keys, (lines = firstLines(rows, keys)));
  return lines;
}

export const duplicates: LintRule = (ctx) => {
  const rows = fullRows(ctx.rows);
  for (const [column, code] of [
    [3, 'duplicate-source'],
    [4, 'duplicate-target'],
  ] as const) {
    const keys = columnKeys(rows, column);
    const first = columnFirstLines(rows, column);
    rows.forEach((row, i) => {
      const firstLine = first[row.kind].get(keys[i]!);
      if (firstLine !== undefined && firstLine !== row.line) ctx.report(code, row.line, column, { value: cell(row, column), firstLine });
    });
  }
};

export const sourceIsTarget: LintRule = (ctx) => {
  const rows = fullRows(ctx.rows);
  const targets = columnFirstLines(rows, 4);
  const sources = columnKeys(rows, 3);
  rows.forEach((row, i) => {
    const targetLine = targets[row.kind].get(sources[i]!);
    if (targetLine !== undefined) ctx.report('source-is-target', row.line, 3, { value: cell(row, 3), otherLine: targetLine });
  });
};
