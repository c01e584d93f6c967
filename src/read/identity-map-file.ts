// Reads an identity map (the headerless six-column file for Add-SPOTenantIdentityMap) for the
// plan. Every value the runbook emits is shape-checked here, with the file and line.

import { CtmapError } from '../errors.js';
import { readBytes } from './bytes.js';
import { readMapBytes } from './identity-map.js';
import { isBlankRow, type TableRow } from './records.js';
import { requireShape } from './shapes.js';

export interface MapUser {
  source: string;
  target: string;
  line: number;
}

export interface MapGroup {
  /** Source group object ID, lowercase. */
  source: string;
  target: string;
  /** Column 5: the target object ID (security group) or the target alias (Microsoft 365 group). */
  name: string;
  type: string;
  line: number;
}

export interface IdentityMapFile {
  file: string;
  /** The file as read, uploaded unchanged by the runbook. */
  bytes: Uint8Array;
  users: MapUser[];
  groups: MapGroup[];
}

const USER_TYPES = new Set(['RegularUser', 'GuestUser', 'AdminUser']);
const GROUP_TYPES = new Set(['RegularGroup', 'O365Group', 'AdminGroup']);

export function readIdentityMapFile(file: string): IdentityMapFile {
  const bytes = readBytes(file);
  const rows = readMapBytes(bytes, file).rows.filter((r) => !isBlankRow(r.values));
  if (rows.length === 0) throw new CtmapError('file-empty', { file });
  const users: MapUser[] = [];
  const groups: MapGroup[] = [];
  for (const row of rows) {
    const parsed = parseRow(row, file);
    if ('name' in parsed) groups.push(parsed);
    else users.push(parsed);
  }
  return { file, bytes, users, groups };
}


function parseRow({ values, line }: TableRow, file: string): MapUser | MapGroup {
  const bad = (detail: string, value: string) => new CtmapError('invalid-map-row', { file, line, detail, value });
  if (values.length !== 6) throw bad('columns', String(values.length));
  const [kind, tenant, source, target, name, type] = values as [string, string, string, string, string, string];
  const at = (what: string) => ({ what, file, line });
  requireShape('guid', tenant, at('source tenant ID (column 2)'));
  if (kind === 'User') {
    if (!USER_TYPES.has(type)) throw bad('user-type', type);
    return {
      source: requireShape('upn', source, at('source UPN (column 3)')),
      target: requireShape('upn', target, at('target UPN (column 4)')),
      line,
    };
  }
  if (kind === 'Group') {
    if (!GROUP_TYPES.has(type)) throw bad('group-type', type);
    return {
      source: requireShape('guid', source, at('source group object ID (column 3)')).toLowerCase(),
      target: requireShape('guid', target, at('target group object ID (column 4)')).toLowerCase(),
      name,
      type,
      line,
    };
  }
  throw bad('kind', kind);
}
