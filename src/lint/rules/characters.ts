// Control characters, line and paragraph separators and bidirectional marks in any value: a
// line break splits the row for the upload, and the others hide what the value really is.

import type { LintRule } from '../context.js';
import { oneLine } from '../../display.js';

export const controlCharacters: LintRule = (ctx) => {
  for (const row of ctx.rows) {
    // A row without six columns has its own finding; its one long value would say little.
    if (row.cells === undefined) continue;
    row.raw.forEach((value, i) => {
      if (oneLine(value) !== value) ctx.report('control-character', row.line, i + 1, { value: oneLine(value) });
    });
  }
};
