// The name score: a comparison level's base, less a penalty for common names (from the number
// of chance namesakes expected in the target tenant), less a fixed penalty per piece of evidence
// against the pair; and the limits that turn a score into a candidate or into medium evidence.

import type { NameLevel } from '../names/compare.js';
import type { NameFeatures, NameFrequencies } from '../names/features.js';

/** Candidates scoring below this are not worth a reviewer's time. */
export const MIN_CANDIDATE_SCORE = 25;
/** An exact name is medium evidence only when fewer unrelated namesakes than this are expected. */
export const COMMON_NAME_LIMIT = 0.05;
/** Points each piece of evidence against a pair takes off its score. */
export const NEGATIVE_PENALTY = 30;
/** Candidates kept per source, best first: the reviewer sees the best and the runner-up. */
export const KEEP = 5;

/**
 * How many principals of the target tenant would carry this name by chance, from the name's
 * frequency in both tenants: a match on "John Smith" means less than one on "Ottoline Quist".
 */
export function expectedNamesakes(f: NameFeatures, level: NameLevel, freq: NameFrequencies, targetCount: number): number {
  const total = Math.max(1, freq.total);
  const usesGiven = level.id !== 'given-missing' && f.givenKey !== '';
  const usesSurname = level.id !== 'surname-missing' && f.surnameKey !== '';
  const initialOnly = level.id === 'initial' || f.givenKey.length === 1;
  // The pair's own occurrences (the source, and the target when the names are equal) are not
  // namesakes; one more occurrence is assumed, so that a name seen only here is not certain.
  const own = level.id === 'exact' ? 2 : 1;
  const share = (count: number | undefined): number => (Math.max((count ?? 0) - own, 0) + 1) / total;
  const pGiven = !usesGiven ? 1 : initialOnly ? 0.05 : share(freq.given.get(f.givenKey));
  const pSurname = usesSurname ? share(freq.surname.get(f.surnameKey)) : 1;
  return pGiven * pSurname * targetCount;
}

export function levelScore(level: NameLevel, expected: number): number {
  const penalty = Math.min(30, Math.round(10 * Math.log10(1 + 100 * expected)));
  return Math.max(0, level.base - penalty);
}
