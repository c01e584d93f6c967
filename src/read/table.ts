// Exports to a header and rows with their file line numbers, using csv-parse. Handles what
// Export-Csv and the Entra admin center write: a '#TYPE' or 'version:v1.0' first line, ',' ';' or tab.

import { CtmapError } from '../errors.js';
import { headText, type Decoded } from './decode.js';
import { isBlankRow, parseRecords, type TableRow } from './records.js';

export type { TableRow };
export { isBlankRow };

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface Table {
  header: string[];
  headerLine: number;
  rows: TableRow[];
  delimiter: Delimiter;
  hadTypeLine: boolean;
}

const HEAD_BYTES = 65_536;

const TEMPLATE_VERSION = /^"?version:v\d+(?:\.\d+)*"?(?:[,;\t]|$)/i;

const asDecoded = (input: Decoded | string): Decoded =>
  typeof input === 'string' ? { content: input, parseEncoding: 'utf8', encoding: 'utf-8' } : input;

/** Parses a decoded export (or plain text) into its header and rows. */
export function parseTable(input: Decoded | string, file: string): Table {
  const decoded = asDecoded(input);
  const head = headText(decoded, HEAD_BYTES);
  const firstBreak = head.search(/\r?\n/);
  const firstLine = firstBreak < 0 ? head : head.slice(0, firstBreak);
  // Export-Csv's '#TYPE ...' line, or the 'version:v1.0,,,' line of the Entra bulk-create template.
  const hadTypeLine = /^#TYPE\b/i.test(firstLine) || TEMPLATE_VERSION.test(firstLine);
  const headerStart = hadTypeLine ? (firstBreak < 0 ? head.length : head.indexOf('\n', firstBreak) + 1) : 0;
  const headerEnd = head.slice(headerStart).search(/\r?\n/);
  const headerText = headerEnd < 0 ? head.slice(headerStart) : head.slice(headerStart, headerStart + headerEnd);
  const headIsWhole = decoded.content.length <= HEAD_BYTES;
  if (headIsWhole && head.slice(headerStart).trim() === '') throw new CtmapError('file-empty', { file });

  const delimiter = sniffDelimiter(headerText);
  // A row of only empty cells is what Excel leaves below the data: not kept.
  const filled = parseRecords(decoded, file, { delimiter, fromLine: hadTypeLine ? 2 : 1 });
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
  return { rows: parseRecords(decoded, file, { delimiter, keepBlank: true }), delimiter };
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
