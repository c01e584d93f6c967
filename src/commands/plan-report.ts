// The terminal report of a plan run: the waves, the findings, and where to start.

import { SCRIPT, type RunbookContext } from '../emit/powershell/context.js';
import { formatUtc } from '../emit/utc.js';
import { countSeverity } from '../findings.js';
import type { Plan } from '../plan/build.js';
import { tenantOf } from '../read/shapes.js';
import { planFindingLine } from '../wording/plan-findings.js';
import { counted } from '../wording/plural.js';
import { join } from 'node:path';

const MAX_FINDINGS_SHOWN = 15;

export function formatPlanReport(ctx: RunbookContext, plan: Plan, out: string, fileCount: number): string {
  const moves = plan.waves.reduce((n, w) => n + w.moves.length, 0);
  const lines = [`ctmap plan: ${tenantOf(ctx.source.adminUrl)} → ${tenantOf(ctx.target.adminUrl)}, ${counted(moves, 'move')} in ${counted(plan.waves.length, 'wave')}`];
  for (const w of plan.waves) {
    const window = w.begin && w.end ? `  ${formatUtc(w.begin, ' ')} → ${formatUtc(w.end, ' ')} UTC` : '';
    lines.push(`  wave ${String(w.number).padStart(2)}  ${String(w.moves.length).padStart(5)} ${w.moves.length === 1 ? 'move ' : 'moves'}${window}`);
  }
  if (plan.findings.length > 0) {
    lines.push('', `findings: ${counted(countSeverity(plan.findings, 'error'), 'error')} (moves left out), ${counted(countSeverity(plan.findings, 'warning'), 'warning')}`);
    for (const f of plan.findings.slice(0, MAX_FINDINGS_SHOWN)) lines.push(`  ${planFindingLine(f)}`);
    if (plan.findings.length > MAX_FINDINGS_SHOWN) lines.push(`  ... ${plan.findings.length - MAX_FINDINGS_SHOWN} more in RUNBOOK.md`);
  }
  lines.push('', `wrote ${counted(fileCount, 'file')} to ${out}`, `next: read ${join(out, 'RUNBOOK.md')}, then run ${SCRIPT.trust('source')} -DryRun on the source`);
  return `${lines.join('\n')}\n`;
}
