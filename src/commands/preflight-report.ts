// The terminal report of a preflight run: counts, the first findings, and what to do next.

import { join } from 'node:path';
import { CLEAR_ONEDRIVES_SCRIPT } from '../emit/powershell/clear-onedrives.js';
import type { PreflightResult } from '../preflight/check.js';
import { preflightFix, preflightProblem } from '../wording/preflight.js';

const MAX_SHOWN = 15;

export function formatPreflightReport(result: PreflightResult, moves: number, out: string, conflicts: number): string {
  const blockers = result.findings.filter((f) => f.severity === 'blocker');
  const blocked = new Set(blockers.map((f) => `${f.kind}\u0000${f.source}`)).size;
  const lines = [`ctmap preflight: ${moves} moves, ${blocked} blocked (${blockers.length} blockers), ${result.findings.length - blockers.length} warnings`];
  if (result.notChecked > 0) lines.push(`  ${result.notChecked} group-connected site moves not checked: inventories list sites by URL, not by group alias`);
  for (const f of result.findings.slice(0, MAX_SHOWN)) lines.push(`  ${f.severity} wave ${f.wave} ${f.source}: ${preflightProblem(f)}`, `    fix: ${preflightFix(f)}`);
  if (result.findings.length > MAX_SHOWN) lines.push(`  ... ${result.findings.length - MAX_SHOWN} more in preflight.csv`);
  lines.push('', `wrote preflight.csv, preflight.json and ${CLEAR_ONEDRIVES_SCRIPT} to ${out}`);
  if (conflicts > 0) lines.push(`next: run ${join(out, CLEAR_ONEDRIVES_SCRIPT)} on the target to list the ${conflicts} existing target OneDrives`);
  return `${lines.join('\n')}\n`;
}
