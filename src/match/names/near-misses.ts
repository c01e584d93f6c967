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
  const probe = unmatchedUsers(assignments, sources);
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
  // blockPairs indexes its second argument: the few unmatched sources are indexed and every
  // distinct target name probes them, each rule's source and target conditions swapped to match.
  // A name's features (an object, two arrays and a string) are made when it probes and dropped
  // after, not kept for every distinct target name while all of them probe.
  const { pairs } = blockPairs({ length: groups.count, at: (g) => nameFeatures(targetNames[groups.first[g]!]!) }, sourceFeatures, SWAPPED_RULES);
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
      const level = compareNames(sf.name, targetNames[groups.first[g]!]!);
      if (level) levels.push({ g, level, bound: levelScore(level, expectedNamesakes(sf, level, frequencies, targets.length)) });
    }
    levels.sort((a, b) => b.bound - a.bound || a.g - b.g);
    const misses: (NearMiss & { ti: number })[] = [];
    for (const { g, level, bound } of levels) {
      if (misses.length >= NEAR_MISSES_SHOWN && misses[NEAR_MISSES_SHOWN - 1]!.score > bound) break;
      for (let ti = groups.first[g]!; ti >= 0; ti = groups.next[ti]!) {
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

/** The indexes of the unmatched users among the sources, in source order. */
function unmatchedUsers(assignments: readonly Assignment[], sources: readonly Principal[]): number[] {
  // A set of the few unmatched, not a map of every source to its index.
  const unmatched = new Set(assignments.flatMap((a) => (a.status === 'unmatched' && a.source.kind === 'user' ? [a.source] : [])));
  const probe: number[] = [];
  sources.forEach((s, i) => {
    if (unmatched.has(s)) probe.push(i);
  });
  return probe;
}

/**
 * Target indexes grouped by name (the same given-name and surname token lists): a group's first
 * member, and each member's next, -1 after the last, in target order. Chains, not an array per
 * name: most names are one target's, and a million small arrays cost a million objects.
 */
interface SameNames {
  count: number;
  first: Int32Array;
  next: Int32Array;
}

function sameNames(names: readonly PersonName[]): SameNames {
  const first = new Int32Array(names.length);
  const last = new Int32Array(names.length);
  const next = new Int32Array(names.length).fill(-1);
  let count = 0;
  const byGiven = new Map<readonly NameToken[], Map<readonly NameToken[], number>>();
  names.forEach((n, i) => {
    let bySurname = byGiven.get(n.given);
    if (!bySurname) byGiven.set(n.given, (bySurname = new Map()));
    const g = bySurname.get(n.surname);
    if (g === undefined) {
      bySurname.set(n.surname, count);
      first[count] = last[count] = i;
      count++;
    } else {
      next[last[g]!] = i;
      last[g] = i;
    }
  });
  return { count, first, next };
}
