// The terminal report of a map run: counts, the findings that need action, and where to look.

import type { Summary } from '../emit/summary.js';
import { oneLine } from '../display.js';
import { STATUSES } from '../model.js';
import { counted } from '../wording/plural.js';

const MAX_FINDINGS_SHOWN = 15;

export function formatMapReport(summary: Summary, paths: readonly string[]): string {
  const c = summary.counts;
  const lines = [`ctmap map: ${c.sources} source principals, ${c.targets} target principals`];
  for (const status of STATUSES) {
    const n = c.byStatus[status];
    if (n === 0) continue;
    lines.push(`  ${status.padEnd(10)} ${String(n).padStart(7)}${status === 'matched' || status === 'decided' ? '  in the identity map' : ''}`);
  }
  lines.push(`  targets no source claims: ${c.unclaimedTargets}`);

  const serious = summary.findings.filter((f) => f.severity !== 'info');
  if (summary.findings.length > 0) {
    const count = (s: string) => summary.findings.filter((f) => f.severity === s).length;
    lines.push('', `findings: ${counted(count('error'), 'error')}, ${counted(count('warning'), 'warning')}, ${counted(count('info'), 'note')}`);
    for (const f of [...serious, ...summary.findings.filter((f) => f.severity === 'info')].slice(0, MAX_FINDINGS_SHOWN)) {
      const where = f.file ? `${f.file}${f.line !== undefined ? `:${f.line}` : ''}: ` : '';
      lines.push(`  ${f.severity.toUpperCase().padEnd(7)} ${oneLine(`${where}${f.principal ? `${f.principal}: ` : ''}${f.message}`)} [${f.code}]`);
    }
    if (summary.findings.length > MAX_FINDINGS_SHOWN) lines.push(`  ... ${summary.findings.length - MAX_FINDINGS_SHOWN} more in summary.json`);
  }
  lines.push('', 'wrote:', ...paths.map((p) => `  ${p}`));
  const pending = c.byStatus.review + c.byStatus.ambiguous + c.byStatus.conflict;
  if (pending > 0) {
    lines.push(
      '',
      `next: ${counted(pending, 'row')} of review.csv ${pending === 1 ? 'needs' : 'need'} a decision (filter the status column): write accept or reject in`,
      "      the decision column, then run ctmap map again with --decisions and that review.csv.",
    );
  }
  return `${lines.join('\n')}\n`;
}
