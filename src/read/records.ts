// CSV content to records with the file line each starts on, using csv-parse. Shared by the
// export reader (table.ts), the identity map reader and the plan's move lists.

import { parse, CsvError } from 'csv-parse/sync';
import { CtmapError } from '../errors.js';
import type { Decoded } from './decode.js';

export interface TableRow {
  values: string[];
  line: number;
}

export interface RecordOptions {
  delimiter: string;
  /** First line to read, 1-based (2 skips a '#TYPE' line). */
  fromLine?: number;
  /** Keep blank lines and rows of empty cells as records (lint reports them). */
  keepBlank?: boolean;
}

export function isBlankRow(values: readonly string[]): boolean {
  return values.every((v) => v.trim() === '');
}

export function parseRecords(input: Decoded | string, file: string, options: RecordOptions): TableRow[] {
  const decoded: Decoded = typeof input === 'string' ? { content: input, parseEncoding: 'utf8', encoding: 'utf-8' } : input;
  const rows = readRecords(decoded, file, options.delimiter, options.fromLine ?? 1);
  return options.keepBlank ? rows : rows.filter((r) => !isBlankRow(r.values));
}

function readRecords(decoded: Decoded, file: string, delimiter: string, fromLine: number): TableRow[] {
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

function csvErrorToCtmap(err: unknown, file: string, recordStart: number): unknown {
  if (!(err instanceof CsvError)) return err;
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') return new CtmapError('unterminated-quote', { file, line: recordStart });
  return new CtmapError('csv-syntax', { file, line: recordStart, detail: err.message });
}
