// A principal's name as folded tokens: given names (first, then middle), surname parts.
// Uses givenName/surname when present, else splits the display name ("Surname, Given" or
// "Given Middle Surname"). Titles, suffixes and bracketed notes ("(Contractor)") are dropped.

import type { Principal } from '../../model.js';
import { fold, foldUmlautAlternative } from './fold.js';

export interface NameToken {
  /** Folded form. */
  v: string;
  /** German umlaut spelling (mueller for Müller), when it differs. */
  alt: string | undefined;
}

export interface PersonName {
  given: readonly NameToken[];
  surname: readonly NameToken[];
  /** The surname parts joined ('garcialopez'), and joined in their umlaut spelling. */
  surnameJoined: string;
  surnameJoinedAlt: string;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'herr', 'frau', 'mme', 'mlle', 'm', 'sr', 'sra', 'srta', 'dott', 'ing']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'phd', 'md', 'esq', 'mba', 'jun', 'sen']);


interface TokenList {
  tokens: readonly NameToken[];
  joined: string;
  joinedAlt: string;
}

/**
 * Names repeat (thousands of Johns), so a run folds each distinct given name and surname once:
 * the cache maps a raw value to its tokens, shared by every principal that carries it. The raw
 * values are the keys as they are: a key built per principal would be hashed per principal.
 */
export class NameCache {
  readonly given = new Map<string, TokenList>();
  readonly surname = new Map<string, TokenList>();
}

export function personName(p: Pick<Principal, 'givenName' | 'surname' | 'displayName'>, cache: NameCache = new NameCache()): PersonName {
  const given = cached(p.givenName, 'given', cache.given);
  const surname = cached(p.surname, 'surname', cache.surname);
  if (given.tokens.length > 0 || surname.tokens.length > 0) {
    return { given: given.tokens, surname: surname.tokens, surnameJoined: surname.joined, surnameJoinedAlt: surname.joinedAlt };
  }
  return splitDisplayName(p.displayName);
}

function cached(raw: string, part: 'given' | 'surname', cache: Map<string, TokenList>): TokenList {
  let list = cache.get(raw);
  if (!list) {
    const t = tokens(raw, part);
    list = { tokens: t, joined: t.map((x) => x.v).join(''), joinedAlt: t.map((x) => x.alt ?? x.v).join('') };
    cache.set(raw, list);
  }
  return list;
}

export function splitDisplayName(displayName: string): PersonName {
  const text = stripNotes(displayName);
  const comma = text.indexOf(',');
  if (comma > 0) return withJoined(tokens(text.slice(comma + 1), 'given'), tokens(text.slice(0, comma), 'surname'));
  const all = tokens(text, 'given');
  if (all.length <= 1) return withJoined(all, []);
  return withJoined(all.slice(0, -1), all.slice(-1));
}

function withJoined(given: readonly NameToken[], surname: readonly NameToken[]): PersonName {
  return {
    given,
    surname,
    surnameJoined: surname.map((t) => t.v).join(''),
    surnameJoinedAlt: surname.map((t) => t.alt ?? t.v).join(''),
  };
}

function stripNotes(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
}

function tokens(raw: string, part: 'given' | 'surname'): NameToken[] {
  if (raw === '') return [];
  const text = stripNotes(raw);
  const folded = fold(text);
  if (folded === '') return [];
  const alternative = foldUmlautAlternative(text);
  const words = folded.split(' ');
  const altWords = alternative?.split(' ');
  const out: NameToken[] = [];
  words.forEach((v, i) => {
    // a title leads the given names; a suffix trails the surname (or a display name).
    if (part === 'given' && out.length === 0 && TITLES.has(v) && words.length > 1) return;
    if (SUFFIXES.has(v) && i === words.length - 1 && words.length > 1) return;
    const alt = altWords?.[i];
    out.push({ v, alt: alt !== undefined && alt !== v ? alt : undefined });
  });
  return out;
}

export function tokenEquals(a: NameToken, b: NameToken): boolean {
  return a.v === b.v || (a.alt !== undefined && a.alt === b.v) || (b.alt !== undefined && a.v === b.alt);
}
