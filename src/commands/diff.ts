// `ctmap diff OLD NEW`: what uploading NEW over OLD removes, adds and changes. Returns 1
// with --fail-on-removal when rows are removed; throws CtmapError (exit 2) on unreadable input.

import { z } from 'zod';
import { diffMaps } from '../diff/index.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { readMapFile } from '../read/identity-map.js';
import { parseArgs } from './args.js';
import { diffJson, diffReport } from './diff-report.js';
import type { Io } from './io.js';

const diffArgs = z.object({
  old: z.string().min(1),
  new: z.string().min(1),
  failOnRemoval: z.boolean().default(false),
  json: z.boolean().default(false),
});

export function runDiffCommand(raw: unknown, io: Io): number {
  const args = parseArgs(diffArgs, raw);
  const files = { old: args.old, new: args.new };
  const diff = diffMaps(readMapFile(args.old), readMapFile(args.new));
  io.out(args.json ? diffJson(files, diff) : diffReport(files, diff));
  return args.failOnRemoval && diff.removed.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
