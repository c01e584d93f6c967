// A large run (large-run.ts) reads two exports at once: the map worker parses the source users
// while a reader worker (hand-over-worker.ts) parses the target users and hands the table over.
// Rows cross as arrays of strings, which structured clone copies quickly, and their lines as one
// Int32Array; an error crosses as its code and context and is thrown where the map worker would
// have met it.

import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import { CtmapError, type CtmapErrorCode, type ErrorContext } from '../errors.js';
import { readBytes } from './bytes.js';
import { SOURCE_ENCODINGS } from './decode.js';
import { parseExport, type ParsedExport } from './index.js';
import { DELIMITERS } from './table.js';

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

/** Reader worker: parses each file and posts it, then counts it in signal so a waiting worker wakes. */
export function handOverExports(files: readonly string[], port: MessagePort, signal: Int32Array): void {
  for (const file of files) {
    const message = parseForHandOver(file);
    port.postMessage(message, 'table' in message ? [message.table.lines.buffer] : []);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  }
}

function parseForHandOver(file: string): HandOverMessage {
  try {
    const { encoding, sha256, table } = parseExport(readBytes(file), file);
    const { header, headerLine, delimiter, hadTypeLine, rows } = table;
    return { file, encoding, sha256, table: { header, headerLine, delimiter, hadTypeLine, values: rows.map((r) => r.values), lines: Int32Array.from(rows, (r) => r.line) } };
  } catch (err) {
    if (err instanceof CtmapError) return { file, error: { code: err.code, context: err.context } };
    return { file, failure: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

/**
 * Map worker: the parsed export of a file the reader worker hands over, waiting for it when it has
 * not arrived yet; undefined for any other file. Throws what parsing it threw.
 */
export function handedOverExports(files: readonly string[], port: MessagePort, signal: Int32Array): (file: string) => ParsedExport | undefined {
  const arrived = new Map<string, HandOverMessage>();
  const taken = new Set<string>();
  return (file) => {
    // A file asked for again (the same export given twice) is read by the caller.
    if (!files.includes(file) || taken.has(file)) return undefined;
    for (;;) {
      const message = arrived.get(file);
      if (message) {
        // Kept here, its rows would live as long as the run.
        arrived.delete(file);
        taken.add(file);
        return unpack(message);
      }
      const seen = Atomics.load(signal, 0);
      const next = receiveMessageOnPort(port);
      if (next) {
        const received = handOverMessage.parse(next.message);
        arrived.set(received.file, received);
      } else Atomics.wait(signal, 0, seen);
    }
  };
}

function unpack(message: HandOverMessage): ParsedExport {
  if ('error' in message) throw new CtmapError(message.error.code, message.error.context);
  if ('failure' in message) throw new Error(message.failure);
  const { values, lines, ...table } = message.table;
  return { file: message.file, encoding: message.encoding, sha256: message.sha256, table: { ...table, rows: values.map((v, i) => ({ values: v, line: lines[i]! })) } };
}
