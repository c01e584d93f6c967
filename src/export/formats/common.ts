// What the CSV formats share: values checked before they are written, csv-stringify for the
// bytes, and each row a tool cannot hold left out with a finding.

import { stringify } from 'csv-stringify/sync';
import { isUpnShape } from '../../read/values.js';
import type { ExportFinding, GroupPair, Pair, UserPair } from '../types.js';

// Machine-read files: no BOM, no formula escaping (a tool would read the "'" as part of the value).
export function csvText(rows: readonly (readonly string[])[]): string {
  return stringify(rows as string[][], { record_delimiter: 'windows' });
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** An e-mail address or UPN a mapping tool can match: one '@', a DNS domain, nothing to quote. */
export function isAddress(value: string): boolean {
  return isUpnShape(value) && !CONTROL.test(value);
}

/** A display name written as a value: present, one line, no stray spaces. */
export function isName(value: string): boolean {
  return value !== '' && !CONTROL.test(value) && value.trim() === value;
}

export function refused(p: Pair, format: string, field: string, value: string, file: string, severity: ExportFinding['severity'] = 'error'): ExportFinding {
  return { code: 'value-refused', severity, file, line: p.line, item: p.source, data: { format, field, value } };
}

export const users = (pairs: readonly Pair[]): UserPair[] => pairs.filter((p): p is UserPair => p.kind === 'user');
export const groups = (pairs: readonly Pair[]): GroupPair[] => pairs.filter((p): p is GroupPair => p.kind === 'group');

/** Group rows of a users-only format: one finding with the count, so nothing is dropped unsaid. */
export function groupsLeftOut(pairs: readonly Pair[], format: string): ExportFinding[] {
  const n = groups(pairs).length;
  return n === 0 ? [] : [{ code: 'groups-not-in-format', severity: 'info', data: { format, count: n } }];
}

/**
 * Groups keyed by display name (ShareGate, Mover, SPMT): a name that two exported groups of one
 * side share would map both, so such groups are left out.
 */
export function nameableGroups(pairs: readonly Pair[], format: string, mapFile: string): { keep: GroupPair[]; findings: ExportFinding[] } {
  const all = groups(pairs);
  const count = (names: string[]) => names.reduce((m, n) => m.set(n.toLowerCase(), (m.get(n.toLowerCase()) ?? 0) + 1), new Map<string, number>());
  const sources = count(all.map((g) => g.sourceName));
  const targets = count(all.map((g) => g.targetName));
  const keep: GroupPair[] = [];
  const findings: ExportFinding[] = [];
  for (const g of all) {
    if (!isName(g.sourceName)) findings.push(refused(g, format, 'source group name', g.sourceName, mapFile));
    else if (!isName(g.targetName)) findings.push(refused(g, format, 'target group name', g.targetName, mapFile));
    else if ((sources.get(g.sourceName.toLowerCase()) ?? 0) > 1 || (targets.get(g.targetName.toLowerCase()) ?? 0) > 1) {
      findings.push({ code: 'group-name-not-unique', severity: 'error', file: mapFile, line: g.line, item: g.source, data: { format, source: g.sourceName, target: g.targetName } });
    } else keep.push(g);
  }
  return { keep, findings };
}

/** User rows whose source UPN and target address a mapping tool can match. */
export function addressableUsers(pairs: readonly Pair[], format: string, mapFile: string, target: (u: UserPair) => string): { keep: UserPair[]; findings: ExportFinding[] } {
  const keep: UserPair[] = [];
  const findings: ExportFinding[] = [];
  for (const u of users(pairs)) {
    if (!isAddress(u.source)) findings.push(refused(u, format, 'source', u.source, mapFile));
    else if (!isAddress(target(u))) findings.push(refused(u, format, 'target', target(u), mapFile));
    else keep.push(u);
  }
  return { keep, findings };
}
