// `ctmap preflight`: read the plan's moves and both inventories, check every move, write the
// findings and the script that clears conflicting target OneDrives. Exit 1 when a move is blocked.

import { z } from 'zod';
import { clearOneDrivesScript } from '../emit/powershell/clear-onedrives.js';
import { renderScript } from '../emit/powershell/script.js';
import { preflightCsv, preflightJson } from '../emit/preflight.js';
import { writeOutputs, type OutputFile } from '../emit/write.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { preflight } from '../preflight/check.js';
import { readExportFile } from '../read/index.js';
import { readPlannedMoves, readPlanTenants } from '../read/plan-folder.js';
import { readSiteInventory } from '../read/site-inventory.js';
import { parseArgs } from './args.js';
import type { Io } from './io.js';
import { formatPreflightReport } from './preflight-report.js';

const preflightArgs = z.object({
  plan: z.string().min(1),
  sourceSites: z.string().min(1),
  targetSites: z.string().min(1),
  targetUsers: z.string().optional(),
  out: z.string().optional(),
  force: z.boolean().default(false),
});

export function runPreflightCommand(raw: unknown, io: Io): number {
  const args = parseArgs(preflightArgs, raw);
  const tenants = readPlanTenants(args.plan);
  const moves = readPlannedMoves(args.plan);
  const targetUsers = args.targetUsers === undefined ? undefined : readExportFile(args.targetUsers, { kind: 'user', tenant: 'target' }).principals;
  const result = preflight({
    moves,
    sourceSites: readSiteInventory(args.sourceSites).sites,
    targetSites: readSiteInventory(args.targetSites).sites,
    ...(targetUsers && { targetUsers: targetUsers.map((p) => ({ upn: p.upn, enabled: p.enabled })) }),
  });
  const conflicts = result.findings.filter((f) => f.code === 'target-onedrive-exists').map((f) => ({ url: f.site!, owner: f.target }));
  const script = clearOneDrivesScript(tenants, conflicts);
  const files: OutputFile[] = [
    { name: 'preflight.csv', content: preflightCsv(result) },
    { name: 'preflight.json', content: preflightJson(result, moves.length) },
    { name: script.name, content: renderScript(script) },
  ];
  const out = args.out ?? args.plan;
  writeOutputs(out, files, args.force);
  io.out(formatPreflightReport(result, moves.length, out, conflicts.length));
  return result.findings.some((f) => f.severity === 'blocker') ? EXIT_FINDINGS : EXIT_OK;
}
