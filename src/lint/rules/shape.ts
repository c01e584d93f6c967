// Rules about the shape of each row: six columns, nothing empty, no stray spaces.

import type { LintRule } from '../context.js';
import { MAP_WIDTH } from '../rows.js';

const OTHER_DELIMITERS = /[;,\t]/;

export const columnCount: LintRule = (ctx) => {
  for (const row of ctx.rows) {
    if (row.cells !== undefined) {
      // What Excel leaves when cells right of the data were ever touched: 'RegularUser,,'.
      if (row.raw.length > MAP_WIDTH) ctx.report('trailing-empty-columns', row.line, MAP_WIDTH + 1, { extra: row.raw.length - MAP_WIDTH });
      continue;
    }
    const only = row.raw[0] ?? '';
    const other = row.raw.length === 1 ? OTHER_DELIMITERS.exec(only)?.[0] : undefined;
    if (other !== undefined && other !== ctx.map.delimiter) ctx.report('wrong-delimiter', row.line, undefined, { delimiter: other, fileDelimiter: ctx.map.delimiter, scope: 'row' });
    else ctx.report('column-count', row.line, undefined, { got: row.width, expected: MAP_WIDTH });
  }
};

export const emptyOrSpaced: LintRule = (ctx) => {
  for (const row of ctx.rows) {
    if (row.cells === undefined) continue;
    row.cells.forEach((value, i) => {
      const raw = row.raw[i] ?? '';
      if (value === '') ctx.report('empty-value', row.line, i + 1);
      else if (raw !== value) ctx.report('stray-space', row.line, i + 1, { value: raw });
    });
  }
};
