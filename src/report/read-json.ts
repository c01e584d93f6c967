// A JSON file ctmap wrote, read back and checked with its schema: not JSON, or not the file
// expected, is a coded CtmapError (exit 2) naming the file and, when known, the key.

import type { z } from 'zod';
import { CtmapError } from '../errors.js';
import { readBytes } from '../read/bytes.js';

/** `what` names the file ("summary.json"); `hint` says where a good one comes from. */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, what: string, hint: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(readBytes(file).toString('utf8'));
  } catch (err) {
    if (err instanceof CtmapError) throw err;
    throw new CtmapError('invalid-value', { file, detail: `not JSON: ${hint}` });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CtmapError('invalid-value', { file, column: issue?.path.join('.') ?? '', detail: `not a ctmap ${what} (${issue?.message ?? 'invalid'})` });
  }
  return parsed.data;
}
