// One source, one target (facts §2.1, §8.5.3): a source key once, a target once, and a
// warning when a principal is a source in one row and a target in another.

import { parseGuid } from '../../read/values.js';
import { cell, fullRows, type LintRule, type FullRow } from '../context.js';

/** UPNs compare case-insensitively; GUIDs in any accepted form. */
export function principalKey(row: FullRow, column: 3 | 4): string {
  const value = cell(row, column);
  if (value === '') return '';
  const normalized = row.kind === 'Group' ? (parseGuid(value) ?? value.toLowerCase()) : value.toLowerCase();
  return `${row.kind}:${normalized}`;
}

function firstLines(rows: readonly FullRow[], column: 3 | 4): Map<string, number> {
  const first = new Map<string, number>();
  for (const row of rows) {
    const key = principalKey(row, column);
    if (key !== '' && !first.has(key)) first.set(key, row.line);
  }
  return first;
}

export const duplicates: LintRule = (ctx) => {
  const rows = fullRows(ctx.rows);
  for (const [column, code] of [
    [3, 'duplicate-source'],
    [4, 'duplicate-target'],
  ] as const) {
    const first = firstLines(rows, column);
    for (const row of rows) {
      const firstLine = first.get(principalKey(row, column));
      if (firstLine !== undefined && firstLine !== row.line) ctx.report(code, row.line, column, { value: cell(row, column), firstLine });
    }
  }
};

export const sourceIsTarget: LintRule = (ctx) => {
  const rows = fullRows(ctx.rows);
  const targets = firstLines(rows, 4);
  for (const row of rows) {
    const targetLine = targets.get(principalKey(row, 3));
    if (targetLine !== undefined) ctx.report('source-is-target', row.line, 3, { value: cell(row, 3), otherLine: targetLine });
  }
};
