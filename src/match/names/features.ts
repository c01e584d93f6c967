// What blocking and scoring need of a name, computed once per principal.

import type { NameToken, PersonName } from './person.js';

export interface NameFeatures {
  name: PersonName;
  /** Spellings of the first given name: folded, and the umlaut form when it differs. */
  given: readonly string[];
  /** Spellings of the whole surname, its parts joined. */
  surname: readonly string[];
  /** The canonical "given surname" used to count namesakes and weigh common names. */
  fullKey: string;
  givenKey: string;
  surnameKey: string;
}

export function nameFeatures(name: PersonName): NameFeatures {
  const first = name.given[0];
  const given = first ? spellings(first) : [];
  const { surnameJoined: surnameV, surnameJoinedAlt: surnameAlt } = name;
  const surname = surnameV === '' ? [] : surnameAlt === surnameV ? [surnameV] : [surnameV, surnameAlt];
  return { name, given, surname, fullKey: fullKeyOf(name), givenKey: givenKeyOf(name), surnameKey: name.surnameJoinedAlt };
}

export const givenKeyOf = (name: PersonName): string => {
  const first = name.given[0];
  return first ? (first.alt ?? first.v) : '';
};

/** The canonical "given surname" that namesakes share. */
export function fullKeyOf(name: PersonName): string {
  const given = givenKeyOf(name);
  return given === '' && name.surnameJoinedAlt === '' ? '' : `${given} ${name.surnameJoinedAlt}`;
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

export function nameFrequencies(all: readonly PersonName[]): NameFrequencies {
  const given = new Map<string, number>();
  const surname = new Map<string, number>();
  for (const n of all) {
    const g = givenKeyOf(n);
    if (g !== '') given.set(g, (given.get(g) ?? 0) + 1);
    if (n.surnameJoinedAlt !== '') surname.set(n.surnameJoinedAlt, (surname.get(n.surnameJoinedAlt) ?? 0) + 1);
  }
  return { given, surname, total: all.length };
}

/** For each name: whether another principal of the same tenant has the same full name. */
export function namesakes(names: readonly PersonName[]): boolean[] {
  // Keyed by the canonical given name, then the canonical surname: both strings are shared by
  // every principal with the same raw name, so counting allocates no key.
  const counts = new Map<string, Map<string, number>>();
  const countOf = (n: PersonName): Map<string, number> => {
    const given = givenKeyOf(n);
    let bySurname = counts.get(given);
    if (!bySurname) {
      bySurname = new Map();
      counts.set(given, bySurname);
    }
    return bySurname;
  };
  for (const n of names) {
    if (n.given.length === 0 && n.surnameJoinedAlt === '') continue;
    const bySurname = countOf(n);
    bySurname.set(n.surnameJoinedAlt, (bySurname.get(n.surnameJoinedAlt) ?? 0) + 1);
  }
  return names.map((n) => (counts.get(givenKeyOf(n))?.get(n.surnameJoinedAlt) ?? 0) > 1);
}
