// moves.csv: every move of the plan with its wave and preferred window (UTC), for people and
// spreadsheets. Header row, CRLF, BOM and formula escaping, like review.csv.

import { stringify } from 'csv-stringify/sync';
import { EXCEL_CSV } from './excel-csv.js';
import type { Wave } from '../plan/types.js';
import { formatUtc } from './utc.js';

export const MOVES_COLUMNS = ['wave', 'kind', 'source', 'target', 'begin', 'end'] as const;

const iso = (d: Date | undefined) => (d ? `${formatUtc(d, 'T')}Z` : '');

export function movesCsv(waves: readonly Wave[]): string {
  const rows = waves.flatMap((w) => w.moves.map((m) => [String(w.number), m.kind, m.source, m.target, iso(w.begin), iso(w.end)]));
  return stringify(rows, { ...EXCEL_CSV, header: true, columns: [...MOVES_COLUMNS] });
}
