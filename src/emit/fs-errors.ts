// A failed file-system call while writing outputs is the machine's state (disk full, read-only,
// in use), not a bug: it becomes a coded error naming the path. Anything else stays a bug.

import { CtmapError } from '../errors.js';

export function errnoOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  const { code } = err as { code: unknown };
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** The coded error for a failed call on path; err itself when it is not a file-system error. */
export function outputError(err: unknown, path: string): unknown {
  if (err instanceof CtmapError) return err;
  const errno = errnoOf(err);
  return errno === undefined ? err : new CtmapError('output-write-failed', { file: path, detail: errno });
}
