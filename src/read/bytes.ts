import { readFileSync } from 'node:fs';
import { CtmapError } from '../errors.js';

/** A file's bytes, or the file-not-found error that names it. */
export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new CtmapError('file-not-found', { file });
  }
}
