// Rules about the file as a whole: encoding, delimiter, header, blank lines, emptiness.

import type { LintRule } from '../context.js';

export const encoding: LintRule = (ctx) => {
  // A BOM may turn column 1 into '\uFEFFUser' for a parser that keeps it (facts §8.1).
  if (ctx.map.encoding === 'utf-8-bom') ctx.report('bom', 1, 1);
  else if (ctx.map.encoding !== 'utf-8') ctx.report('not-utf8', 1, undefined, { encoding: ctx.map.encoding });
};

export const fileDelimiter: LintRule = (ctx) => {
  if (ctx.map.delimiter === ',') return;
  const first = ctx.headerLines[0] ?? ctx.rows[0]?.line ?? 1;
  ctx.report('wrong-delimiter', first, undefined, { delimiter: ctx.map.delimiter, scope: 'file' });
};

export const headerRow: LintRule = (ctx) => {
  for (const line of ctx.headerLines) ctx.report('header-row', line, 1);
};

export const blankLines: LintRule = (ctx) => {
  for (const line of ctx.blankLines) ctx.report('blank-line', line);
};

export const noRows: LintRule = (ctx) => {
  // Each upload replaces the whole map: an empty file would remove every mapping.
  if (ctx.rows.length === 0) ctx.report('no-rows', ctx.headerLines[0] ?? 1);
};
