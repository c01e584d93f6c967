// identity-map.csv for Add-SPOTenantIdentityMap (facts §8): no header, six columns, CRLF,
// no BOM, written by csv-stringify. Users by source UPN, then groups by source object ID.

import { stringify } from 'csv-stringify/sync';
import { csvChunks } from './chunks.js';
import { groupColumns, userColumns } from '../match/kinds/map-columns.js';
import { DEFAULT_GROUP_OPTIONS, type GroupOptions } from '../match/options.js';
import type { Assignment, TargetedAssignment } from '../model.js';

export type MapRow = [kind: 'User' | 'Group', tenantId: string, source: string, target: string, column5: string, column6: string];

export function mapRows(assignments: readonly Assignment[], sourceTenantId: string, groups: Pick<GroupOptions, 'securityColumn5'> = DEFAULT_GROUP_OPTIONS): MapRow[] {
  const rows: MapRow[] = [];
  for (const a of assignments) {
    if (!inMap(a)) continue;
    const target = a.best.target;
    // Columns 1 to 4 are the same for every kind; 5 and 6 are the kind's (match/kinds/map-columns.ts).
    rows.push(
      a.source.kind === 'user'
        ? ['User', sourceTenantId, a.source.upn, target.upn, ...userColumns(target)]
        : ['Group', sourceTenantId, a.source.id, target.id, ...groupColumns(target, groups)],
    );
  }
  return rows;
}

/** Matched, or decided by an accept: the rows of identity-map.csv. */
export function inMap(a: Assignment): a is TargetedAssignment {
  return a.status === 'matched' || (a.status === 'decided' && a.reason === 'decision-accept');
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
