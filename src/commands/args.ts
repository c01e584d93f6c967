// CLI arguments through a zod schema, so a command's work never sees untyped argv.

import type { z } from 'zod';
import { CtmapError } from '../errors.js';

export function parseArgs<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new CtmapError('invalid-option', { column: issue?.path.join('.') ?? '', detail: issue?.message ?? 'invalid' });
}
