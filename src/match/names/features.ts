// What blocking and scoring need of a name, computed once per principal.

import type { NameToken, PersonName } from './person.js';

export interface NameFeatures {
  name: PersonName;
  /** Spellings of the first given name: folded, and the umlaut form when it differs. */
  given: readonly string[];
  /** Spellings of the whole surname, its parts joined. */
  surname: readonly string[];
  /** Each surname part, when the surname has several (García-López). */
  parts: readonly string[];
  /** The canonical "given surname" used to count namesakes and weigh common names. */
  fullKey: string;
  givenKey: string;
  surnameKey: string;
}

export function nameFeatures(name: PersonName): NameFeatures {
  const first = name.given[0];
  const given = first ? spellings(first) : [];
  const surnameV = name.surname.map((t) => t.v).join('');
  const surnameAlt = name.surname.map((t) => t.alt ?? t.v).join('');
  const surname = surnameV === '' ? [] : surnameAlt === surnameV ? [surnameV] : [surnameV, surnameAlt];
  const parts = name.surname.length > 1 ? name.surname.flatMap(spellings) : [];
  const givenKey = first ? (first.alt ?? first.v) : '';
  const surnameKey = surnameAlt;
  return { name, given, surname, parts, fullKey: givenKey === '' && surnameKey === '' ? '' : `${givenKey} ${surnameKey}`, givenKey, surnameKey };
}

function spellings(t: NameToken): string[] {
  return t.alt === undefined ? [t.v] : [t.v, t.alt];
}

/** How often each given name and surname occurs across both tenants. */
export interface NameFrequencies {
  given: ReadonlyMap<string, number>;
  surname: ReadonlyMap<string, number>;
  total: number;
}

export function nameFrequencies(all: readonly NameFeatures[]): NameFrequencies {
  const given = new Map<string, number>();
  const surname = new Map<string, number>();
  for (const f of all) {
    if (f.givenKey !== '') given.set(f.givenKey, (given.get(f.givenKey) ?? 0) + 1);
    if (f.surnameKey !== '') surname.set(f.surnameKey, (surname.get(f.surnameKey) ?? 0) + 1);
  }
  return { given, surname, total: all.length };
}

/** Full names used by more than one principal of one tenant: namesakes. */
export function namesakeKeys(features: readonly NameFeatures[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const f of features) {
    if (f.fullKey === '') continue;
    if (seen.has(f.fullKey)) twice.add(f.fullKey);
    else seen.add(f.fullKey);
  }
  return twice;
}
