// A CSV with a header row (any export flavour parseTable reads) as one object per row, keyed by
// the wanted column names, found case- and punctuation-insensitively. Shared by the site
// inventories, the plan's moves.csv and the status snapshots; each validates its rows with zod.

import { CtmapError } from '../errors.js';
import { readBytes } from './bytes.js';
import { foldHeader } from './columns.js';
import { decodeBytes } from './decode.js';
import { parseTable } from './table.js';

export interface NamedRow<K extends string> {
  line: number;
  /** The cell of each wanted column the header has; trimmed; absent columns are absent. */
  cells: Partial<Record<K, string>>;
}

export function readNamedTable<K extends string>(file: string, columns: readonly K[], required: readonly K[]): NamedRow<K>[] {
  const table = parseTable(decodeBytes(readBytes(file)), file);
  const folded = table.header.map(foldHeader);
  const index = new Map<K, number>();
  for (const c of columns) {
    const i = folded.indexOf(foldHeader(c));
    if (i >= 0) index.set(c, i);
  }
  for (const c of required) {
    if (!index.has(c)) throw new CtmapError('missing-column', { file, line: table.headerLine, column: c, expected: [c], found: table.header, detail: `Export it again with the ${c} column.` });
  }
  return table.rows.map((row) => {
    const cells: Partial<Record<K, string>> = {};
    for (const [c, i] of index) cells[c] = (row.values[i] ?? '').trim();
    return { line: row.line, cells };
  });
}

/** A zod failure on a row as the invalid-value error that names file, line and column. */
export function rowError(file: string, line: number, column: string, value: string, detail: string, expected: string): CtmapError {
  return new CtmapError('invalid-value', { file, line, column, value, detail, expected: [expected] });
}
