// Attributes that agree together by construction (an office, its street, postcode, city and
// country) are one piece of evidence, not six: summing them would count the same fact six times.
// Which attributes go together is learned from random pairs: two attributes are related when
// random pairs agree on both far more often than their separate rates predict.

import type { SupportingAttribute } from '../../model.js';
import { forEachRandomPair } from './random-pairs.js';

/** Random pairs agreeing on both at least this many times, before a relation is believed. */
const MIN_JOINT = 10;
/** Joint agreement this many times the independent expectation makes two attributes related. */
const LIFT = 3;
/** Random pairs drawn across the two samples. */
export const GROUP_PAIRS = 20000;

/** Groups of two or more related attributes, each in the order given. */
export function relatedAttributes(
  attributes: readonly SupportingAttribute[],
  /** Per attribute, the comparable values of each sample ('' when missing). */
  sources: readonly (readonly string[])[],
  targets: readonly (readonly string[])[],
  /** Pairs known to be one person (by sample index): they agree on everything, and are not random. */
  isSettled: (source: number, target: number) => boolean,
): SupportingAttribute[][] {
  const n = attributes.length;
  const ns = sources[0]?.length ?? 0;
  const nt = targets[0]?.length ?? 0;
  if (n < 2 || ns === 0 || nt === 0) return [];
  const draws = Math.min(GROUP_PAIRS, ns * nt);
  const equal = new Array<number>(n).fill(0);
  const joint = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const agreeing: number[] = [];
  forEachRandomPair(draws, ns, nt, (s, t) => {
    if (isSettled(s, t)) return;
    agreeing.length = 0;
    for (let a = 0; a < n; a++) {
      const x = sources[a]![s]!;
      if (x !== '' && x === targets[a]![t]) agreeing.push(a);
    }
    for (const a of agreeing) {
      equal[a]!++;
      for (const b of agreeing) if (b > a) joint[a]![b]!++;
    }
  });
  // Union-find over the related pairs.
  const parent = attributes.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const both = joint[a]![b]!;
      if (both >= MIN_JOINT && both * draws >= LIFT * equal[a]! * equal[b]!) parent[root(b)] = root(a);
    }
  }
  const groups = new Map<number, SupportingAttribute[]>();
  attributes.forEach((attribute, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), attribute]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
