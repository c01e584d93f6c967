// Text to a header and rows with their file line numbers, using csv-parse. Handles what
// Export-Csv and the Entra admin center write: a '#TYPE' first line, ',' ';' or tab.

import { CtmapError } from '../errors.js';
import { parseRecords, type TableRow } from './records.js';

export type { TableRow };

export type Delimiter = ',' | ';' | '\t';

export interface Table {
  header: string[];
  headerLine: number;
  rows: TableRow[];
  delimiter: Delimiter;
  hadTypeLine: boolean;
}

export function parseTable(text: string, file: string): Table {
  const firstBreak = text.search(/\r?\n/);
  const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const hadTypeLine = /^#TYPE\b/i.test(firstLine);
  const headerStart = hadTypeLine ? (firstBreak < 0 ? text.length : text.indexOf('\n', firstBreak) + 1) : 0;
  const headerEnd = text.slice(headerStart).search(/\r?\n/);
  const headerText = headerEnd < 0 ? text.slice(headerStart) : text.slice(headerStart, headerStart + headerEnd);
  if (text.slice(headerStart).trim() === '') throw new CtmapError('file-empty', { file });

  const delimiter = sniffDelimiter(headerText);
  const records = parseRecords(text, file, { delimiter, fromLine: hadTypeLine ? 2 : 1 });

  const [head, ...body] = records;
  if (!head) throw new CtmapError('file-empty', { file });
  const header = head.values.map((h) => h.trim());
  // A row of only empty cells is what Excel leaves below the data.
  const rows = body.filter((r) => r.values.some((v) => v.trim() !== ''));
  return { header, headerLine: head.line, rows, delimiter, hadTypeLine };
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
