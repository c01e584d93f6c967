// The attributes a pre-created account copies from its source (facts §16.5), read from a users
// export apart from the matching fields: the matcher never needs them.

import type { ParsedExport } from './index.js';
import { headerKey } from './columns.js';

export const ATTRIBUTES = ['jobTitle', 'department', 'usageLocation', 'country', 'office', 'city'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];
export type Attributes = Readonly<Record<Attribute, string>>;

const ALIASES: Record<Attribute, readonly string[]> = {
  jobTitle: ['jobTitle', 'title'],
  department: ['department'],
  usageLocation: ['usageLocation'],
  country: ['country', 'countryOrRegion'],
  office: ['officeLocation', 'physicalDeliveryOfficeName', 'office'],
  city: ['city'],
};

/** Attributes per row, keyed by the row's file line (the principal's origin). */
export function userAttributes(parsed: ParsedExport): Map<number, Attributes> {
  const keys = parsed.table.header.map(headerKey);
  const at = Object.fromEntries(ATTRIBUTES.map((a) => [a, ALIASES[a].map(headerKey).map((k) => keys.indexOf(k)).find((i) => i >= 0) ?? -1])) as Record<Attribute, number>;
  const result = new Map<number, Attributes>();
  for (const { values, line } of parsed.table.rows) {
    result.set(line, Object.fromEntries(ATTRIBUTES.map((a) => [a, at[a] < 0 ? '' : (values[at[a]] ?? '').trim()])) as Attributes);
  }
  return result;
}
