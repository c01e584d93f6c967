// Golden files are compared byte for byte. `npm run golden` builds first (the end-to-end tests
// run dist/) and then runs the golden tests with UPDATE_GOLDEN=1, which rewrites them: only
// after a reviewed change.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const updatingGolden = process.env['UPDATE_GOLDEN'] === '1';

/** The golden file's bytes; when updating, `actual` is written there first. */
export function golden(path: string, actual: Buffer | string): Buffer {
  if (updatingGolden) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  return readFileSync(path);
}

/** True when `actual` equals the golden file byte for byte. */
export function sameAsGolden(path: string, actual: Buffer | string): boolean {
  return Buffer.from(actual).equals(golden(path, actual));
}
