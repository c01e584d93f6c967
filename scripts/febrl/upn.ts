// UPN local parts as an admin would create them from names: given.surname folded to ASCII, a
// repeat numbered in file order (john.smith, john.smith2, ...), the row number when a name is
// missing.

import { local } from '../synthetic/tenants.js';

export interface NamedRow {
  given: string;
  surname: string;
  row: number;
}

/** given.surname, or undefined when either name is empty. */
export function nameLocalPart(given: string, surname: string): string | undefined {
  const g = local(given);
  const s = local(surname);
  return g === '' || s === '' ? undefined : `${g}.${s}`;
}

/** One local part per row, unique within the list; `prefix` + row where a name is missing. */
export function localPartsFromNames(rows: readonly NamedRow[], prefix: string): string[] {
  const taken = new Set<string>();
  return rows.map((r) => {
    const base = nameLocalPart(r.given, r.surname) ?? `${prefix}${r.row}`;
    let part = base;
    for (let n = 2; taken.has(part); n++) part = `${base}${n}`;
    taken.add(part);
    return part;
  });
}
