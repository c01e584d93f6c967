// identity-map.csv for Add-SPOTenantIdentityMap (facts §8): no header, six columns, CRLF,
// no BOM, written by csv-stringify. Users by source UPN, then groups by source object ID.

import { stringify } from 'csv-stringify/sync';
import type { Assignment, Principal } from '../model.js';

export type MapRow = [kind: 'User' | 'Group', tenantId: string, source: string, target: string, column5: string, column6: string];

export function mapRows(assignments: readonly Assignment[], sourceTenantId: string): MapRow[] {
  const rows: MapRow[] = [];
  for (const a of assignments) {
    if (!inMap(a) || !a.best) continue;
    rows.push(userRow(a.source, a.best.target, sourceTenantId));
  }
  return rows;
}

export function inMap(a: Assignment): boolean {
  return a.status === 'matched' || (a.status === 'decided' && a.reason === 'decision-accept');
}

function userRow(source: Principal, target: Principal, tenantId: string): MapRow {
  return ['User', tenantId, source.upn, target.upn, target.mail !== '' ? target.mail : target.upn, target.userType === 'Guest' ? 'GuestUser' : 'RegularUser'];
}

export function identityMapCsv(rows: readonly MapRow[]): string {
  return stringify(rows as MapRow[], { record_delimiter: 'windows' });
}
