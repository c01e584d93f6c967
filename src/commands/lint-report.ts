// What ctmap lint prints: one line a finding, then a summary; or the same as JSON.

import { countSeverity } from '../findings.js';
import type { LintExports, LintResult } from '../lint/index.js';
import type { MapFile } from '../read/identity-map.js';
import { lintLine, lintMessage } from '../wording/lint.js';
import { counted } from '../wording/plural.js';

const ROLES = [
  ['sourceUsers', 'source users'],
  ['targetUsers', 'target users'],
  ['sourceGroups', 'source groups'],
  ['targetGroups', 'target groups'],
] as const;

function checkedAgainst(exports: LintExports): { role: string; file: string; principals: number }[] {
  return ROLES.flatMap(([key, role]) => {
    const exp = exports[key];
    return exp === undefined ? [] : [{ role, file: exp.file, principals: exp.principals.length }];
  });
}

function count(result: LintResult, severity: 'error' | 'warning'): number {
  return countSeverity(result.findings, severity);
}

export function lintReport(map: MapFile, result: LintResult, exports: LintExports): string {
  const lines = result.findings.map((f) => lintLine(map.file, f));
  if (lines.length > 0) lines.push('');
  const errors = count(result, 'error');
  const warnings = count(result, 'warning');
  const verdict = errors + warnings === 0 ? 'no problems found' : `${counted(errors, 'error')}, ${counted(warnings, 'warning')}`;
  lines.push(`ctmap lint ${map.file}: ${counted(result.rows, 'row')} (${counted(result.users, 'user')}, ${counted(result.groups, 'group')}): ${verdict}`);
  const against = checkedAgainst(exports);
  if (against.length > 0) lines.push(`checked against: ${against.map((a) => `${a.role} ${a.file} (${a.principals})`).join(', ')}`);
  if (errors > 0) lines.push('Fix the errors before uploading: Add-SPOTenantIdentityMap replaces the whole map with this file.');
  return `${lines.join('\n')}\n`;
}

export function lintJson(map: MapFile, result: LintResult, exports: LintExports): string {
  const json = {
    file: map.file,
    encoding: map.encoding,
    delimiter: map.delimiter,
    rows: result.rows,
    users: result.users,
    groups: result.groups,
    checkedAgainst: checkedAgainst(exports),
    counts: { error: count(result, 'error'), warning: count(result, 'warning') },
    findings: result.findings.map((f) => ({ code: f.code, severity: f.severity, line: f.line, column: f.column ?? null, message: lintMessage(f), data: f.data })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
