// Name candidates for the sources that no identifier decided: blocked pairs, compared level by
// level, scored with common-name weighting, best first.

import { displayOf } from '../../display.js';
import type { Candidate, Evidence, Principal, ScoreTerm } from '../../model.js';
import { compareKeys } from '../../order.js';
import type { SharedIds } from '../candidates/exact.js';
import { negativeEvidence } from '../score/negative.js';
import { blockPairs, BLOCKING_RULES, type BlockingStats } from './blocking.js';
import { compareNames, type NameLevel } from './compare.js';
import { nameFeatures, type NameFrequencies } from './features.js';
import type { PersonName } from './person.js';
import { NAME_WINDOW, type Limited } from './window.js';
import { COMMON_NAME_LIMIT, expectedNamesakes, KEEP, levelScore, MIN_CANDIDATE_SCORE, NEGATIVE_PENALTY } from '../score/name-score.js';

export interface NameSide {
  principals: readonly Principal[];
  names: readonly PersonName[];
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
  const { source, target, probe, frequencies, shared } = input;
  // By key: the window takes the first few of a family of namesakes, and those must not depend
  // on the order of the export.
  const allowed = [...input.allowed].sort((a, b) => compareKeys(target.principals[a]!.key, target.principals[b]!.key));
  // Features only for the principals that take part: most were decided by identifiers.
  const sourceFeatures = probe.map((i) => nameFeatures(source.names[i]!));
  const targetFeatures = allowed.map((i) => nameFeatures(target.names[i]!));
  const blocked = blockPairs(sourceFeatures, targetFeatures, BLOCKING_RULES, NAME_WINDOW);
  const bySource = new Map<number, Candidate[]>();
  let comparisons = 0;
  blocked.pairs.forEach((found, p) => {
    const si = probe[p]!;
    const s = source.principals[si]!;
    const sf = sourceFeatures[p]!;
    const hits: Hit[] = [];
    for (const [a, rule] of found) {
      const ti = allowed[a]!;
      const tf = targetFeatures[a]!;
      comparisons++;
      const level = compareNames(sf.name, tf.name);
      if (!level) continue;
      const t = target.principals[ti]!;
      const expected = expectedNamesakes(sf, level, frequencies, target.principals.length);
      const against = negativeEvidence(s, t, sf.name, tf.name, shared);
      const score = Math.max(0, levelScore(level, expected) - NEGATIVE_PENALTY * against.length);
      if (score >= MIN_CANDIDATE_SCORE) hits.push({ target: t, level, expected, score, rule, against });
    }
    if (hits.length === 0) return;
    // Only the best few become candidates: the reviewer sees the best and the runner-up.
    hits.sort((a, b) => b.score - a.score || compareKeys(a.target.key, b.target.key));
    const limited = blocked.limited.get(p);
    const kept = hits.slice(0, KEEP).map((h) => hitCandidate(s, h, `name:${h.rule}`));
    bySource.set(si, limited ? kept.map((c) => withLimitNote(c, limited)) : kept);
  });
  return { bySource, blocking: blocked.stats, comparisons };
}

/** The window's limit as a note on the pair: the reviewer knows not every namesake was compared. */
function withLimitNote(c: Candidate, l: Limited): Candidate {
  return { ...c, evidence: [...c.evidence, { rule: 'search-limited', strength: 'weak', block: l.key, targets: l.targets, compared: l.compared }] };
}

/** A compared pair as a candidate: the name evidence, the evidence against, the score's terms. */
export function hitCandidate(s: Principal, h: Hit, foundBy: string): Candidate {
  return { source: s, target: h.target, evidence: [nameEvidence(s, h.target, h.level, h.expected), ...h.against], score: h.score, terms: nameTerms(h), foundBy };
}

export interface Hit {
  target: Principal;
  level: NameLevel;
  expected: number;
  score: number;
  rule: string;
  against: readonly Evidence[];
}

function nameTerms(h: Hit): ScoreTerm[] {
  const terms: ScoreTerm[] = [{ term: 'name', level: h.level.id, points: h.level.base }];
  const common = levelScore(h.level, h.expected) - h.level.base;
  if (common !== 0) terms.push({ term: 'common-name', points: common });
  for (const e of h.against) terms.push({ term: 'against', rule: e.rule, points: -NEGATIVE_PENALTY });
  return terms;
}

function nameEvidence(s: Principal, t: Principal, level: NameLevel, expected: number): Evidence {
  const names = { source: displayOf(s), target: displayOf(t) };
  if (level.id === 'exact') {
    return { rule: 'name-exact', strength: expected < COMMON_NAME_LIMIT ? 'medium' : 'weak', ...names };
  }
  return { rule: 'name-similar', strength: 'weak', level: level.id, ...names };
}
