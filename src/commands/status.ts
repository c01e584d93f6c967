// `ctmap status`: read the plan's moves and the snapshots, track every move, write status.json,
// the stop script and (when moves failed) a new retry script. Exit 1 when a move failed or is stuck.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { retryScript, retryScriptName, RETRY_SCRIPT, stopPendingScript } from '../emit/powershell/retry.js';
import { renderScript } from '../emit/powershell/script.js';
import { statusJson } from '../emit/status-json.js';
import { writeOutputs, type OutputFile } from '../emit/write.js';
import { CtmapError, EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { readPlannedMoves, readPlanTenants } from '../read/plan-folder.js';
import { readSnapshot, snapshotFiles } from '../read/snapshots.js';
import { MoveObservations, trackObserved } from '../status/track.js';
import { parseArgs } from './args.js';
import type { Io } from './io.js';
import { formatStatusReport } from './status-report.js';

const statusArgs = z.object({
  plan: z.string().min(1),
  snapshots: z.array(z.string()).optional(),
  stuckHours: z.number().positive(),
  out: z.string().optional(),
  force: z.boolean().default(false),
});

export function runStatusCommand(raw: unknown, io: Io): number {
  const args = parseArgs(statusArgs, raw);
  const tenants = readPlanTenants(args.plan);
  const moves = readPlannedMoves(args.plan);
  const files = args.snapshots && args.snapshots.length > 0 ? args.snapshots : snapshotFiles(args.plan);
  if (files.length === 0) throw new CtmapError('invalid-option', { column: 'plan', detail: `no status-<UTC>.csv snapshot in ${args.plan}: run 06-source-status.ps1 there first, or name the snapshots` });
  // One snapshot at a time: its rows are folded in and dropped before the next is read.
  const observed = new MoveObservations();
  for (const file of files) observed.add(readSnapshot(file));
  const result = trackObserved(moves, observed, args.stuckHours);

  const out = args.out ?? args.plan;
  const stop = stopPendingScript(tenants, result.stoppable);
  const outputs: OutputFile[] = [
    { name: 'status.json', content: statusJson(result) },
    { name: stop.name, content: renderScript(stop) },
  ];
  const retry = result.failed.length > 0 ? newRetryScript(out, (n) => renderScript(retryScript(tenants, n, result.failed))) : undefined;
  // A new retry script never replaces an old one (its log tells what that one started); its
  // name is new, so one all-or-nothing write holds every output.
  writeOutputs(out, retry?.fresh ? [...outputs, retry.file] : outputs, args.force);

  io.out(formatStatusReport(result, out, retry?.file.name));
  return result.failed.length > 0 || result.stuck.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function retryNumbers(dir: string): number[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((n) => RETRY_SCRIPT.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * The retry script to write: a new number, unless the latest one would start exactly the same
 * moves (rendered under its own number, it is byte for byte the file already there).
 */
function newRetryScript(dir: string, render: (n: number) => string): { file: OutputFile; fresh: boolean } {
  const last = retryNumbers(dir).at(-1);
  if (last !== undefined) {
    const content = render(last);
    if (readFileSync(join(dir, retryScriptName(last)), 'utf8') === content) return { file: { name: retryScriptName(last), content }, fresh: false };
  }
  const next = (last ?? 0) + 1;
  return { file: { name: retryScriptName(next), content: render(next) }, fresh: true };
}
