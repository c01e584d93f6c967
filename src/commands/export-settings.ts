// Flags of one export run, checked before anything is read.

import { z } from 'zod';
import { CtmapError } from '../errors.js';
import { parseArgs } from './args.js';
import { EXPORT_FORMATS } from '../export/types.js';

export const exportArgsSchema = z.object({
  from: z.string({ error: 'required: the folder ctmap map wrote' }),
  format: z.enum(EXPORT_FORMATS as [string, ...string[]], { error: `required: one of ${EXPORT_FORMATS.join(', ')}` }),
  previous: z.string().optional(),
  precreate: z.enum(['marked', 'unmatched']).optional(),
  generatePasswords: z.boolean().default(false),
  sourceUsers: z.string().optional(),
  targetUsers: z.string().optional(),
  sourceGroups: z.string().optional(),
  mailboxRegion: z.string().regex(/^[A-Za-z]{3}$/, 'a three-letter geo code such as EUR or APC').optional(),
  out: z.string().optional(),
  force: z.boolean().default(false),
});

export interface ExportSettings {
  from: string;
  format: (typeof EXPORT_FORMATS)[number];
  previous: string | undefined;
  precreate: 'marked' | 'unmatched';
  generatePasswords: boolean;
  sourceUsers: string | undefined;
  targetUsers: string | undefined;
  sourceGroups: string | undefined;
  mailboxRegion: string | undefined;
  out: string;
  force: boolean;
}

export function resolveExportSettings(raw: unknown): ExportSettings {
  const args = parseArgs(exportArgsSchema, raw);
  if (args.previous !== undefined && args.format !== 'graph-delta') {
    throw new CtmapError('invalid-option', { column: 'previous', detail: 'only --format graph-delta writes removals; the other formats always hold the whole map' });
  }
  const precreateOnly = { precreate: args.precreate, 'generate-passwords': args.generatePasswords || undefined, 'source-users': args.sourceUsers, 'target-users': args.targetUsers, 'source-groups': args.sourceGroups, 'mailbox-region': args.mailboxRegion };
  const misplaced = Object.entries(precreateOnly).find(([, v]) => v !== undefined);
  if (misplaced && args.format !== 'precreate') {
    throw new CtmapError('invalid-option', { column: misplaced[0], detail: 'belongs to --format precreate' });
  }
  return {
    from: args.from,
    format: args.format as ExportSettings['format'],
    previous: args.previous,
    precreate: args.precreate ?? 'marked',
    generatePasswords: args.generatePasswords,
    sourceUsers: args.sourceUsers,
    targetUsers: args.targetUsers,
    sourceGroups: args.sourceGroups,
    mailboxRegion: args.mailboxRegion?.toUpperCase(),
    out: args.out ?? 'ctmap-export',
    force: args.force,
  };
}
