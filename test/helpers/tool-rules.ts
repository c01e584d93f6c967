// Each tool's own rules for its mapping file (facts §8.6, §11, §16.5), written independently of
// the emitters: a file ctmap exports must pass the rules of the tool that reads it.
import { parse } from 'csv-parse/sync';

export type Rows = string[][];

const ADDRESS = /^[^\s@,;"]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
export const isAddress = (v: string): boolean => ADDRESS.test(v);

/** Rows exactly as a strict CSV reader sees them; refuses BOM, ';' and ragged rows. */
export function csvRows(text: string, columns: number): Rows {
  if (text.charCodeAt(0) === 0xfeff) throw new Error('BOM');
  const rows = parse(text, { relax_column_count: false }) as Rows;
  for (const r of rows) if (r.length !== columns) throw new Error(`row of ${r.length} columns: ${r.join(',')}`);
  return rows;
}

export function checkPowerPlatform(name: string, text: string): Rows {
  if (name !== 'usermapping.csv') throw new Error(`file name ${name}`);
  // "Each line must have exactly two columns", comma only: one comma per line, no quoting needed.
  const lines = text.split('\r\n').filter((l) => l !== '');
  for (const l of lines) if (l.split(',').length !== 2 || l.includes(';') || l.includes('"')) throw new Error(`line ${l}`);
  if (new Set(lines.map((l) => l.toLowerCase())).size !== lines.length) throw new Error('duplicate line');
  const rows = csvRows(text, 2);
  for (const [s, t] of rows) {
    if (!isAddress(s!) || !isAddress(t!)) throw new Error(`not UPNs (a header?): ${s},${t}`);
    if (s!.toLowerCase() === t!.toLowerCase()) throw new Error(`target equals source: ${s}`);
  }
  return rows;
}

function withHeader(text: string, header: readonly string[]): Rows {
  const [first, ...rows] = csvRows(text, header.length);
  if (JSON.stringify(first) !== JSON.stringify(header)) throw new Error(`header ${first?.join(',')}`);
  return rows;
}

export const checkShareGate = (text: string): Rows => withHeader(text, ['SourceValue', 'DestinationValue']);
export const checkMover = (text: string): Rows => withHeader(text, ['Source User', 'Destination User']);

export function checkQuest(text: string): Rows {
  const rows = withHeader(text, ['userPrincipalName', 'userPrincipalName']);
  for (const r of rows) if (!r.every(isAddress)) throw new Error(`not UPNs: ${r.join(',')}`);
  return rows;
}

export function checkBitTitan(text: string): Rows {
  const rows = withHeader(text, ['Source Email', 'Source Login Name', 'Source Password', 'Destination Email', 'Destination Login Name', 'Destination Password', 'Flags']);
  for (const r of rows) if (!isAddress(r[0]!) || !isAddress(r[3]!)) throw new Error(`required e-mails: ${r.join(',')}`);
  return rows;
}

export function checkSpmt(text: string): Rows {
  const rows = csvRows(text, 3);
  for (const [a, b, c] of rows) {
    if (a === '' || b === '') throw new Error('all three columns are required');
    if (c !== 'TRUE' && c !== 'FALSE') throw new Error(`column C ${c}`);
    if (c === 'FALSE' && !isAddress(b!)) throw new Error(`user row target not a UPN: ${b}`);
  }
  return rows;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface GraphItem {
  removed: boolean;
  source: string;
  target?: string;
  type?: string;
}

/** A PATCH body of the Graph mapping API: '#$delta', at most 50 items, each item complete. */
export function checkGraphBody(text: string, kind: 'user' | 'group'): GraphItem[] {
  const body = JSON.parse(text) as { '@context': string; value: Record<string, unknown>[] };
  if (body['@context'] !== '#$delta') throw new Error('@context');
  if (!Array.isArray(body.value) || body.value.length === 0 || body.value.length > 50) throw new Error(`items ${body.value?.length}`);
  return body.value.map((item) => {
    const id = (k: string): Record<string, string> => (item[k] ?? {}) as Record<string, string>;
    if (kind === 'user') {
      if (item['@odata.type'] !== '#microsoft.graph.sharePointUserIdentityMapping') throw new Error('@odata.type');
      const source = id('sourceUserIdentity')['userPrincipalName'] ?? '';
      if (!isAddress(source)) throw new Error(`source ${source}`);
      if (item['@removed'] !== undefined) {
        if (JSON.stringify(item['@removed']) !== '{"reason":"deleted"}' || Object.keys(item).length !== 3) throw new Error('removal item');
        return { removed: true, source };
      }
      const target = id('targetUserIdentity')['userPrincipalName'] ?? '';
      if (!GUID.test(String(item['sourceOrganizationId']))) throw new Error('sourceOrganizationId');
      if (!['regularUser', 'guestUser', 'adminUser'].includes(String(item['userType']))) throw new Error('userType');
      if (!isAddress(target) || !isAddress(id('targetUserMigrationData')['email'] ?? '')) throw new Error('target');
      return { removed: false, source, target, type: String(item['userType']) };
    }
    if (item['@odata.type'] !== '#microsoft.graph.sharePointGroupIdentityMapping') throw new Error('@odata.type');
    const source = id('sourceGroupIdentity')['id'] ?? '';
    if (!GUID.test(source)) throw new Error(`source ${source}`);
    if (item['@removed'] !== undefined) return { removed: true, source };
    const target = id('targetGroupIdentity')['id'] ?? '';
    if (!GUID.test(target) || !GUID.test(String(item['sourceOrganizationId']))) throw new Error('ids');
    const type = String(item['groupType']);
    if (!['regularGroup', 'm365Group'].includes(type)) throw new Error('groupType');
    const nick = id('targetGroupMigrationData')['mailNickname'];
    if (type === 'm365Group' && !/^[A-Za-z0-9_-]+$/.test(nick ?? '')) throw new Error(`mailNickname ${nick}`);
    return { removed: false, source, target, type };
  });
}
