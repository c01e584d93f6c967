// Supporting attributes add to or take from a candidate's score: each learned attribute whose
// values are present on both sides adds its level's weight (bits, POINTS_PER_BIT each). They
// weigh name candidates, and a rewritten pair the target-namesake rule doubts; a pair no name
// or identifier found never gets here, so they never map anyone alone.

import type { AttributeLevel, Candidate, ScoreTerm, SupportingAttribute } from '../../model.js';
import { compareKeys } from '../../order.js';
import type { AttributeModel } from './learn.js';
import { compareCells, type AttributeValues } from './values.js';

/**
 * Score points per bit of attribute weight. A name level's points span about 25 bits of odds
 * over their 50-point range (exact 90, typo 70, half a name 10-20), so a bit is worth two.
 */
export const POINTS_PER_BIT = 2;

export interface Weigher {
  /** The attributes that weigh something at some level, with each level's weight. */
  active: readonly { attribute: SupportingAttribute; weights: Readonly<Partial<Record<AttributeLevel, number>>> }[];
  related: AttributeModel['related'];
  sourceValues: AttributeValues;
  targetValues: AttributeValues;
}

/** What weighing needs of a model, looked up once per run rather than once per pair. */
export function weigherOf(model: AttributeModel, sourceValues: AttributeValues, targetValues: AttributeValues): Weigher {
  // Not learned, or weighing nothing at any level (a company renamed at the merger): left out.
  const active = model.attributes
    .filter((a) => a.learned && a.levels.some((l) => l.weight !== 0))
    .map((a) => ({ attribute: a.attribute, weights: Object.fromEntries(a.levels.map((l) => [l.level, l.weight])) }));
  return { active, related: model.related, sourceValues, targetValues };
}

/** A source's name candidates with their attribute terms added, best first again. */
export function weighCandidates(list: readonly Candidate[], weigher: Weigher): readonly Candidate[] {
  if (list.length === 0) return list;
  const weighed = list.map((c) => weighOne(c, weigher));
  return weighed.sort((a, b) => b.score - a.score || compareKeys(a.target.key, b.target.key));
}

function weighOne(c: Candidate, { active, related, sourceValues, targetValues }: Weigher): Candidate {
  let added: AttributeTerm[] = [];
  const sourceRow = sourceValues.row(c.source);
  const targetRow = targetValues.row(c.target);
  for (const { attribute, weights } of active) {
    const level = compareCells(attribute, sourceRow, targetRow);
    if (level === undefined) continue;
    const weight = weights[level] ?? 0;
    if (weight !== 0) added.push({ term: 'attribute', attribute, level, points: Math.round(weight * POINTS_PER_BIT * 10) / 10 });
  }
  for (const group of related) added = strongestOfGroup(added, group);
  if (added.length === 0) return c;
  // Summed in tenths: the weights have one decimal, and a float sum would depend on order.
  const tenths = added.reduce((sum, t) => sum + Math.round(t.points * 10), 0);
  return { ...c, score: (Math.round(c.score * 10) + tenths) / 10, terms: [...(c.terms ?? [{ term: 'identifier', points: c.score }]), ...added] };
}

type AttributeTerm = Extract<ScoreTerm, { term: 'attribute' }>;

// Related attributes are one fact: the most specific agreement (the highest weight) speaks for
// the group; when none agrees, the strongest disagreement does.
function strongestOfGroup(terms: AttributeTerm[], group: readonly SupportingAttribute[]): AttributeTerm[] {
  const members = terms.filter((t) => group.includes(t.attribute));
  if (members.length < 2) return terms;
  const agreeing = members.filter((t) => t.points > 0);
  const kept = agreeing.length > 0 ? agreeing.reduce((x, y) => (y.points > x.points ? y : x)) : members.reduce((x, y) => (y.points < x.points ? y : x));
  return terms.filter((t) => t === kept || !group.includes(t.attribute));
}

/** The weight (bits) a candidate's supporting attributes added; negative when they took away. */
export function attributeBits(c: Candidate): number {
  let tenths = 0;
  for (const t of c.terms ?? []) if (t.term === 'attribute') tenths += Math.round(t.points * 10);
  return tenths / 10 / POINTS_PER_BIT;
}
