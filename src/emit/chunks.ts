// Large CSVs are stringified and written a few thousand rows at a time: each chunk's strings
// die young instead of piling up into one 90 MB string the garbage collector keeps copying.
// Concatenated, the chunks are byte for byte what one csv-stringify call would write.

import { stringify, type Options } from 'csv-stringify/sync';

const ROWS_PER_CHUNK = 5_000;

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
