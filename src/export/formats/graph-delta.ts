// Graph beta delta bodies for PATCH /solutions/sharePoint/migrations/crossOrganizationUserMappings
// and .../crossOrganizationGroupMappings (facts §8.6, §16.3): at most 50 items a body, an item
// with "@removed" for every mapping the previous map had and this one drops. Field names and
// @odata.type values as in the API's own request examples.

import type { MapEntry } from '../../read/run-folder.js';
import { shapeProblem } from '../../read/shapes.js';
import type { ExportFinding, FormatOutput, GroupPair, Pair, UserPair } from '../types.js';
import { groups, refused, users } from './common.js';

export const MAX_ITEMS = 50;

export const USER_FILE = (n: number): string => `graph-user-mappings-${String(n).padStart(3, '0')}.json`;
export const GROUP_FILE = (n: number): string => `graph-group-mappings-${String(n).padStart(3, '0')}.json`;
export const GRAPH_FILE = /^graph-(?:user|group)-mappings-\d{3}\.json$/;

const USER_TYPE: Readonly<Record<string, string>> = { RegularUser: 'regularUser', GuestUser: 'guestUser', AdminUser: 'adminUser' };
const GROUP_TYPE: Readonly<Record<string, string>> = { RegularGroup: 'regularGroup', O365Group: 'm365Group' };

const USER_MAPPING = '#microsoft.graph.sharePointUserIdentityMapping';
const GROUP_MAPPING = '#microsoft.graph.sharePointGroupIdentityMapping';
const REMOVED = { reason: 'deleted' } as const;

export interface GraphDeltaInput {
  pairs: readonly Pair[];
  tenantId: string;
  mapFile: string;
  /** Rows of the map uploaded before (--previous), to remove what this map drops. */
  previous?: { file: string; entries: readonly MapEntry[] };
}

type Item = Record<string, unknown>;

export function graphDelta(input: GraphDeltaInput): FormatOutput {
  const format = 'graph-delta';
  const findings: ExportFinding[] = [];
  const tenantOk = shapeProblem('guid', input.tenantId) === undefined;
  const userItems: Item[] = [];
  const groupItems: Item[] = [];
  for (const u of users(input.pairs)) {
    const bad = userProblem(u, tenantOk);
    if (bad) findings.push(refused(u, format, bad[0], bad[1], input.mapFile));
    else userItems.push(userItem(u, input.tenantId.toLowerCase()));
  }
  for (const g of groups(input.pairs)) {
    const bad = groupProblem(g, tenantOk);
    if (bad) findings.push(refused(g, format, bad[0], bad[1], input.mapFile));
    else groupItems.push(groupItem(g, input.tenantId.toLowerCase()));
  }
  const removed = removals(input, findings);
  const files = [...bodies([...userItems, ...removed.users], USER_FILE), ...bodies([...groupItems, ...removed.groups], GROUP_FILE)];
  return { files, findings, written: { users: userItems.length, groups: groupItems.length }, removed: removed.users.length + removed.groups.length };
}

function userProblem(u: UserPair, tenantOk: boolean): [string, string] | undefined {
  if (!tenantOk) return ['source tenant ID', ''];
  if (shapeProblem('upn', u.source) !== undefined) return ['source UPN', u.source];
  if (shapeProblem('upn', u.target) !== undefined) return ['target UPN', u.target];
  if (shapeProblem('upn', u.targetMail) !== undefined) return ['target e-mail', u.targetMail];
  if (USER_TYPE[u.type] === undefined) return ['user type', u.type];
  return undefined;
}

function groupProblem(g: GroupPair, tenantOk: boolean): [string, string] | undefined {
  if (!tenantOk) return ['source tenant ID', ''];
  if (shapeProblem('guid', g.source) !== undefined) return ['source group ID', g.source];
  if (shapeProblem('guid', g.target) !== undefined) return ['target group ID', g.target];
  if (GROUP_TYPE[g.type] === undefined) return ['group type', g.type];
  if (g.type === 'O365Group' && shapeProblem('alias', g.column5) !== undefined) return ['target alias', g.column5];
  return undefined;
}

// The API's user and group items share one layout: identities keyed by UPN or by object ID.
const USER_SHAPE = { mapping: USER_MAPPING, type: 'userType', identity: 'User', identityType: 'microsoft.graph.userIdentity', key: 'userPrincipalName', data: 'User' } as const;
const GROUP_SHAPE = { mapping: GROUP_MAPPING, type: 'groupType', identity: 'Group', identityType: 'microsoft.graph.identity', key: 'id', data: 'Group' } as const;

function item(shape: typeof USER_SHAPE | typeof GROUP_SHAPE, tenantId: string, type: string | undefined, source: string, target: string, data: Record<string, string>): Item {
  const identity = (value: string) => ({ '@odata.type': shape.identityType, [shape.key]: value });
  return {
    '@odata.type': shape.mapping,
    sourceOrganizationId: tenantId,
    [shape.type]: type,
    [`source${shape.identity}Identity`]: identity(source),
    [`target${shape.identity}Identity`]: identity(target),
    [`target${shape.data}MigrationData`]: { '@odata.type': `microsoft.graph.sharePointIdentityMapping${shape.data}MigrationData`, ...data },
  };
}

function userItem(u: UserPair, tenantId: string): Item {
  return item(USER_SHAPE, tenantId, USER_TYPE[u.type], u.source, u.target, { email: u.targetMail });
}

// Column 5 is the alias only for a Microsoft 365 group; a security group has no mail nickname to pass.
function groupItem(g: GroupPair, tenantId: string): Item {
  return item(GROUP_SHAPE, tenantId, GROUP_TYPE[g.type], g.source, g.target, g.type === 'O365Group' ? { mailNickname: g.column5 } : {});
}

function removal(shape: typeof USER_SHAPE | typeof GROUP_SHAPE, source: string): Item {
  return { '@odata.type': shape.mapping, '@removed': REMOVED, [`source${shape.identity}Identity`]: { '@odata.type': shape.identityType, [shape.key]: source } };
}

/** Sources of the previous map that this map no longer holds, in the previous map's order. */
function removals(input: GraphDeltaInput, findings: ExportFinding[]): { users: Item[]; groups: Item[] } {
  const now = new Set(input.pairs.map((p) => `${p.kind}\u0000${p.source.toLowerCase()}`));
  const result = { users: [] as Item[], groups: [] as Item[] };
  for (const e of input.previous?.entries ?? []) {
    const kind = e.kind === 'User' ? 'user' : 'group';
    if (now.has(`${kind}\u0000${e.source.toLowerCase()}`)) continue;
    if (kind === 'user' && shapeProblem('upn', e.source) === undefined) {
      result.users.push(removal(USER_SHAPE, e.source));
    } else if (kind === 'group' && shapeProblem('guid', e.source) === undefined) {
      result.groups.push(removal(GROUP_SHAPE, e.source.toLowerCase()));
    } else {
      findings.push({ code: 'previous-row-invalid', severity: 'error', file: input.previous!.file, line: e.line, item: e.source });
    }
  }
  return result;
}

function bodies(items: readonly Item[], name: (n: number) => string): { name: string; content: string }[] {
  const files: { name: string; content: string }[] = [];
  for (let i = 0; i < items.length; i += MAX_ITEMS) {
    files.push({ name: name(files.length + 1), content: `${JSON.stringify({ '@context': '#$delta', value: items.slice(i, i + MAX_ITEMS) }, null, 2)}\n` });
  }
  return files;
}
