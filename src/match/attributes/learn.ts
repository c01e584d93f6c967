// Each attribute's weight learned from the two tenants, as Splink does it: m is how often the
// attribute agrees (per level) among pairs that identifiers settled, u how often it agrees among
// random pairs, and the weight of a level is log2(m/u). An attribute that agrees no more often
// for true pairs than for random ones (a department reorganised at the merger) weighs nothing.
// Samples are drawn by a hash of the principal's key, so input order never changes a weight.

import type { AttributeLevel, AttributeWeight, Principal, SupportingAttribute } from '../../model.js';
import { compareKeys } from '../../order.js';
import { relatedAttributes } from './groups.js';
import { forEachRandomPair } from './random-pairs.js';
import { compareValues, levelsOf } from './levels.js';
import { compareCells, sampleMatrix, type AttributeValues } from './values.js';

/** Settled pairs used for m, at most. */
export const SETTLED_SAMPLE = 2000;
/** Principals per side used for u, at most. */
export const RANDOM_SAMPLE = 2000;
/** Random pairs compared for the close levels' u. */
export const RANDOM_PAIRS = 10000;
/** An attribute present on both sides of fewer settled pairs than this is not learned. */
export const MIN_SETTLED = 30;
/** A level's weight is kept within ± this many bits, so that one attribute never outweighs all. */
export const MAX_BITS = 12;

export interface SettledPair {
  source: Principal;
  target: Principal;
}

export interface LearnedAttribute {
  attribute: SupportingAttribute;
  /** Settled pairs where both values were present. */
  pairs: number;
  learned: boolean;
  levels: AttributeWeight[];
}

/** A learned attribute's weight at one level; 0 at a level it does not have. */
export function levelWeight(learned: LearnedAttribute, level: AttributeLevel): number {
  return learned.levels.find((l) => l.level === level)?.weight ?? 0;
}

export interface AttributeModel {
  attributes: LearnedAttribute[];
  /** Related attributes (an office and its address): each group counts once, by its strongest term. */
  related: SupportingAttribute[][];
  /** Where the settled pairs came from. */
  settled: { identifiers: number; names: number; sampled: number };
}

/** A run whose exports have no supporting attribute on both sides. */
export const NO_ATTRIBUTES: AttributeModel = { attributes: [], related: [], settled: { identifiers: 0, names: 0, sampled: 0 } };

export interface LearnInput {
  attributes: readonly SupportingAttribute[];
  sources: readonly Principal[];
  targets: readonly Principal[];
  settled: readonly SettledPair[];
  settledBy: { readonly identifiers: number; readonly names: number };
  sourceValues: AttributeValues;
  targetValues: AttributeValues;
}

export function learnWeights(input: LearnInput): AttributeModel {
  const { sourceValues, targetValues } = input;
  const settled = sampleBy(input.settled, (p) => p.source.key, SETTLED_SAMPLE);
  const sourceSample = sampleBy(input.sources.filter(hasAttributes), (p) => p.key, RANDOM_SAMPLE);
  const targetSample = sampleBy(input.targets.filter(hasAttributes), (p) => p.key, RANDOM_SAMPLE);
  // Each sample's values once, per attribute: the u estimates and the relation test read them.
  const sourceMatrix = sampleMatrix(sourceSample, sourceValues, input.attributes);
  const targetMatrix = sampleMatrix(targetSample, targetValues, input.attributes);
  const settledRows = settled.map((p) => [sourceValues.row(p.source), targetValues.row(p.target)] as const);
  // Settled pairs that both samples hold are one person, not a random pair: u leaves them out.
  const known = new Map(input.settled.map((p) => [p.source, p.target]));
  const targetAt = new Map(targetSample.map((t, i) => [t, i]));
  const knownInSamples = sourceSample.flatMap((s, i) => {
    const t = known.get(s);
    const j = t === undefined ? undefined : targetAt.get(t);
    return j === undefined ? [] : [[i, j] as const];
  });

  const attributes = input.attributes.map((attribute, at): LearnedAttribute => {
    const levels = levelsOf(attribute);
    // m: the levels among settled pairs with both values present.
    const mCounts = new Map<AttributeLevel, number>();
    let pairs = 0;
    for (const [sourceRow, targetRow] of settledRows) {
      const level = compareCells(attribute, sourceRow, targetRow);
      if (level === undefined) continue;
      pairs++;
      mCounts.set(level, (mCounts.get(level) ?? 0) + 1);
    }
    const unseen = new Set<AttributeLevel>();
    const ownEqual = knownInSamples.filter(([i, j]) => sourceMatrix[at]![i] !== '' && sourceMatrix[at]![i] === targetMatrix[at]![j]).length;
    const u = randomAgreement(attribute, present(sourceMatrix[at]!), present(targetMatrix[at]!), ownEqual, unseen);
    const learned = pairs >= MIN_SETTLED;
    const weights = levels.map((level) => {
      const uLevel = u.get(level) ?? 1;
      // One pseudo-pair spread as u: a level never seen among settled pairs is unlikely for them,
      // in proportion to how many settled pairs were seen.
      const m = ((mCounts.get(level) ?? 0) + uLevel) / (pairs + 1);
      // Reached by no pair at all (a company renamed at the merger is never equal): it says nothing.
      const said = learned && !(unseen.has(level) && !mCounts.has(level));
      return { attribute, level, m: round(m, 4), u: round(uLevel, 6), weight: said ? bits(m, uLevel) : 0 };
    });
    return { attribute, pairs, learned, levels: monotonic(weights) };
  });
  const isSettled = (s: number, t: number): boolean => known.get(sourceSample[s]!) === targetSample[t];
  const related = relatedAttributes(input.attributes, sourceMatrix, targetMatrix, isSettled);
  return { attributes, related, settled: { identifiers: input.settledBy.identifiers, names: input.settledBy.names, sampled: settled.length } };
}

const present = (values: readonly string[]): string[] => values.filter((v) => v !== '');

// u per level. Equal: exactly, from how often each value occurs in the two samples; close: from
// pairs drawn across the samples. Both smoothed by one, so a unique value is never certain.
function randomAgreement(
  attribute: SupportingAttribute,
  /** The values present in each sample. */
  a: readonly string[],
  b: readonly string[],
  /** Equal pairs of the samples that are settled pairs, not random ones. */
  ownEqual: number,
  /** Gets the levels no random pair reached. */
  unseen: Set<AttributeLevel>,
): Map<AttributeLevel, number> {
  const counts = new Map<string, number>();
  for (const v of b) counts.set(v, (counts.get(v) ?? 0) + 1);
  let equal = 0;
  for (const v of a) equal += counts.get(v) ?? 0;
  equal -= ownEqual;
  const uEqual = (equal + 1) / (a.length * b.length + 1);
  const result = new Map<AttributeLevel, number>([['equal', uEqual]]);
  if (equal === 0) unseen.add('equal');
  if (levelsOf(attribute).includes('close') && a.length > 0 && b.length > 0) {
    const draws = Math.min(RANDOM_PAIRS, a.length * b.length);
    let close = 0;
    forEachRandomPair(draws, a.length, b.length, (i, j) => {
      const x = a[i]!;
      const y = b[j]!;
      if (x !== y && compareValues(attribute, x, y) === 'close') close++;
    });
    if (close === 0) unseen.add('close');
    result.set('close', (close + 1) / (draws + 1));
  }
  const rest = 1 - [...result.values()].reduce((x, y) => x + y, 0);
  result.set('differs', Math.max(rest, 1e-6));
  return result;
}

// A close value is never better evidence than an equal one, nor worse than a different one.
function monotonic(levels: AttributeWeight[]): AttributeWeight[] {
  const equal = levels.find((l) => l.level === 'equal')?.weight ?? 0;
  const differs = levels.find((l) => l.level === 'differs')?.weight ?? 0;
  return levels.map((l) => (l.level === 'close' ? { ...l, weight: Math.min(equal, Math.max(differs, l.weight)) } : l));
}

function bits(m: number, u: number): number {
  const w = Math.log2(m / u);
  return round(Math.max(-MAX_BITS, Math.min(MAX_BITS, w)), 1);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function hasAttributes(p: Principal): boolean {
  return p.attributes !== undefined;
}

/**
 * At most `limit` items, chosen by a hash of their key and put in key order: the same items
 * and order whatever the input order.
 */
export function sampleBy<T>(items: readonly T[], keyOf: (item: T) => string, limit: number): T[] {
  const chosen = items.length <= limit ? [...items] : items.filter((item) => hash(keyOf(item)) < (limit / items.length) * 0x100000000);
  return chosen.sort((x, y) => compareKeys(keyOf(x), keyOf(y)));
}

// FNV-1a, 32 bits: cheap and well spread over e-mail-like keys.
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
