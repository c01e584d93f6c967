// Why an unmatched user has no candidate: the closest targets by name that were considered,
// each with the reason it was not proposed (score below the minimum, taken by another source,
// listed twice in its export, evidence against it). Explanation only: no decision changes.

import type { Assignment, NearMiss, Principal } from '../../model.js';
import { compareKeys } from '../../order.js';
import type { SharedIds } from '../candidates/exact.js';
import { negativeEvidence } from '../score/negative.js';
import { BLOCKING_RULES, blockPairs, type BlockingRule } from './blocking.js';
import { expectedNamesakes, levelScore, MIN_CANDIDATE_SCORE, NEGATIVE_PENALTY } from '../score/name-score.js';
import { compareNames, type NameLevel } from './compare.js';
import { nameFeatures, nameFrequencies, type NameFrequencies } from './features.js';
import type { NameToken, PersonName } from './person.js';

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
  /** The name stage's frequencies, when it ran; else counted here. */
  frequencies?: NameFrequencies;
}

/** The assignments again, each unmatched user given its near misses when there are any. */
export function withNearMisses(input: NearMissInput): Assignment[] {
  const { assignments, sources, targets, sourceNames, targetNames, shared, duplicateTargets } = input;
  const indexOf = new Map<Principal, number>();
  sources.forEach((p, i) => indexOf.set(p, i));
  const probe = assignments.flatMap((a) => (a.status === 'unmatched' && a.source.kind === 'user' && indexOf.has(a.source) ? [indexOf.get(a.source)!] : []));
  if (probe.length === 0 || targets.length === 0) return [...assignments];

  // Who holds each target: the source it is assigned or proposed to.
  // Several sources may propose one target (each ambiguous): the one named is chosen by status
  // and key, never by the export's order.
  const holder = new Map<Principal, Assignment>();
  for (const a of assignments) {
    if (!a.best || a.reason === 'decision-reject') continue;
    const other = holder.get(a.best.target);
    if (!other || holdsBefore(a, other)) holder.set(a.best.target, a);
  }
  const frequencies = input.frequencies ?? nameFrequencies([...sourceNames, ...targetNames]);
  const sourceFeatures = probe.map((i) => nameFeatures(sourceNames[i]!));
  // Targets with the same given name and surname share their token lists (NameCache), and so
  // their blocks and their comparison level with a source: each distinct name is blocked and
  // compared once, not once per namesake.
  const groups = sameNames(targetNames);
  const groupFeatures = groups.map((members) => nameFeatures(targetNames[members[0]!]!));
  // blockPairs indexes its second argument: the few unmatched sources are indexed and every
  // distinct target name probes them, each rule's source and target conditions swapped to match.
  const { pairs } = blockPairs(groupFeatures, sourceFeatures, SWAPPED_RULES);
  const groupsOf: number[][] = probe.map(() => []);
  pairs.forEach((found, g) => {
    for (const p of found.keys()) groupsOf[p]!.push(g);
  });

  const missesOf = new Map<Principal, NearMiss[]>();
  groupsOf.forEach((found, p) => {
    const si = probe[p]!;
    const s = sources[si]!;
    const sf = sourceFeatures[p]!;
    // A name's level and common-name weighting bound the score of all its targets: names are
    // visited best bound first, and once three misses score above the next bound none can enter.
    const levels: { g: number; level: NameLevel; bound: number }[] = [];
    for (const g of found) {
      const level = compareNames(sf.name, groupFeatures[g]!.name);
      if (level) levels.push({ g, level, bound: levelScore(level, expectedNamesakes(sf, level, frequencies, targets.length)) });
    }
    levels.sort((a, b) => b.bound - a.bound || a.g - b.g);
    const misses: (NearMiss & { ti: number })[] = [];
    for (const { g, level, bound } of levels) {
      if (misses.length >= NEAR_MISSES_SHOWN && misses[NEAR_MISSES_SHOWN - 1]!.score > bound) break;
      for (const ti of groups[g]!) {
        const t = targets[ti]!;
        const against = negativeEvidence(s, t, sourceNames[si]!, targetNames[ti]!, shared);
        const score = Math.max(0, bound - NEGATIVE_PENALTY * against.length);
        const taken = holder.get(t);
        const base = { target: t, score, level: level.id, ti };
        if (duplicateTargets.has(ti)) misses.push({ ...base, why: 'target-duplicate' });
        else if (taken !== undefined) misses.push({ ...base, why: 'taken', other: taken.source.key, otherStatus: taken.status });
        else if (against.length > 0) misses.push({ ...base, why: 'against', against: against.map((e) => e.rule) });
        else if (score < MIN_CANDIDATE_SCORE) misses.push({ ...base, why: 'below-minimum' });
      }
      // Target order breaks the last ties, as when targets were visited in export order.
      misses.sort((a, b) => b.score - a.score || compareKeys(a.target.key, b.target.key) || a.ti - b.ti);
      misses.length = Math.min(misses.length, NEAR_MISSES_SHOWN);
    }
    if (misses.length === 0) return;
    missesOf.set(
      s,
      misses.map(({ ti: _, ...miss }) => miss),
    );
  });
  return assignments.map((a) => {
    const misses = missesOf.get(a.source);
    return misses === undefined ? a : { ...a, nearMisses: misses };
  });
}

const HOLDS: readonly Assignment['status'][] = ['decided', 'matched'];
const holdRank = (a: Assignment): number => {
  const rank = HOLDS.indexOf(a.status);
  return rank < 0 ? HOLDS.length : rank;
};
const holdsBefore = (a: Assignment, b: Assignment): boolean => {
  const rank = holdRank(a) - holdRank(b);
  return rank !== 0 ? rank < 0 : compareKeys(a.source.key, b.source.key) < 0;
};

/** Target indexes grouped by name: the same given-name and surname token lists, in target order. */
function sameNames(names: readonly PersonName[]): number[][] {
  const groups: number[][] = [];
  const byGiven = new Map<readonly NameToken[], Map<readonly NameToken[], number[]>>();
  names.forEach((n, i) => {
    let bySurname = byGiven.get(n.given);
    if (!bySurname) byGiven.set(n.given, (bySurname = new Map()));
    const group = bySurname.get(n.surname);
    if (group) group.push(i);
    else {
      const fresh = [i];
      bySurname.set(n.surname, fresh);
      groups.push(fresh);
    }
  });
  return groups;
}
