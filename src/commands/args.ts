// CLI arguments through a zod schema, so a command's work never sees untyped argv.

import type { z } from 'zod';
import { CtmapError } from '../errors.js';

/** Every command's arguments go through here: the first issue becomes invalid-option, named as its flag. */
export function parseArgs<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new CtmapError('invalid-option', { column: flagName(issue?.path.join('.') ?? ''), detail: issue?.message ?? 'invalid' });
}

/** yargs' camel-case key as the flag is spelled: sourceUsers → source-users. */
export const flagName = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
