// How two comparable values of one attribute compare, as Splink's comparison levels: equal,
// close (a typo in a street, a suburb or a postcode), or different. A missing value is no level:
// it says nothing either way.

import levenshtein from 'fast-levenshtein';
import type { AttributeLevel, SupportingAttribute } from '../../model.js';

/** The levels an attribute can reach besides 'differs', strongest first. */
const CLOSE_WITHIN: Partial<Record<SupportingAttribute, (a: string, b: string) => boolean>> = {
  streetAddress: (a, b) => sameWords(a, b) || within(a, b, a.length >= 8 ? 2 : 1),
  city: (a, b) => a.length >= 4 && within(a, b, a.length >= 8 ? 2 : 1),
  // Two digits swapped or one mistyped: '2612' / '2621'.
  postalCode: (a, b) => a.length === b.length && a.length >= 4 && oneTypo(a, b),
  jobTitle: (a, b) => sameWords(a, b),
  office: (a, b) => sameWords(a, b),
};

export function levelsOf(attribute: SupportingAttribute): readonly AttributeLevel[] {
  return CLOSE_WITHIN[attribute] ? ['equal', 'close', 'differs'] : ['equal', 'differs'];
}

/** Both values present (non-empty comparable forms). */
export function compareValues(attribute: SupportingAttribute, a: string, b: string): AttributeLevel {
  if (a === b) return 'equal';
  const close = CLOSE_WITHIN[attribute];
  if (!close) return 'differs';
  // Two offices or titles meet again and again: their typo test runs once.
  const key = `${attribute}\u0000${a}\u0000${b}`;
  let level = COMPARED.get(key);
  if (level === undefined) {
    if (COMPARED.size >= MAX_COMPARED) COMPARED.clear();
    level = close(a, b) ? 'close' : 'differs';
    COMPARED.set(key, level);
  }
  return level;
}

const COMPARED = new Map<string, AttributeLevel>();
const MAX_COMPARED = 200_000;

function within(a: string, b: string, edits: number): boolean {
  return Math.abs(a.length - b.length) <= edits && levenshtein.get(a, b) <= edits;
}

// The same words in another order: 'engineer senior' / 'senior engineer'.
function sameWords(a: string, b: string): boolean {
  if (a.length !== b.length || !a.includes(' ')) return false;
  return a.split(' ').sort().join(' ') === b.split(' ').sort().join(' ');
}

// One character mistyped, or two neighbours swapped.
function oneTypo(a: string, b: string): boolean {
  const differ: number[] = [];
  for (let i = 0; i < a.length && differ.length <= 2; i++) if (a[i] !== b[i]) differ.push(i);
  if (differ.length === 1) return true;
  const [i, j] = differ;
  return differ.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!];
}
