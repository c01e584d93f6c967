// The CSV options of every file a person opens in Excel (review.csv, preflight.csv, moves.csv):
// a BOM so that Excel reads the names as UTF-8, CRLF, and formula escaping (csv-stringify puts
// a ' before a cell starting with = + - @ or a tab), so that no cell of an export runs.

export const EXCEL_CSV = { bom: true, record_delimiter: 'windows', escape_formulas: true } as const;
