// Reads an identity map (ours, hand-made or another tool's) for lint and diff: the bytes as
// they are, the encoding sniffed, every record with its file line. An empty file is a map
// with no rows, not an error: lint says so, and diff treats it as the first revision.

import { readBytes } from './bytes.js';
import { decodeBytes, type SourceEncoding } from './decode.js';
import { parseHeaderless, type Delimiter, type TableRow } from './table.js';

export interface MapFile {
  file: string;
  encoding: SourceEncoding;
  delimiter: Delimiter;
  /** Every record, blank ones included. */
  rows: TableRow[];
}

export function readMapFile(file: string): MapFile {
  return readMapBytes(readBytes(file), file);
}

export function readMapBytes(bytes: Uint8Array, file: string): MapFile {
  const decoded = decodeBytes(bytes);
  const table = parseHeaderless(decoded, file);
  return { file, encoding: decoded.encoding, delimiter: table.delimiter, rows: table.rows };
}
