// Name comparison as an ordered list of levels; the first level that holds wins, and its id
// becomes the evidence label. Modelled on Splink's comparison levels.

import levenshtein from 'fast-levenshtein';
import type { NameLevelId } from '../../model.js';
import { areNicknames } from './nicknames.js';
import { tokenEquals, type NameToken, type PersonName } from './person.js';

export interface NameLevel {
  id: NameLevelId;
  /** Score before common-name weighting, 0..100. */
  base: number;
  test(s: PersonName, t: PersonName): boolean;
}

export const NAME_LEVELS: readonly NameLevel[] = [
  { id: 'exact', base: 90, test: (s, t) => givenEqual(s, t) && surnameEqual(s, t) && middleCompatible(s, t) },
  { id: 'swapped', base: 75, test: (s, t) => swapped(s, t) },
  { id: 'nickname', base: 70, test: (s, t) => givenNickname(s, t) && surnameEqual(s, t) },
  {
    id: 'typo',
    base: 70,
    test: (s, t) => (givenEqual(s, t) && surnameClose(s, t)) || (givenClose(s, t) && surnameEqual(s, t)),
  },
  { id: 'initial', base: 60, test: (s, t) => givenInitial(s, t) && surnameEqual(s, t) },
  { id: 'surname-part', base: 60, test: (s, t) => (givenEqual(s, t) || givenNickname(s, t)) && surnamePartShared(s, t) },
  { id: 'typo-both', base: 50, test: (s, t) => givenClose(s, t) && surnameClose(s, t) },
  { id: 'given-missing', base: 45, test: (s, t) => oneMissing(s.given, t.given) && surnameEqual(s, t) },
  { id: 'surname-missing', base: 40, test: (s, t) => oneMissing(s.surname, t.surname) && givenEqual(s, t) },
];

/**
 * Half a name: only the given name or only the surname is related. Never a name candidate on its
 * own; a pair that supporting attributes found (a married name: the given name kept, the surname
 * changed) is shown with it. Scored below the candidate minimum: only attributes lift it.
 */
export const PARTIAL_LEVELS: readonly NameLevel[] = [
  { id: 'given-only', base: 20, test: (s, t) => givenEqual(s, t) || givenNickname(s, t) || givenClose(s, t) },
  { id: 'surname-only', base: 10, test: (s, t) => surnameEqual(s, t) || surnameClose(s, t) || surnamePartShared(s, t) },
  // A name on the other side's other field: 'Kontopoylos Samuel' for 'Samuel Kontopoulos'.
  { id: 'crossed', base: 10, test: (s, t) => crossRelated(s, t) },
];

/** Whether a level relates only half of the names. */
export function isPartialLevel(id: NameLevelId): boolean {
  return PARTIAL_LEVELS.some((level) => level.id === id);
}

/** The first full level that holds, else the first partial one. */
export function compareNamesOrParts(s: PersonName, t: PersonName): NameLevel | undefined {
  return compareNames(s, t) ?? PARTIAL_LEVELS.find((level) => level.test(s, t));
}

export function compareNames(s: PersonName, t: PersonName): NameLevel | undefined {
  for (const level of NAME_LEVELS) if (level.test(s, t)) return level;
  return undefined;
}

/**
 * Both names are complete and share nothing: neither the given names nor the surnames are
 * related in any way, and they are not swapped. Contradicts an identifier match.
 */
export function namesContradict(s: PersonName, t: PersonName): boolean {
  if (s.given.length === 0 || s.surname.length === 0 || t.given.length === 0 || t.surname.length === 0) return false;
  const givenRelated = givenEqual(s, t) || givenNickname(s, t) || givenClose(s, t) || givenInitial(s, t);
  const surnameRelated = surnameEqual(s, t) || surnameClose(s, t) || surnamePartShared(s, t);
  return !givenRelated && !surnameRelated && !crossRelated(s, t);
}

// Given name and surname swapped, possibly with a typo as well: "Kontopoulos Samuel".
function crossRelated(s: PersonName, t: PersonName): boolean {
  const related = (token: NameToken | undefined, name: PersonName): boolean =>
    token !== undefined && name.surnameJoined !== '' && (sameAsSurname(token, name) || close(token.v, name.surnameJoined));
  return related(s.given[0], t) || related(t.given[0], s);
}

function first(tokens: readonly NameToken[]): NameToken | undefined {
  return tokens[0];
}

// One side's token joined with the other side's joined surname, in either spelling.
function sameAsSurname(a: NameToken | undefined, t: PersonName): boolean {
  if (a === undefined || t.surnameJoined === '') return false;
  return a.v === t.surnameJoined || a.v === t.surnameJoinedAlt || (a.alt !== undefined && a.alt === t.surnameJoined);
}

function givenEqual(s: PersonName, t: PersonName): boolean {
  const a = first(s.given);
  const b = first(t.given);
  return a !== undefined && b !== undefined && a.v.length > 1 && tokenEquals(a, b);
}

function surnameEqual(s: PersonName, t: PersonName): boolean {
  if (s.surnameJoined === '' || t.surnameJoined === '') return false;
  return s.surnameJoined === t.surnameJoined || s.surnameJoinedAlt === t.surnameJoined || s.surnameJoined === t.surnameJoinedAlt;
}

function middleCompatible(s: PersonName, t: PersonName): boolean {
  const a = s.given[1];
  const b = t.given[1];
  return a === undefined || b === undefined || a.v[0] === b.v[0];
}

function swapped(s: PersonName, t: PersonName): boolean {
  return sameAsSurname(s.given[0], t) && sameAsSurname(t.given[0], s) && !surnameEqual(s, t);
}

function givenNickname(s: PersonName, t: PersonName): boolean {
  const a = first(s.given);
  const b = first(t.given);
  return a !== undefined && b !== undefined && areNicknames(a.v, b.v);
}

function givenInitial(s: PersonName, t: PersonName): boolean {
  const a = first(s.given);
  const b = first(t.given);
  if (a === undefined || b === undefined) return false;
  return (a.v.length === 1 || b.v.length === 1) && a.v[0] === b.v[0];
}

function givenClose(s: PersonName, t: PersonName): boolean {
  const a = first(s.given);
  const b = first(t.given);
  return a !== undefined && b !== undefined && close(a.v, b.v);
}

function surnameClose(s: PersonName, t: PersonName): boolean {
  return s.surnameJoined !== '' && t.surnameJoined !== '' && close(s.surnameJoined, t.surnameJoined);
}

function surnamePartShared(s: PersonName, t: PersonName): boolean {
  if (s.surname.length < 2 && t.surname.length < 2) return false;
  return s.surname.some((a) => a.v.length > 1 && t.surname.some((b) => tokenEquals(a, b)));
}

function oneMissing(a: readonly NameToken[], b: readonly NameToken[]): boolean {
  return (a.length === 0) !== (b.length === 0);
}

/** Edits allowed for a typo: none up to 3 letters, 1 up to 7, 2 from 8. */
export function typoThreshold(length: number): number {
  if (length <= 3) return 0;
  return length >= 8 ? 2 : 1;
}

/** Within the typo threshold, an adjacent transposition counting as one edit. */
export function close(a: string, b: string): boolean {
  if (a === b) return false;
  const allowed = typoThreshold(Math.min(a.length, b.length));
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  if (isTransposition(a, b)) return true;
  return levenshtein.get(a, b) <= allowed;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
