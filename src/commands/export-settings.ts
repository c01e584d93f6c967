// Flags of one export run, checked before anything is read.

import { z } from 'zod';
import { CtmapError } from '../errors.js';
import { EXPORT_FORMATS } from '../export/types.js';
import { parseArgs } from './args.js';

export const exportArgsSchema = z.object({
  from: z.string({ error: 'required: the folder ctmap map wrote' }),
  format: z.enum(EXPORT_FORMATS as [string, ...string[]], { error: `required: one of ${EXPORT_FORMATS.join(', ')}` }),
  previous: z.string().optional(),
  out: z.string().optional(),
  force: z.boolean().default(false),
});

export interface ExportSettings {
  from: string;
  format: (typeof EXPORT_FORMATS)[number];
  previous: string | undefined;
  out: string;
  force: boolean;
}

export function resolveExportSettings(raw: unknown): ExportSettings {
  const args = parseArgs(exportArgsSchema, raw);
  if (args.previous !== undefined && args.format !== 'graph-delta') {
    throw new CtmapError('invalid-option', { column: 'previous', detail: 'only --format graph-delta writes removals; the other formats always hold the whole map' });
  }
  return { from: args.from, format: args.format as ExportSettings['format'], previous: args.previous, out: args.out ?? 'ctmap-export', force: args.force };
}
