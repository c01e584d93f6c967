// Why an unmatched user has no candidate: the closest targets by name that were considered,
// each with the reason it was not proposed (score below the minimum, taken by another source,
// listed twice in its export, evidence against it). Explanation only: no decision changes.

import type { Assignment, NearMiss, Principal } from '../../model.js';
import { compareKeys } from '../../order.js';
import type { SharedIds } from '../candidates/exact.js';
import { negativeEvidence } from '../score/negative.js';
import { BLOCKING_RULES, blockPairs, type BlockingRule } from './blocking.js';
import { expectedNamesakes, levelScore, MIN_CANDIDATE_SCORE, NEGATIVE_PENALTY } from '../score/name-score.js';
import { compareNames } from './compare.js';
import { nameFeatures, nameFrequencies } from './features.js';
import type { PersonName } from './person.js';

const SWAPPED_RULES: readonly BlockingRule[] = BLOCKING_RULES.map(({ source, target, ...rule }) => ({
  ...rule,
  ...(target && { source: target }),
  ...(source && { target: source }),
}));

/** Near misses listed per unmatched source, closest first. */
export const NEAR_MISSES_SHOWN = 3;

export interface NearMissInput {
  assignments: readonly Assignment[];
  sources: readonly Principal[];
  targets: readonly Principal[];
  sourceNames: readonly PersonName[];
  targetNames: readonly PersonName[];
  shared: SharedIds;
  duplicateTargets: ReadonlySet<number>;
}

/** The assignments again, each unmatched user given its near misses when there are any. */
export function withNearMisses(input: NearMissInput): Assignment[] {
  const { assignments, sources, targets, sourceNames, targetNames, shared, duplicateTargets } = input;
  const indexOf = new Map<Principal, number>();
  sources.forEach((p, i) => indexOf.set(p, i));
  const probe = assignments.flatMap((a) => (a.status === 'unmatched' && a.source.kind === 'user' && indexOf.has(a.source) ? [indexOf.get(a.source)!] : []));
  if (probe.length === 0 || targets.length === 0) return [...assignments];

  // Who holds each target: the source it is assigned or proposed to.
  const holder = new Map<Principal, Assignment>();
  for (const a of assignments) if (a.best && a.reason !== 'decision-reject' && !holder.has(a.best.target)) holder.set(a.best.target, a);
  const frequencies = nameFrequencies([...sourceNames, ...targetNames]);
  const sourceFeatures = probe.map((i) => nameFeatures(sourceNames[i]!));
  const targetFeatures = targetNames.map((n) => nameFeatures(n));
  // blockPairs indexes its second argument: the few unmatched sources are indexed and every
  // target probes them, each rule's source and target conditions swapped to match.
  const { pairs } = blockPairs(targetFeatures, sourceFeatures, SWAPPED_RULES);
  const targetsOf: number[][] = probe.map(() => []);
  pairs.forEach((found, ti) => {
    for (const p of found.keys()) targetsOf[p]!.push(ti);
  });

  const missesOf = new Map<Principal, NearMiss[]>();
  targetsOf.forEach((found, p) => {
    const si = probe[p]!;
    const s = sources[si]!;
    const misses: NearMiss[] = [];
    for (const ti of found) {
      const level = compareNames(sourceFeatures[p]!.name, targetFeatures[ti]!.name);
      if (!level) continue;
      const t = targets[ti]!;
      const against = negativeEvidence(s, t, sourceNames[si]!, targetNames[ti]!, shared);
      const score = Math.max(0, levelScore(level, expectedNamesakes(sourceFeatures[p]!, level, frequencies, targets.length)) - NEGATIVE_PENALTY * against.length);
      const taken = holder.get(t);
      const base = { target: t, score, level: level.id };
      if (duplicateTargets.has(ti)) misses.push({ ...base, why: 'target-duplicate' });
      else if (taken !== undefined) misses.push({ ...base, why: 'taken', other: taken.source.key, otherStatus: taken.status });
      else if (against.length > 0) misses.push({ ...base, why: 'against', against: against.map((e) => e.rule) });
      else if (score < MIN_CANDIDATE_SCORE) misses.push({ ...base, why: 'below-minimum' });
    }
    if (misses.length === 0) return;
    misses.sort((a, b) => b.score - a.score || compareKeys(a.target.key, b.target.key));
    missesOf.set(s, misses.slice(0, NEAR_MISSES_SHOWN));
  });
  return assignments.map((a) => {
    const misses = missesOf.get(a.source);
    return misses === undefined ? a : { ...a, nearMisses: misses };
  });
}
