// identity-map.csv for Add-SPOTenantIdentityMap (facts §8): no header, six columns, CRLF,
// no BOM, written by csv-stringify. Users by source UPN, then groups by source object ID.

import { stringify } from 'csv-stringify/sync';
import { classifyGroup } from '../group-class.js';
import { csvChunks } from './chunks.js';
import { DEFAULT_GROUP_OPTIONS, type GroupOptions } from '../match/options.js';
import type { Assignment, Principal, TargetedAssignment } from '../model.js';

export type MapRow = [kind: 'User' | 'Group', tenantId: string, source: string, target: string, column5: string, column6: string];

export function mapRows(assignments: readonly Assignment[], sourceTenantId: string, groups: Pick<GroupOptions, 'securityColumn5'> = DEFAULT_GROUP_OPTIONS): MapRow[] {
  const rows: MapRow[] = [];
  for (const a of assignments) {
    if (!inMap(a)) continue;
    const target = a.best.target;
    rows.push(a.source.kind === 'user' ? userRow(a.source, target, sourceTenantId) : groupRow(a.source, target, sourceTenantId, groups));
  }
  return rows;
}

// Column 5 of a Microsoft 365 group is the target alias (it must equal -TargetGroupAlias of
// the site move); of a security group the target object ID, as the docs say, or its name.
function groupRow(source: Principal, target: Principal, tenantId: string, groups: Pick<GroupOptions, 'securityColumn5'>): MapRow {
  if (classifyGroup(target) === 'm365') return ['Group', tenantId, source.id, target.id, target.mailNickname, 'O365Group'];
  return ['Group', tenantId, source.id, target.id, groups.securityColumn5 === 'display-name' ? target.displayName : target.id, 'RegularGroup'];
}

/** Matched, or decided by an accept: the rows of identity-map.csv. */
export function inMap(a: Assignment): a is TargetedAssignment {
  return a.status === 'matched' || (a.status === 'decided' && a.reason === 'decision-accept');
}

function userRow(source: Principal, target: Principal, tenantId: string): MapRow {
  return ['User', tenantId, source.upn, target.upn, target.mail !== '' ? target.mail : target.upn, target.userType === 'Guest' ? 'GuestUser' : 'RegularUser'];
}

// csv-stringify quotes a value holding the record delimiter (CRLF) but not a lone LF or CR,
// which a reader takes as a line end: those are quoted too, so that every row reads back as one.
const OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

export function identityMapCsv(rows: readonly MapRow[]): string {
  return stringify(rows as MapRow[], OPTIONS);
}

/** identity-map.csv in chunks: the same bytes as identityMapCsv. */
export function identityMapChunks(rows: readonly MapRow[]): Iterable<string> {
  return csvChunks(rows, (part) => part as MapRow[], OPTIONS);
}
