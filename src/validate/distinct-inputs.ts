// The same export given as source and target would map every principal onto itself, each
// with "strong" evidence (DESIGN, Bad input): refused before matching.

import { CtmapError } from '../errors.js';
import type { InputInfo } from '../read/index.js';

/** Throws same-input-file when a source and a target export have the same bytes. */
export function assertDistinctInputs(pairs: readonly (readonly [InputInfo | undefined, InputInfo | undefined])[]): void {
  for (const [source, target] of pairs) {
    // Equal content covers the same path, a link and a copy alike.
    if (source !== undefined && target !== undefined && source.sha256 === target.sha256) {
      throw new CtmapError('same-input-file', { file: target.file, value: source.file });
    }
  }
}
