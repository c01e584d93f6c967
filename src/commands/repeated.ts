// A single-valued option given twice: yargs would make it an array, which zod then refuses as
// "expected string, received array" (or yargs itself throws for a normalized path). Checked
// on the raw arguments, before yargs parses them for the command.

import type { Argv } from 'yargs';
import { z } from 'zod';
import { CtmapError } from '../errors.js';

const declared = z.object({ array: z.array(z.string()) });

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Throws option-repeated for the first long option given more than once that is not an array option. */
export function assertNoRepeats(argv: readonly string[], y: Argv): void {
  const repeatable = new Set(declared.parse((y as unknown as { getOptions(): unknown }).getOptions()).array.map(kebab));
  const counts = new Map<string, number>();
  for (const token of argv) {
    if (token === '--') break;
    if (!token.startsWith('--')) continue;
    const name = kebab(token.slice(2).split('=')[0] ?? '').replace(/^no-/, '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, count] of counts) {
    if (count > 1 && !repeatable.has(name)) throw new CtmapError('option-repeated', { column: name, value: String(count) });
  }
}
