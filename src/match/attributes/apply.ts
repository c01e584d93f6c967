// Supporting attributes add to or take from a name candidate's score: each learned attribute
// whose values are present on both sides adds its level's weight (in bits, one point each).
// They are applied to name candidates only, so they never map anyone alone.

import type { AttributeLevel, Candidate, ScoreTerm } from '../../model.js';
import { compareKeys } from '../../order.js';
import { compareValues } from './levels.js';
import type { AttributeModel } from './learn.js';
import type { AttributeValues } from './values.js';

export interface Weigher {
  model: AttributeModel;
  sourceValues: AttributeValues;
  targetValues: AttributeValues;
}

/** A source's name candidates with their attribute terms added, best first again. */
export function weighCandidates(list: readonly Candidate[], weigher: Weigher): readonly Candidate[] {
  if (list.length === 0) return list;
  const weighed = list.map((c) => weighOne(c, weigher));
  return weighed.sort((a, b) => b.score - a.score || compareKeys(a.target.key, b.target.key));
}

function weighOne(c: Candidate, { model, sourceValues, targetValues }: Weigher): Candidate {
  const added: ScoreTerm[] = [];
  let tenths = 0;
  for (const learned of model.attributes) {
    if (!learned.learned) continue;
    const a = sourceValues.get(c.source, learned.attribute);
    const b = a === '' ? '' : targetValues.get(c.target, learned.attribute);
    if (b === '') continue;
    const level = compareValues(learned.attribute, a, b);
    const weight = weightOf(learned.levels, level);
    if (weight === 0) continue;
    added.push({ term: 'attribute', attribute: learned.attribute, level, points: weight });
    // Summed in tenths: the weights have one decimal, and a float sum would depend on order.
    tenths += Math.round(weight * 10);
  }
  if (added.length === 0) return c;
  return { ...c, score: (Math.round(c.score * 10) + tenths) / 10, terms: [...(c.terms ?? []), ...added] };
}

function weightOf(levels: readonly { level: AttributeLevel; weight: number }[], level: AttributeLevel): number {
  return levels.find((l) => l.level === level)?.weight ?? 0;
}

/** The points a candidate's supporting attributes added (negative when they took away). */
export function attributePoints(c: Candidate): number {
  let tenths = 0;
  for (const t of c.terms ?? []) if (t.term === 'attribute') tenths += Math.round(t.points * 10);
  return tenths / 10;
}
