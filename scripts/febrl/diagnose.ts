// Why the name stage offers no candidate for a true pair whose names a comparison level
// relates: blocking never proposed it, or its score fell below the minimum. Recomputed with the
// matcher's own blocking and scoring over all sources and targets, as scripts/synthetic/recall.ts
// does; where identifiers decided other users first, the pipeline searched fewer of them.

import { blockPairs } from '../../src/match/names/blocking.js';
import { expectedNamesakes, levelScore, MIN_CANDIDATE_SCORE } from '../../src/match/score/name-score.js';
import { compareNames } from '../../src/match/names/compare.js';
import { nameFeatures, nameFrequencies } from '../../src/match/names/features.js';
import { personName } from '../../src/match/names/person.js';
import type { Principal } from '../../src/model.js';

/** Source key → why its true pair has no name candidate ('' when the name stage would offer it). */
export function nameStageGaps(sources: readonly Principal[], targets: readonly Principal[], truth: ReadonlyMap<string, string>): Map<string, string> {
  const sourceNames = sources.map((p) => personName(p));
  const targetNames = targets.map((p) => personName(p));
  const frequencies = nameFrequencies([...sourceNames, ...targetNames]);
  const sf = sourceNames.map(nameFeatures);
  const tf = targetNames.map(nameFeatures);
  const blocked = blockPairs(sf, tf).pairs;
  const targetAt = new Map(targets.map((t, i) => [t.key, i]));
  const gaps = new Map<string, string>();
  sources.forEach((s, i) => {
    const j = targetAt.get(truth.get(s.key) ?? '');
    if (j === undefined) return;
    const level = compareNames(sf[i]!.name, tf[j]!.name);
    if (!level) return;
    const score = levelScore(level, expectedNamesakes(sf[i]!, level, frequencies, targets.length));
    if (!blocked[i]!.has(j)) gaps.set(s.key, 'not proposed by blocking');
    else if (score < MIN_CANDIDATE_SCORE) gaps.set(s.key, `score below ${MIN_CANDIDATE_SCORE} before negative evidence`);
    else gaps.set(s.key, '');
  });
  return gaps;
}
