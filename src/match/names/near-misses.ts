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
import { nameFeatures, nameFrequencies, type NameFeatures, type NameFrequencies } from './features.js';
import type { NameToken, PersonName } from './person.js';

const SWAPPED_RULES: readonly BlockingRule[] = BLOCKING_RULES.map(({ source, target, ...rule }) => ({
  ...rule,
  ...(target && { source: target }),
  ...(source && { target: source }),
}));

/** Near misses listed per unmatched source, closest first. */
export const NEAR_MISSES_SHOWN = 3;

/**
 * Distinct target names whose features exist at once. Each slice indexes the unmatched sources
 * again (at 1,000,000 users about 52,000 of them), so slices stay large: eight of 100,000 names
 * spent 2 s of 43 building those indexes.
 */
const PROBE_SLICE = 250_000;

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
  const probe = unmatchedSources(assignments, sources);
  if (probe.length === 0 || targets.length === 0) return [...assignments];

  // Who holds each target: the source it is assigned or proposed to.
  const holder = new Map<Principal, Assignment>();
  for (const a of assignments) if (a.best && a.reason !== 'decision-reject' && !holder.has(a.best.target)) holder.set(a.best.target, a);
  const frequencies = input.frequencies ?? nameFrequencies([...sourceNames, ...targetNames]);
  const sourceFeatures = probe.map((i) => nameFeatures(sourceNames[i]!));
  // Targets with the same given name and surname share their token lists (NameCache), and so
  // their blocks and their comparison level with a source: each distinct name is blocked and
  // compared once, not once per namesake.
  const groups = sameNames(targetNames);
  // blockPairs indexes its second argument: the few unmatched sources are indexed and every
  // distinct target name probes them, each rule's source and target conditions swapped to match.
  // The names probe a slice at a time, their features made per slice: at a million targets,
  // features of every name held at once were collected again and again with the whole heap.
  const groupsOf: number[][] = probe.map(() => []);
  for (let from = 0; from < groups.count; from += PROBE_SLICE) {
    const to = Math.min(groups.count, from + PROBE_SLICE);
    const features: NameFeatures[] = [];
    for (let g = from; g < to; g++) features.push(nameFeatures(targetNames[groups.first[g]!]!));
    const { pairs } = blockPairs(features, sourceFeatures, SWAPPED_RULES);
    pairs.forEach((found, i) => {
      for (const p of found.keys()) groupsOf[p]!.push(from + i);
    });
  }

  const missesOf = new Map<Principal, NearMiss[]>();
  groupsOf.forEach((found, p) => {
    const si = probe[p]!;
    const s = sources[si]!;
    const sf = sourceFeatures[p]!;
    // A name's level and common-name weighting bound the score of all its targets: names are
    // visited best bound first, and once three misses score above the next bound none can enter.
    // The bound depends on the source and the level only: worked out once per level it takes.
    const bounds = new Map<NameLevel, number>();
    const levels: { g: number; level: NameLevel; bound: number }[] = [];
    for (const g of found) {
      const level = compareNames(sf.name, targetNames[groups.first[g]!]!);
      if (!level) continue;
      let bound = bounds.get(level);
      if (bound === undefined) bounds.set(level, (bound = levelScore(level, expectedNamesakes(sf, level, frequencies, targets.length))));
      levels.push({ g, level, bound });
    }
    levels.sort((a, b) => b.bound - a.bound || a.g - b.g);
    const misses: (NearMiss & { ti: number })[] = [];
    for (const { g, level, bound } of levels) {
      if (misses.length >= NEAR_MISSES_SHOWN && misses[NEAR_MISSES_SHOWN - 1]!.score > bound) break;
      for (let ti = groups.first[g]!; ti !== -1; ti = groups.next[ti]!) {
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

/** The unmatched user sources, by position in sources, in assignment order. */
function unmatchedSources(assignments: readonly Assignment[], sources: readonly Principal[]): number[] {
  // Only the few unmatched are looked up: a map of every source to its position cost a
  // million entries at a million users.
  const wanted = new Map<Principal, number>();
  for (const a of assignments) if (a.status === 'unmatched' && a.source.kind === 'user' && !wanted.has(a.source)) wanted.set(a.source, -1);
  if (wanted.size === 0) return [];
  sources.forEach((p, i) => {
    if (wanted.has(p)) wanted.set(p, i);
  });
  return assignments.flatMap((a) => {
    const i = a.status === 'unmatched' && a.source.kind === 'user' ? wanted.get(a.source) : undefined;
    return i === undefined || i === -1 ? [] : [i];
  });
}

/** Distinct target names, each a chain of target indexes in target order. */
interface NameGroups {
  count: number;
  /** A group's first target. */
  first: Int32Array;
  /** The next target of the same name, -1 after the last. */
  next: Int32Array;
}

/** Target indexes grouped by name: the same given-name and surname token lists, in target order. */
function sameNames(names: readonly PersonName[]): NameGroups {
  // Chains in typed arrays, not an array per name: a million small arrays outlived the stage.
  const first = new Int32Array(names.length);
  const next = new Int32Array(names.length).fill(-1);
  const last = new Int32Array(names.length);
  let count = 0;
  const byGiven = new Map<readonly NameToken[], Map<readonly NameToken[], number>>();
  names.forEach((n, i) => {
    let bySurname = byGiven.get(n.given);
    if (!bySurname) byGiven.set(n.given, (bySurname = new Map()));
    const g = bySurname.get(n.surname);
    if (g === undefined) {
      bySurname.set(n.surname, count);
      first[count] = i;
      last[count] = i;
      count++;
    } else {
      next[last[g]!] = i;
      last[g] = i;
    }
  });
  return { count, first, next };
}
