// Column 6: the enum names Add-SPOTenantIdentityMap knows (facts §4, §8.3), and the values
// people write instead, with the name they mean.

import type { MapKind } from './rows.js';

export const ROW_TYPES: Record<MapKind, readonly string[]> = {
  User: ['RegularUser', 'GuestUser', 'AdminUser'],
  Group: ['RegularGroup', 'O365Group', 'AdminGroup'],
};

/** In the enums, but never emitted by ctmap: Microsoft does not say what they do. */
export const ADMIN_TYPES: readonly string[] = ['AdminUser', 'AdminGroup'];

// Keys are lowercase. Graph's m365Group and the invented names of public toolkits
// (Member, Guest, SecurityGroup, M365Group) are not enum names (facts §8.3, §8.6).
const MEANT: Readonly<Record<string, Partial<Record<MapKind, string>>>> = {
  member: { User: 'RegularUser' },
  user: { User: 'RegularUser' },
  regular: { User: 'RegularUser', Group: 'RegularGroup' },
  guest: { User: 'GuestUser' },
  external: { User: 'GuestUser' },
  admin: { User: 'AdminUser', Group: 'AdminGroup' },
  group: { Group: 'RegularGroup' },
  security: { Group: 'RegularGroup' },
  securitygroup: { Group: 'RegularGroup' },
  mailenabledsecurity: { Group: 'RegularGroup' },
  m365group: { Group: 'O365Group' },
  m365: { Group: 'O365Group' },
  o365: { Group: 'O365Group' },
  microsoft365group: { Group: 'O365Group' },
  microsoft365: { Group: 'O365Group' },
  office365group: { Group: 'O365Group' },
  unified: { Group: 'O365Group' },
  unifiedgroup: { Group: 'O365Group' },
};

/** The enum name a value spells in another case ('regularUser' → 'RegularUser'). */
export function sameIgnoringCase(value: string, kind: MapKind): string | undefined {
  const v = value.toLowerCase();
  return ROW_TYPES[kind].find((t) => t.toLowerCase() === v);
}

/** The enum name an invented value most likely means, for the row's kind. */
export function meantType(value: string, kind: MapKind): string | undefined {
  return MEANT[value.toLowerCase().replace(/[\s_-]+/g, '')]?.[kind];
}

/** The enum name of column 6 when it is exactly right or only differs in case. */
export function resolvedType(value: string, kind: MapKind): string | undefined {
  return ROW_TYPES[kind].includes(value) ? value : sameIgnoringCase(value, kind);
}
