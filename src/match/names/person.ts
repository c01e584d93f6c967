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
  given: NameToken[];
  surname: NameToken[];
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'herr', 'frau', 'mme', 'mlle', 'm', 'sr', 'sra', 'srta', 'dott', 'ing']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'phd', 'md', 'esq', 'mba', 'jun', 'sen']);

export const EMPTY_NAME: PersonName = { given: [], surname: [] };

export function personName(p: Pick<Principal, 'givenName' | 'surname' | 'displayName'>): PersonName {
  const given = tokens(p.givenName, 'given');
  const surname = tokens(p.surname, 'surname');
  if (given.length > 0 || surname.length > 0) {
    return { given, surname };
  }
  return splitDisplayName(p.displayName);
}

export function splitDisplayName(displayName: string): PersonName {
  const text = stripNotes(displayName);
  const comma = text.indexOf(',');
  if (comma > 0) {
    return { surname: tokens(text.slice(0, comma), 'surname'), given: tokens(text.slice(comma + 1), 'given') };
  }
  const all = tokens(text, 'given');
  if (all.length <= 1) return { given: all, surname: [] };
  return { given: all.slice(0, -1), surname: all.slice(-1) };
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

export function hasName(n: PersonName): boolean {
  return n.given.length > 0 || n.surname.length > 0;
}

/** 'given surname' in folded form, for display and for keys. */
export function nameKey(n: PersonName): string {
  return [...n.given.slice(0, 1), ...n.surname].map((t) => t.v).join(' ');
}
