// The attributes a pre-created account copies from its source (facts §16.5), read from a users
// export by the same aliases as the supporting attributes (attribute-columns.ts).

import type { ParsedExport } from './index.js';
import { resolveAttributeColumns } from './attribute-columns.js';

export const ATTRIBUTES = ['jobTitle', 'department', 'usageLocation', 'country', 'office', 'city'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];
export type Attributes = Readonly<Record<Attribute, string>>;

/** Attributes per row, keyed by the row's file line (the principal's origin). */
export function userAttributes(parsed: ParsedExport): Map<number, Attributes> {
  const found = resolveAttributeColumns(parsed.table.header, ATTRIBUTES);
  const at = Object.fromEntries(ATTRIBUTES.map((a) => [a, found[a] ?? -1])) as Record<Attribute, number>;
  const result = new Map<number, Attributes>();
  for (const { values, line } of parsed.table.rows) {
    result.set(line, Object.fromEntries(ATTRIBUTES.map((a) => [a, at[a] < 0 ? '' : (values[at[a]] ?? '').trim()])) as Attributes);
  }
  return result;
}
