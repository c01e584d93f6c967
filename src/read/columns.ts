// Header aliases for every export flavour of facts §9: Entra admin center "Download users"
// and "Download groups" (both header generations), Get-MgUser/Get-MgGroup | Export-Csv,
// Get-AzureADUser/Get-AzureADMSGroup, Get-MsolUser, and the Entra "Bulk create users" template
// (facts §16.5; its bracketed property names). Headers compare case-insensitively,
// ignoring spaces, dots, dashes and underscores ("User principal name" = userPrincipalName).

import { CtmapError } from '../errors.js';
import type { Kind } from '../model.js';

export const FIELDS = [
  'id',
  'upn',
  'mail',
  'proxyAddresses',
  'otherMails',
  'givenName',
  'surname',
  'displayName',
  'employeeId',
  'immutableId',
  'userType',
  'accountEnabled',
  'blockCredential',
  'mailNickname',
  'groupTypes',
  'securityEnabled',
  'mailEnabled',
  'membershipType',
] as const;

export type Field = (typeof FIELDS)[number];

const ALIASES: Record<Field, readonly string[]> = {
  id: ['id', 'objectId', 'object id'],
  upn: ['userPrincipalName', 'user principal name', 'upn'],
  mail: ['mail', 'email', 'primarySmtpAddress', 'windowsEmailAddress'],
  proxyAddresses: ['proxyAddresses', 'proxy addresses', 'emailAddresses'],
  otherMails: ['otherMails', 'alternateEmailAddress', 'alternate email address', 'otherMail'],
  givenName: ['givenName', 'given name', 'firstName', 'first name'],
  surname: ['surname', 'sn', 'lastName', 'last name', 'familyName'],
  displayName: ['displayName', 'display name', 'name'],
  employeeId: ['employeeId', 'employee id', 'employeeNumber'],
  immutableId: ['onPremisesImmutableId', 'immutableId', 'on premises immutable id'],
  userType: ['userType', 'user type'],
  accountEnabled: ['accountEnabled', 'account enabled', 'enabled', 'block sign in'],
  blockCredential: ['blockCredential', 'block credential'],
  mailNickname: ['mailNickname', 'mail nickname', 'alias'],
  groupTypes: ['groupTypes', 'groupType', 'group type', 'group types'],
  securityEnabled: ['securityEnabled', 'security enabled'],
  mailEnabled: ['mailEnabled', 'mail enabled'],
  membershipType: ['membershipType', 'membership type'],
};

// 'block sign in' is listed under accountEnabled so that it is recognized, but its values are
// inverted; the reader asks invertedHeaders for it.
const INVERTED = new Set(['blocksignin', 'blockcredential']);

export const REQUIRED: Record<Kind, readonly Field[]> = {
  user: ['upn'],
  group: ['id'],
};

const BRACKETED = /\[([A-Za-z]+)\]/;

/** A header as aliases are compared: the bracketed property of the bulk-create template, folded. */
export function headerKey(h: string): string {
  return foldHeader(BRACKETED.exec(h)?.[1] ?? h);
}

export function foldHeader(h: string): string {
  return h.toLowerCase().replace(/[\s._-]+/g, '');
}

export interface ColumnMap {
  /** Column index per field, for the fields the header has. */
  index: Partial<Record<Field, number>>;
  /** Fields whose column holds the inverse of the field (BlockCredential, "Block sign in"). */
  inverted: ReadonlySet<Field>;
}

/**
 * Resolves the header row to field positions. Extra aliases (from the config file) are tried
 * before the built-in ones, so a config can repoint a field at another column.
 */
export function resolveColumns(
  header: readonly string[],
  headerLine: number,
  kind: Kind,
  file: string,
  extra: Partial<Record<Field, readonly string[]>> = {},
): ColumnMap {
  const position = new Map<string, number>();
  const blockSignIn = new Set<number>();
  header.forEach((h, i) => {
    // The Entra bulk-create template names the property in brackets: 'User name [userPrincipalName] Required'.
    const folded = headerKey(h);
    if (!position.has(folded)) position.set(folded, i);
    if (foldHeader(h).startsWith('blocksignin')) blockSignIn.add(i);
  });
  const index: Partial<Record<Field, number>> = {};
  const inverted = new Set<Field>();
  for (const field of FIELDS) {
    for (const alias of [...(extra[field] ?? []), ...ALIASES[field]]) {
      const at = position.get(foldHeader(alias));
      if (at === undefined) continue;
      index[field] = at;
      if (INVERTED.has(foldHeader(alias))) inverted.add(field);
      break;
    }
  }
  // 'Block sign in (Yes/No) [accountEnabled]' holds the inverse of what its bracket names.
  if (index.accountEnabled !== undefined && blockSignIn.has(index.accountEnabled)) inverted.add('accountEnabled');
  // MSOnline exports carry BlockCredential instead of an enabled flag.
  if (index.accountEnabled === undefined && index.blockCredential !== undefined) {
    index.accountEnabled = index.blockCredential;
    inverted.add('accountEnabled');
  }
  delete index.blockCredential;

  for (const field of REQUIRED[kind]) {
    if (index[field] === undefined) {
      throw new CtmapError('missing-column', {
        file,
        line: headerLine,
        column: field,
        found: header,
        expected: [...(extra[field] ?? []), ...ALIASES[field]],
      });
    }
  }
  return { index, inverted };
}
