// Large CSVs are stringified and written a couple of hundred rows at a time. csv-stringify keeps
// every record string of a call alive until it joins them, and the young-generation garbage
// collector copies whatever is alive: with 5,000-row chunks it spent 0.8 s of the 200,000-user
// bench copying half-built chunks; with 200 rows emit took 1.7 s instead of 2.7 s.
// Concatenated, the chunks are byte for byte what one csv-stringify call would write.

import { stringify, type Options } from 'csv-stringify/sync';

const ROWS_PER_CHUNK = 200;

export function* csvChunks<T>(
  items: readonly T[],
  toRows: (items: readonly T[]) => string[][],
  options: Options,
  header?: readonly string[],
): Generator<string> {
  if (header) yield stringify([[...header]], options);
  const rest = { ...options, bom: false };
  for (let i = 0; i < items.length; i += ROWS_PER_CHUNK) {
    yield stringify(toRows(items.slice(i, i + ROWS_PER_CHUNK)), header || i > 0 ? rest : options);
  }
}
