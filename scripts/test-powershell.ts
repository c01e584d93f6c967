// npm run test:powershell (and the end of npm test): install PowerShell and Pester if needed,
// write the plans the suite runs, run the Pester suite (test/powershell), and end with its own
// 'N passed, N failed' line. The counts go to pester-results.json, which .ci/run adds to
// vitest's. No PowerShell and no dotnet: a loud skip, a failure under CI=true.

import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installPowerShellTools, PESTER_VERSION, POWERSHELL_VERSION } from './powershell/install.js';
import { writePowerShellPlans } from './powershell/plans.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
// CTMAP_PESTER_RESULTS: another place for the counts (the skip test uses it).
const results = process.env['CTMAP_PESTER_RESULTS'] ?? join(repo, 'pester-results.json');
const say = (text: string) => process.stderr.write(`${text}\n`);
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

rmSync(results, { force: true });
const began = Date.now();
const tools = installPowerShellTools(repo);
if ('skipped' in tools) {
  const ci = process.env['CI'] === 'true';
  say('');
  say('!!! The PowerShell suite was SKIPPED: the generated runbook scripts were not run.');
  say(`!!! Why: ${tools.skipped}.`);
  say(`!!! Install the .NET SDK (PowerShell ${POWERSHELL_VERSION} then installs into .tools/) or PowerShell 7.`);
  if (ci) say('!!! CI=true: a skipped suite is a failure.');
  say('');
  writeFileSync(results, `${JSON.stringify({ passed: 0, failed: ci ? 1 : 0, skipped: tools.skipped })}\n`);
  console.log(`0 passed, ${ci ? 1 : 0} failed`);
  process.exit(ci ? 1 : 0);
}
say(`PowerShell suite: ${tools.installed.length > 0 ? `installed ${tools.installed.join(' and ')} into .tools/` : `PowerShell ${POWERSHELL_VERSION} and Pester ${PESTER_VERSION} found in .tools/`} (${seconds(began)} s)`);

const plans = join(repo, '.tools', 'runbooks');
rmSync(plans, { recursive: true, force: true });
const written = Date.now();
const folders = writePowerShellPlans(plans);
say(`PowerShell suite: plans ${folders.join(', ')} written (${seconds(written)} s)`);

const run = spawnSync(
  tools.pwsh,
  ['-NoProfile', '-NonInteractive', '-File', join(repo, 'test', 'powershell', 'run.ps1'), '-Pester', tools.pester, '-Plans', plans, '-Result', results, '-Xml', join(repo, 'pester-results.xml')],
  { stdio: 'inherit' },
);
if (run.error) {
  say(`PowerShell suite: could not start ${tools.pwsh}: ${run.error.message}`);
  writeFileSync(results, `${JSON.stringify({ passed: 0, failed: 1, error: run.error.message })}\n`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (!existsSync(results)) {
  // Pester never got to write its counts: PowerShell or the runner itself failed.
  writeFileSync(results, `${JSON.stringify({ passed: 0, failed: 1, error: `pwsh exited ${run.status ?? run.signal}` })}\n`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
process.exit(run.status ?? 1);
