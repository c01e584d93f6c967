// The terminal report of an export: what was written, what was left out and why.

import { exportFindingLine } from '../wording/export-findings.js';
import { counted } from '../wording/plural.js';
import type { ExportFinding, FormatOutput } from '../export/types.js';

const MAX_FINDINGS_SHOWN = 20;

export function formatExportReport(format: string, output: FormatOutput, findings: readonly ExportFinding[], paths: readonly string[]): string {
  const { users, groups } = output.written;
  const removed = output.removed ? `, ${output.removed} removals` : '';
  const lines = [`ctmap export ${format}: ${counted(users, 'user')}, ${counted(groups, 'group')}${removed}`];
  if (findings.length > 0) {
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    lines.push('', `findings: ${count('error')} errors (rows left out), ${count('warning')} warnings, ${count('info')} notes`);
    for (const f of findings.slice(0, MAX_FINDINGS_SHOWN)) lines.push(`  ${exportFindingLine(f)}`);
    if (findings.length > MAX_FINDINGS_SHOWN) lines.push(`  ... ${findings.length - MAX_FINDINGS_SHOWN} more`);
  }
  for (const name of output.sensitive ?? []) lines.push('', `SENSITIVE: ${name} holds initial passwords; delete it after the upload`);
  lines.push('', paths.length === 0 ? 'nothing to write: no row fits this format' : 'wrote:', ...paths.map((p) => `  ${p}`));
  return `${lines.join('\n')}\n`;
}
