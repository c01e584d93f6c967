// CSV text to records with the file line each starts on, using csv-parse. Shared by the export
// reader (table.ts) and the plan inputs (identity map, move lists).

import { parse, CsvError } from 'csv-parse/sync';
import { CtmapError } from '../errors.js';

export interface TableRow {
  values: string[];
  line: number;
}

export interface RecordOptions {
  delimiter: string;
  /** First line to read, 1-based (2 skips a '#TYPE' line). */
  fromLine?: number;
}

export function parseRecords(text: string, file: string, options: RecordOptions): TableRow[] {
  const fromLine = options.fromLine ?? 1;
  const records: TableRow[] = [];
  // csv-parse reports the line where a record ends; a record starts after the previous
  // one and the empty lines skipped since.
  let previousEnd = fromLine - 1;
  let previousEmpty = 0;
  try {
    parse(text, {
      delimiter: options.delimiter,
      from_line: fromLine,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        const line = previousEnd + 1 + (context.empty_lines - previousEmpty);
        previousEnd = context.lines;
        previousEmpty = context.empty_lines;
        records.push({ values: record, line });
        return null;
      },
    });
  } catch (err) {
    throw csvErrorToCtmap(err, file, previousEnd + 1);
  }
  return records;
}

function csvErrorToCtmap(err: unknown, file: string, recordStart: number): unknown {
  if (!(err instanceof CsvError)) return err;
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') return new CtmapError('unterminated-quote', { file, line: recordStart });
  return new CtmapError('csv-syntax', { file, line: recordStart, detail: err.message });
}
