// Exports to a header and rows with their file line numbers, using csv-parse. Handles what
// Export-Csv and the Entra admin center write: a '#TYPE' first line, ',' ';' or tab.

import { parse, CsvError } from 'csv-parse/sync';
import { CtmapError } from '../errors.js';
import { headText, type Decoded } from './decode.js';

export type Delimiter = ',' | ';' | '\t';

export interface Table {
  header: string[];
  headerLine: number;
  rows: TableRow[];
  delimiter: Delimiter;
  hadTypeLine: boolean;
}

export interface TableRow {
  values: string[];
  line: number;
}

const HEAD_BYTES = 65_536;

const asDecoded = (input: Decoded | string): Decoded =>
  typeof input === 'string' ? { content: input, parseEncoding: 'utf8', encoding: 'utf-8' } : input;

/** Parses a decoded export (or plain text) into its header and rows. */
export function parseTable(input: Decoded | string, file: string): Table {
  const decoded = asDecoded(input);
  const head = headText(decoded, HEAD_BYTES);
  const firstBreak = head.search(/\r?\n/);
  const firstLine = firstBreak < 0 ? head : head.slice(0, firstBreak);
  const hadTypeLine = /^#TYPE\b/i.test(firstLine);
  const headerStart = hadTypeLine ? (firstBreak < 0 ? head.length : head.indexOf('\n', firstBreak) + 1) : 0;
  const headerEnd = head.slice(headerStart).search(/\r?\n/);
  const headerText = headerEnd < 0 ? head.slice(headerStart) : head.slice(headerStart, headerStart + headerEnd);
  const headIsWhole = decoded.content.length <= HEAD_BYTES;
  if (headIsWhole && head.slice(headerStart).trim() === '') throw new CtmapError('file-empty', { file });

  const delimiter = sniffDelimiter(headerText);
  const records = readRecords(decoded, file, delimiter, hadTypeLine ? 2 : 1);
  // A row of only empty cells is what Excel leaves below the data.
  const filled = records.filter((r) => !isBlankRow(r.values));
  const [first, ...rows] = filled;
  if (!first) throw new CtmapError('file-empty', { file });
  const header = first.values.map((h) => h.trim());
  return { header, headerLine: first.line, rows, delimiter, hadTypeLine };
}

export interface HeaderlessTable {
  /** Every record, blank lines and rows of empty cells included, each with its file line. */
  rows: TableRow[];
  delimiter: Delimiter;
}

/**
 * A file without a header row, such as the identity map: every record with its line, so a
 * caller can report blank lines. The delimiter is sniffed on the first line with content.
 */
export function parseHeaderless(input: Decoded | string, file: string): HeaderlessTable {
  const decoded = asDecoded(input);
  const firstFilled = headText(decoded, HEAD_BYTES).split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const delimiter = sniffDelimiter(firstFilled);
  return { rows: readRecords(decoded, file, delimiter, 1), delimiter };
}

export function isBlankRow(values: readonly string[]): boolean {
  return values.every((v) => v.trim() === '');
}

function readRecords(decoded: Decoded, file: string, delimiter: Delimiter, fromLine: number): TableRow[] {
  const options = {
    encoding: decoded.parseEncoding,
    delimiter,
    from_line: fromLine,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  } as const;
  let records: string[][];
  try {
    records = parse(decoded.content, options) as string[][];
  } catch (err) {
    throw csvErrorToCtmap(err, file, failingRecordLine(decoded, options, fromLine));
  }
  // Without on_record (it slows parsing by half) a record's line is counted here: one line per
  // record, plus the line breaks inside quoted values of the records before it.
  const rows: TableRow[] = new Array(records.length);
  let line = fromLine;
  for (let i = 0; i < records.length; i++) {
    const values = records[i]!;
    rows[i] = { values, line };
    line++;
    for (const v of values) if (v.includes('\n')) line += v.split('\n').length - 1;
  }
  return rows;
}

// Only on the error path: parse again, noting where each record ends, to name the line where
// the broken record starts. csv-parse counts a CRLF inside a quoted value as two lines.
function failingRecordLine(decoded: Decoded, options: object, fromLine: number): number {
  let previousEnd = fromLine - 1;
  let crlfInValues = 0;
  try {
    parse(decoded.content, {
      ...options,
      on_record: (record: string[], context) => {
        for (const v of record) if (v.includes('\r\n')) crlfInValues += v.split('\r\n').length - 1;
        previousEnd = context.lines - crlfInValues;
        return null;
      },
    });
  } catch {
    // the same error again; previousEnd is where the last good record ended
  }
  return previousEnd + 1;
}

/** The most frequent candidate outside quotes in the header line; ',' when none occurs. */
export function sniffDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

function csvErrorToCtmap(err: unknown, file: string, recordStart: number): unknown {
  if (!(err instanceof CsvError)) return err;
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') return new CtmapError('unterminated-quote', { file, line: recordStart });
  return new CtmapError('csv-syntax', { file, line: recordStart, detail: err.message });
}
