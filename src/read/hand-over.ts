// A large run (large-run.ts) reads two exports at once: the map worker parses the source users
// while a reader worker (hand-over-worker.ts) parses the target users and hands the table over.
// Rows cross as arrays of strings, which structured clone copies quickly, and their lines as one
// Int32Array; an error crosses as its code and context and is thrown where the map worker would
// have met it.
//
// Both user exports are read in UPN order, the order every output is written in (inUpnOrder):
// principals next to each other in the outputs are then made, and kept, next to each other in
// memory, and so are their strings (the handed-over ones arrive in that order, the source's are
// copied in it). At 1,000,000 users, principals scattered over a 4 GB heap made the stages after
// the read grow faster than the tenant (README, Performance). The order rows come in changes no
// output.

import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import { CtmapError, type CtmapErrorCode, type ErrorContext } from '../errors.js';
import { readBytes } from './bytes.js';
import { SOURCE_ENCODINGS } from './decode.js';
import { resolveColumns } from './columns.js';
import { parseExport, type ParsedExport } from './index.js';
import { DELIMITERS, type Table } from './table.js';

const packedTable = z.strictObject({
  header: z.array(z.string()),
  headerLine: z.number(),
  delimiter: z.enum(DELIMITERS),
  hadTypeLine: z.boolean(),
  // Checked as a whole: a schema per cell would cost more than the hand-over saves.
  values: z.custom<string[][]>((v) => Array.isArray(v)),
  lines: z.instanceof(Int32Array),
});

const handOverMessage = z.union([
  z.strictObject({
    file: z.string(),
    encoding: z.enum(SOURCE_ENCODINGS),
    sha256: z.string(),
    table: packedTable,
  }),
  z.strictObject({ file: z.string(), error: z.strictObject({ code: z.custom<CtmapErrorCode>((v) => typeof v === 'string'), context: z.custom<ErrorContext>((v) => typeof v === 'object' && v !== null) }) }),
  z.strictObject({ file: z.string(), failure: z.string() }),
]);
type HandOverMessage = z.infer<typeof handOverMessage>;

/** A reader worker's export, and the aliases the run's settings give the UPN column. */
export interface HandOverFile {
  file: string;
  keyAliases: readonly string[];
}

/** Reader worker: parses the file and posts it, then counts it in signal so that a waiting worker wakes. */
export function handOverExport({ file, keyAliases }: HandOverFile, port: MessagePort, signal: Int32Array): void {
  const message = parseForHandOver(file, keyAliases);
  port.postMessage(message, 'table' in message ? [message.table.lines.buffer] : []);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function parseForHandOver(file: string, keyAliases: readonly string[]): HandOverMessage {
  try {
    const { encoding, sha256, table } = inUpnOrder(parseExport(readBytes(file), file), keyAliases);
    const { header, headerLine, delimiter, hadTypeLine, rows } = table;
    return { file, encoding, sha256, table: { header, headerLine, delimiter, hadTypeLine, values: rows.map((r) => r.values), lines: Int32Array.from(rows, (r) => r.line) } };
  } catch (err) {
    if (err instanceof CtmapError) return { file, error: { code: err.code, context: err.context } };
    return { file, failure: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

/** The export with its rows in the order of their UPNs; a large run reads both user exports so. */
export function inUpnOrder(parsed: ParsedExport, keyAliases: readonly string[]): ParsedExport {
  return { ...parsed, table: { ...parsed.table, rows: byUpn(parsed.table, parsed.file, keyAliases) } };
}

/**
 * Map worker: an export it parses itself (the source users), rows in UPN order, their values
 * copied in that order, so that its strings lie in that order as the handed-over ones do.
 */
export function parsedInUpnOrder(file: string, keyAliases: readonly string[]): ParsedExport {
  const parsed = inUpnOrder(parseExport(readBytes(file), file), keyAliases);
  copyInOrder(parsed.table.rows);
  return parsed;
}

const COPIED_ROWS = 4_096;

// JSON.parse makes the strings one after the other, as structured clone does for the handed-over
// export. At 1,000,000 users the copy cost 11 s of the read and saved 32 s after it (193 s against
// 214 s wall, peak 3,880 against 3,950 MB); at 200,000 users it is even (README, Performance).
// In place and a chunk at a time: each chunk's old strings are garbage as soon as it is copied.
function copyInOrder(rows: Table['rows']): void {
  for (let i = 0; i < rows.length; i += COPIED_ROWS) {
    const part = rows.slice(i, i + COPIED_ROWS);
    const values = JSON.parse(JSON.stringify(part.map((r) => r.values))) as string[][];
    part.forEach((r, k) => (rows[i + k] = { values: values[k]!, line: r.line }));
  }
}

/**
 * The rows in the order of their UPNs, lowered (rows with one UPN in export order). Without a UPN
 * column the rows stay as they are: the map worker reports the missing column itself.
 */
function byUpn(table: Table, file: string, keyAliases: readonly string[]): Table['rows'] {
  let column: number | undefined;
  try {
    column = resolveColumns(table.header, table.headerLine, 'user', file, { upn: keyAliases }).index.upn;
  } catch {
    return table.rows;
  }
  if (column === undefined) return table.rows;
  const at = column;
  const keys = table.rows.map((r) => (r.values[at] ?? '').trim().toLowerCase());
  const order = Array.from(keys, (_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  return order.map((i) => table.rows[i]!);
}

/**
 * Map worker: the parsed export of a file the reader worker hands over, waiting for it when it has
 * not arrived yet; undefined for any other file. Throws what parsing it threw.
 */
export function handedOverExports(files: readonly string[], ports: readonly MessagePort[], signal: Int32Array): (file: string) => ParsedExport | undefined {
  const taken = new Set<string>();
  return (file) => {
    // A file asked for again (the same export given twice) is read by the caller.
    const at = files.indexOf(file);
    if (at < 0 || taken.has(file)) return undefined;
    taken.add(file);
    for (;;) {
      const seen = Atomics.load(signal, 0);
      const next = receiveMessageOnPort(ports[at]!);
      if (next) return unpack(handOverMessage.parse(next.message));
      Atomics.wait(signal, 0, seen);
    }
  };
}

function unpack(message: HandOverMessage): ParsedExport {
  if ('error' in message) throw new CtmapError(message.error.code, message.error.context);
  if ('failure' in message) throw new Error(message.failure);
  const { values, lines, ...table } = message.table;
  return { file: message.file, encoding: message.encoding, sha256: message.sha256, table: { ...table, rows: values.map((v, i) => ({ values: v, line: lines[i]! })) } };
}
