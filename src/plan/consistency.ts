// Checks each requested move against the identity map (facts §8.5.6) and the tenants: a
// OneDrive move needs the same pair as a User row; a group-connected site move needs its
// target alias in column 5 of an O365Group row; sites must sit on the right tenants. A move
// that fails is left out of the waves and leaves an error finding.

import type { MapGroup, MapUser } from '../read/identity-map-file.js';
import { tenantOf } from '../read/shapes.js';
import { push } from '../multimap.js';
import type { Move, PlanFinding, RequestedMove } from './types.js';
import { PLAN_SEVERITY } from './types.js';

export interface MapContent {
  file: string;
  users: readonly MapUser[];
  groups: readonly MapGroup[];
}

export interface Requested {
  /** Undefined: every User row of the map. */
  onedrive: readonly RequestedMove[] | undefined;
  sites: readonly RequestedMove[];
  groupSites: readonly RequestedMove[];
}

export interface Tenants {
  source: string;
  target: string;
}

export interface Checked {
  moves: Move[];
  findings: PlanFinding[];
}

export function checkMoves(requested: Requested, map: MapContent, tenants: Tenants): Checked {
  const findings: PlanFinding[] = [];
  const fail = (code: PlanFinding['code'], r: RequestedMove, data?: PlanFinding['data']) =>
    findings.push({ code, severity: PLAN_SEVERITY[code], file: r.origin.file, line: r.origin.line, item: r.source, ...(data && { data }) });

  const users = new Map<string, MapUser>();
  for (const u of map.users) if (!users.has(u.source.toLowerCase())) users.set(u.source.toLowerCase(), u);
  const groupsById = new Map(map.groups.map((g) => [g.source, g]));
  const m365ByAlias = new Map<string, MapGroup[]>();
  for (const g of map.groups) if (g.type === 'O365Group') push(m365ByAlias, g.name.toLowerCase(), g);

  const oneDrive = (r: RequestedMove): Move | undefined => {
    const row = users.get(r.source.toLowerCase());
    if (!row) return void fail('move-not-in-map', r);
    if (r.target !== undefined && r.target.toLowerCase() !== row.target.toLowerCase()) {
      return void fail('move-target-differs', r, { target: r.target, mapTarget: row.target, mapLine: row.line });
    }
    // The map's spelling is what was uploaded, so the move uses it too.
    return { kind: 'onedrive', source: row.source, target: row.target, origin: r.origin };
  };

  const site = (r: RequestedMove): Move | undefined => {
    const target = r.target ?? '';
    if (tenantOf(r.source) !== tenants.source) return void fail('site-wrong-tenant', r, { url: r.source, side: 'source', tenant: tenants.source });
    if (tenantOf(target) !== tenants.target) return void fail('site-wrong-tenant', r, { url: target, side: 'target', tenant: tenants.target });
    return { kind: 'site', source: r.source, target, origin: r.origin };
  };

  const groupSite = (r: RequestedMove): Move | undefined => {
    const target = r.target ?? '';
    if (r.sourceGroupId !== undefined) {
      const row = groupsById.get(r.sourceGroupId);
      if (!row) return void fail('group-alias-not-in-map', r, { alias: target, group: r.sourceGroupId });
      if (row.type !== 'O365Group') return void fail('group-not-m365', r, { group: row.source, type: row.type, mapLine: row.line });
      if (row.name.toLowerCase() !== target.toLowerCase()) return void fail('group-alias-differs', r, { alias: target, mapAlias: row.name, mapLine: row.line });
    } else if (!m365ByAlias.has(target.toLowerCase())) {
      return void fail('group-alias-not-in-map', r, { alias: target });
    }
    return { kind: 'group-site', source: r.source, target, origin: r.origin };
  };

  // By default every User row moves its OneDrive, except guests': a guest has no OneDrive in
  // the source tenant, its row only carries permissions over.
  const oneDriveRequests =
    requested.onedrive ??
    map.users
      .filter((u) => !u.source.toUpperCase().includes('#EXT#'))
      .map((u): RequestedMove => ({ kind: 'onedrive', source: u.source, target: u.target, origin: { file: map.file, line: u.line } }));
  const candidates = [
    ...oneDriveRequests.map(oneDrive),
    ...requested.sites.map(site),
    ...requested.groupSites.map(groupSite),
  ].filter((m): m is Move => m !== undefined);
  return { moves: withoutDuplicates(candidates, findings), findings };
}

// A source or target named twice within one kind: the first stays, later ones are left out.
function withoutDuplicates(moves: readonly Move[], findings: PlanFinding[]): Move[] {
  const seen = new Map<string, Move>();
  return moves.filter((m) => {
    for (const [side, value] of [['source', m.source], ['target', m.target]] as const) {
      const key = `${m.kind}\u0000${side}\u0000${value.toLowerCase()}`;
      const first = seen.get(key);
      if (first) {
        findings.push({ code: 'duplicate-move', severity: PLAN_SEVERITY['duplicate-move'], file: m.origin.file, line: m.origin.line, item: value, data: { side, firstFile: first.origin.file, firstLine: first.origin.line } });
        return false;
      }
    }
    for (const side of ['source', 'target'] as const) seen.set(`${m.kind}\u0000${side}\u0000${m[side].toLowerCase()}`, m);
    return true;
  });
}
