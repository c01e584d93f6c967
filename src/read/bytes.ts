import { readFileSync } from 'node:fs';
import { CtmapError } from '../errors.js';

/** A file's bytes, or the error that names it: a folder, or not found or not readable. */
export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw readError(err, file);
  }
}

/** The coded error for a file that could not be read. */
export function readError(err: unknown, file: string): CtmapError {
  const code = typeof err === 'object' && err !== null && 'code' in err ? (err as { code: unknown }).code : undefined;
  return new CtmapError(code === 'EISDIR' ? 'input-is-folder' : 'file-not-found', { file });
}
