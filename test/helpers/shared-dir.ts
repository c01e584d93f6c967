// The project's shared folder (facts, real exports) lives beside the repository, not in it:
// CTMAP_SHARED_DIR names it (.ci/run sets it), else ../shared from the repository root. Tests that
// need it skip loudly when it is absent, and fail under CI=true, where it must be there.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './cli.js';

export function sharedDir(): string | undefined {
  const env = process.env['CTMAP_SHARED_DIR'];
  const candidates = [...(env ? [resolve(env)] : []), join(ROOT, '..', 'shared')];
  return candidates.find((d) => existsSync(d));
}

/** The folder under shared/, or undefined after a loud message; throws under CI=true. */
export function sharedFolder(sub: string): string | undefined {
  const base = sharedDir();
  const dir = base === undefined ? undefined : join(base, sub);
  if (dir !== undefined && existsSync(dir)) return dir;
  const message = `shared folder ${sub} not found (set CTMAP_SHARED_DIR, or put shared/ beside the repository): its tests are SKIPPED`;
  if (process.env['CI'] === 'true') throw new Error(message);
  console.warn(`\n*** ${message} ***\n`);
  return undefined;
}
