// The records of a map file sorted into what the rules look at: blank lines, leading header
// rows, and data rows with their six cells when the row has six columns.

import type { MapFile } from '../read/identity-map.js';
import { isBlankRow, type TableRow } from '../read/table.js';
import { parseGuid } from '../read/values.js';

export const MAP_WIDTH = 6;

export type MapKind = 'User' | 'Group';

export interface LintRow {
  line: number;
  /** Values as parsed, spaces kept. */
  raw: readonly string[];
  /** Columns that count: trailing empty columns beyond the sixth are left out. */
  width: number;
  /** The six values trimmed, or undefined when the row does not have six columns. */
  cells: readonly string[] | undefined;
  /** Column 1 read case-insensitively; undefined when it is neither User nor Group. */
  kind: MapKind | undefined;
}

export interface SortedRows {
  blankLines: number[];
  headerLines: number[];
  rows: LintRow[];
}

export function sortRows(map: MapFile): SortedRows {
  const blankLines: number[] = [];
  const headerLines: number[] = [];
  const rows: LintRow[] = [];
  for (const record of map.rows) {
    if (isBlankRow(record.values)) blankLines.push(record.line);
    else if (rows.length === 0 && looksLikeHeader(record.values)) headerLines.push(record.line);
    else rows.push(toLintRow(record));
  }
  return { blankLines, headerLines, rows };
}

// Column names from Microsoft's illustrations and from tools that add a header (facts §8.2).
// A header names columns and holds no address or GUID; a data row with a typo in column 1
// still has its addresses, so it is not taken for a header.
const HEADER_WORDS = /source|target|tenant|upn|type|e-?mail|object ?id|group ?name|alias/i;

export function looksLikeHeader(values: readonly string[]): boolean {
  if (/^(user|group)$/i.test((values[0] ?? '').trim())) return false;
  if (values.some((v) => v.includes('@') || parseGuid(v) !== undefined)) return false;
  return values.some((v) => HEADER_WORDS.test(v));
}

function toLintRow({ values, line }: TableRow): LintRow {
  let width = values.length;
  while (width > MAP_WIDTH && (values[width - 1] ?? '').trim() === '') width--;
  const first = (values[0] ?? '').trim().toLowerCase();
  return {
    line,
    raw: values,
    width,
    cells: width === MAP_WIDTH ? trimmedCells(values) : undefined,
    kind: first === 'user' ? 'User' : first === 'group' ? 'Group' : undefined,
  };
}

// A row written by ctmap has six values and no stray space: its values are its cells, and no
// second array is made per row (a million of them outlived the check and slowed collection).
function trimmedCells(values: readonly string[]): readonly string[] {
  if (values.length === MAP_WIDTH && values.every((v) => v.trim() === v)) return values;
  return values.slice(0, MAP_WIDTH).map((v) => v.trim());
}
