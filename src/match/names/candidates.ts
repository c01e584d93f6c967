// Name candidates for the sources that no identifier decided: blocked pairs, compared level by
// level, scored with common-name weighting, best first.

import { displayOf } from '../../display.js';
import type { Candidate, Evidence, Principal } from '../../model.js';
import { compareKeys } from '../../order.js';
import type { SharedIds } from '../exact.js';
import { negativeEvidence } from '../negative.js';
import { blockPairs, type BlockingStats } from './blocking.js';
import { compareNames, type NameLevel } from './compare.js';
import type { NameFeatures, NameFrequencies } from './features.js';

/** Candidates scoring below this are not worth a reviewer's time. */
export const MIN_CANDIDATE_SCORE = 25;
/** An exact name is medium evidence only when fewer unrelated namesakes than this are expected. */
export const COMMON_NAME_LIMIT = 0.05;
const NEGATIVE_PENALTY = 30;

export interface NameSide {
  principals: readonly Principal[];
  features: readonly NameFeatures[];
}

export interface NameCandidateInput {
  source: NameSide;
  target: NameSide;
  /** Source indexes to search for. */
  probe: readonly number[];
  /** Target indexes that may be proposed. */
  allowed: readonly number[];
  frequencies: NameFrequencies;
  shared: SharedIds;
}

export interface NameCandidates {
  /** Per source index: candidates, best first. */
  bySource: Map<number, Candidate[]>;
  blocking: BlockingStats;
  comparisons: number;
}

export function nameCandidates(input: NameCandidateInput): NameCandidates {
  const { source, target, probe, allowed, frequencies, shared } = input;
  const blocked = blockPairs(
    probe.map((i) => source.features[i]!),
    allowed.map((i) => target.features[i]!),
  );
  const bySource = new Map<number, Candidate[]>();
  let comparisons = 0;
  blocked.pairs.forEach((found, p) => {
    const si = probe[p]!;
    const s = source.principals[si]!;
    const sf = source.features[si]!;
    const list: Candidate[] = [];
    for (const [a, rule] of found) {
      const ti = allowed[a]!;
      const tf = target.features[ti]!;
      comparisons++;
      const level = compareNames(sf.name, tf.name);
      if (!level) continue;
      const t = target.principals[ti]!;
      const expected = expectedNamesakes(sf, level, frequencies, target.principals.length);
      const against = negativeEvidence(s, t, sf.name, tf.name, shared);
      const score = Math.max(0, levelScore(level, expected) - NEGATIVE_PENALTY * against.length);
      if (score < MIN_CANDIDATE_SCORE) continue;
      list.push({ source: s, target: t, evidence: [nameEvidence(s, t, level, expected), ...against], score, foundBy: `name:${rule}` });
    }
    if (list.length > 0) bySource.set(si, list.sort((a, b) => b.score - a.score || compareKeys(a.target.key, b.target.key)));
  });
  return { bySource, blocking: blocked.stats, comparisons };
}

/**
 * How many principals of the target tenant would carry this name by chance, from the name's
 * frequency in both tenants: a match on "John Smith" means less than one on "Ottoline Quist".
 */
export function expectedNamesakes(f: NameFeatures, level: NameLevel, freq: NameFrequencies, targetCount: number): number {
  const total = Math.max(1, freq.total);
  const usesGiven = level.id !== 'given-missing' && f.givenKey !== '';
  const usesSurname = level.id !== 'surname-missing' && f.surnameKey !== '';
  const initialOnly = level.id === 'initial' || f.givenKey.length === 1;
  const pGiven = !usesGiven ? 1 : initialOnly ? 0.05 : (freq.given.get(f.givenKey) ?? 1) / total;
  const pSurname = usesSurname ? (freq.surname.get(f.surnameKey) ?? 1) / total : 1;
  return pGiven * pSurname * targetCount;
}

export function levelScore(level: NameLevel, expected: number): number {
  const penalty = Math.min(30, Math.round(10 * Math.log10(1 + 100 * expected)));
  return Math.max(0, level.base - penalty);
}

function nameEvidence(s: Principal, t: Principal, level: NameLevel, expected: number): Evidence {
  const detail = `${displayOf(s)} / ${displayOf(t)}`;
  if (level.id === 'exact') {
    return { rule: 'name-exact', strength: expected < COMMON_NAME_LIMIT ? 'medium' : 'weak', detail };
  }
  return { rule: 'name-similar', strength: 'weak', detail, level: level.id };
}
