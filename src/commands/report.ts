// `ctmap report --from RUN_DIR`: the run's review.csv and summary.json (and a plan's moves.csv,
// a status.json's progress) as one offline HTML page. Throws CtmapError (exit 2) before writing anything.

import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { CtmapError, EXIT_OK } from '../errors.js';
import { writeOutputs } from '../emit/write.js';
import { reportHtml } from '../report/html.js';
import { readRun } from '../report/read-run.js';
import { parseArgs } from './args.js';
import type { Io } from './io.js';

const reportArgs = z.object({
  from: z.string().min(1).optional(),
  plan: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
  out: z.string().min(1).optional(),
  force: z.boolean().default(false),
});

export const REPORT_FILE = 'report.html';

export function runReportCommand(raw: unknown, io: Io): number {
  const args = parseArgs(reportArgs, raw);
  if (args.from === undefined) throw new CtmapError('invalid-option', { column: 'from', detail: 'give --from the folder ctmap map wrote' });
  const file = writeReport(args.from, args.plan, args.out ?? join(args.from, REPORT_FILE), args.force, args.status);
  io.out(`ctmap report: wrote ${file}\nnext: open it in Edge, Chrome or Firefox; "Save decisions" downloads a review.csv for ctmap map --decisions\n`);
  return EXIT_OK;
}

/** Reads the run (and plan, and status.json), writes the page; returns its path. */
export function writeReport(runDir: string, planDir: string | undefined, out: string, force: boolean, status?: string): string {
  const html = reportHtml(readRun(runDir, planDir, status));
  writeOutputs(dirname(out), [{ name: basename(out), content: html }], force);
  return out;
}
