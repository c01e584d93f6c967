// Candidates that supporting attributes find and names confirm: targets sharing a rare value
// with the source (a phone, a street: an attribute whose learned weight is high) whose names
// are related at some level, even half a name (a married name). Names blocking misses these when
// a name changed; attributes alone never make a candidate: a pair whose names share nothing is
// not one.

import type { Candidate, Principal, SupportingAttribute } from '../../model.js';
import type { SharedIds } from '../candidates/exact.js';
import { hitCandidate } from '../names/candidates.js';
import { compareNamesOrParts, isPartialLevel } from '../names/compare.js';
import { nameFeatures, type NameFrequencies } from '../names/features.js';
import type { PersonName } from '../names/person.js';
import { expectedNamesakes, levelScore, NEGATIVE_PENALTY } from '../score/name-score.js';
import { negativeEvidence } from '../score/negative.js';
import { levelWeight, type AttributeModel } from './learn.js';
import type { AttributeValues } from './values.js';

/** An attribute blocks only when agreeing on it weighs at least this many bits. */
export const BLOCKING_BITS = 8;
/** A value shared by more targets than this is no block (an office's street, a switchboard). */
export const MAX_BLOCK = 50;

export interface AttributeCandidateInput {
  model: AttributeModel;
  sources: readonly Principal[];
  targets: readonly Principal[];
  sourceNames: readonly PersonName[];
  targetNames: readonly PersonName[];
  sourceValues: AttributeValues;
  targetValues: AttributeValues;
  probe: readonly number[];
  allowed: readonly number[];
  frequencies: NameFrequencies;
  shared: SharedIds;
  /** Per mappable source: the name candidates found already. */
  known: readonly (readonly Candidate[])[];
}

/** Per probed source index: the candidates attributes found that names had not. */
export function attributeCandidates(input: AttributeCandidateInput): Map<number, Candidate[]> {
  const found = new Map<number, Candidate[]>();
  const blocking = input.model.attributes.filter((a) => a.learned && levelWeight(a, 'equal') >= BLOCKING_BITS).map((a) => a.attribute);
  if (blocking.length === 0) return found;
  const blocks = blocking.map((attribute) => ({ attribute, index: indexTargets(attribute, input.allowed, input.targets, input.targetValues) }));
  for (const si of input.probe) {
    const s = input.sources[si]!;
    if (s.attributes === undefined) continue;
    // Each target once per source, and none that the names stage proposed already.
    const seen = new Set<Principal>((input.known[si] ?? []).map((c) => c.target));
    const list: Candidate[] = [];
    for (const { attribute, index } of blocks) {
      const value = input.sourceValues.get(s, attribute);
      if (value === '') continue;
      for (const key of blockKeys(attribute, value)) {
        const block = index.get(key);
        if (!block || block.length > MAX_BLOCK) continue;
        for (const ti of block) {
          const t = input.targets[ti]!;
          if (seen.has(t)) continue;
          seen.add(t);
          const candidate = namedCandidate(input, si, ti, attribute);
          if (candidate) list.push(candidate);
        }
      }
    }
    if (list.length > 0) found.set(si, list);
  }
  return found;
}

// The pair as a name candidate when the names are related at some level, even by half.
function namedCandidate(input: AttributeCandidateInput, si: number, ti: number, attribute: SupportingAttribute): Candidate | undefined {
  const sName = input.sourceNames[si]!;
  const tName = input.targetNames[ti]!;
  const level = compareNamesOrParts(sName, tName);
  if (!level) return undefined;
  const s = input.sources[si]!;
  const t = input.targets[ti]!;
  const expected = isPartialLevel(level.id) ? 0 : expectedNamesakes(nameFeatures(sName), level, input.frequencies, input.targets.length);
  const against = negativeEvidence(s, t, sName, tName, input.shared);
  const score = Math.max(0, levelScore(level, expected) - NEGATIVE_PENALTY * against.length);
  return hitCandidate(s, { target: t, level, expected, score, rule: attribute, against }, `attributes:${attribute}`);
}

function indexTargets(attribute: SupportingAttribute, allowed: readonly number[], targets: readonly Principal[], values: AttributeValues): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const ti of allowed) {
    const value = values.get(targets[ti]!, attribute);
    if (value === '') continue;
    for (const key of blockKeys(attribute, value)) {
      const list = index.get(key);
      if (list) list.push(ti);
      else index.set(key, [ti]);
    }
  }
  return index;
}

// A street also blocks on its house number with each longer word, so that a typo in one word
// ('10 berne cresxent') or words in another order still meet.
function blockKeys(attribute: SupportingAttribute, value: string): string[] {
  if (attribute !== 'streetAddress') return [value];
  const words = value.split(' ');
  const number = words.find((w) => /^\d+[a-z]?$/.test(w));
  if (number === undefined) return [value];
  const keys = [value];
  for (const w of words) if (w.length >= 4 && w !== number) keys.push(`${number}|${w}`);
  return [...new Set(keys)];
}
