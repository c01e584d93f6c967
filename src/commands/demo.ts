// `ctmap demo`: the map run on the bundled contoso → fabrikam fixtures, then the plan for its
// map, into a fresh folder.

import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Io } from './io.js';
import { runMapCommand } from './map.js';
import { runPlanCommand } from './plan.js';
import { REPORT_FILE, writeReport } from './report.js';
import { packageRoot } from './package-root.js';

export function freshFolder(base: string): string {
  if (!existsSync(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!existsSync(candidate)) return candidate;
  }
}

export function runDemo(args: { out?: string | undefined; force?: boolean | undefined }, io: Io): number {
  const force = args.force ?? false;
  const fixtures = join(packageRoot(), 'fixtures', 'demo');
  const out = args.out ?? freshFolder('ctmap-demo');
  io.out(`ctmap demo: contoso.com → fabrikam.com, from ${relative(process.cwd(), fixtures) || fixtures}\n`);
  const { exitCode } = runMapCommand({ config: join(fixtures, 'ctmap.json'), out, force }, io);
  // The fixtures hold planted mistakes on purpose; the demo itself succeeded.
  if (exitCode !== 0) io.out('(The demo data contains planted mistakes, so a real run on it would exit 1.)\n');
  // The runbook for the demo's map: every mapped user's OneDrive plus two sites.
  runPlanCommand({ config: join(fixtures, 'plan.json'), from: out, out: join(out, 'plan'), force }, io);
  const report = writeReport(out, join(out, 'plan'), join(out, REPORT_FILE), force);
  io.out(
    [
      'Where to look:',
      `  ${report}       open it in a browser: counts, charts, every row with its evidence; decide and save`,
      `  ${join(out, 'review.csv')}        every source user and group with its status and the evidence, in plain language`,
      `  ${join(out, 'identity-map.csv')}  the file for Add-SPOTenantIdentityMap (only the matched rows)`,
      `  ${join(out, 'summary.json')}      counts and findings with file:line`,
      `  ${join(out, 'plan', 'RUNBOOK.md')}   the PowerShell runbook: which script runs where, and in which order`,
      '',
    ].join('\n'),
  );
  return 0;
}
