// The attribute rules of assign: a name candidate that supporting attributes back by at least
// DECISIVE bits (odds of about 1000 to 1), far ahead of its runner-up and with nothing against
// it, is as good as an identifier; a unique exact name that attributes contradict is not. A
// pair related by the surname alone never is: the person's spouse may be the only such target.

import type { Candidate, NameLevelId, Principal } from '../../model.js';
import { hasAgainst } from '../../model.js';
import { attributeBits } from '../attributes/apply.js';

/** Attribute weight (bits) that, on top of a name match, decides a pair. */
export const ATTRIBUTES_DECISIVE = 10;
/** Half a name (a married name: the given name kept) needs more: about 30,000 to 1. */
export const ATTRIBUTES_DECISIVE_HALF_NAME = 15;
/** Attribute points another candidate must lead the best by for the attributes to point elsewhere. */
export const ATTRIBUTES_ELSEWHERE = 5;
/** Points the best must lead its runner-up by. */
export const ATTRIBUTES_MARGIN = 10;
/** Attribute weight (bits) against a unique exact name that sends it to a reviewer. */
export const ATTRIBUTES_DOUBT = 6;

export function attributesDecide(best: Candidate, runnerUp: Candidate | undefined): boolean {
  if (hasAgainst(best)) return false;
  const level = nameLevelOf(best);
  // Only the surname related: a spouse or a sibling shares a surname and a home address. A name
  // found in the other field may be that surname too.
  if (level === 'surname-only' || level === 'crossed') return false;
  if (attributeBits(best) < (level === 'given-only' ? ATTRIBUTES_DECISIVE_HALF_NAME : ATTRIBUTES_DECISIVE)) return false;
  return !runnerUp || best.score - runnerUp.score >= ATTRIBUTES_MARGIN;
}

/**
 * The other candidates whose attributes agree clearly better than the best's (the source's phone
 * on a nickname variant, while an unrelated namesake holds the exact name): names and attributes
 * disagree on who the person is.
 */
export function attributesPointElsewhere(candidates: readonly Candidate[]): Principal[] {
  const [best, ...others] = candidates;
  if (!best) return [];
  const bar = attributeBits(best) + ATTRIBUTES_ELSEWHERE;
  return others.filter((c) => attributeBits(c) >= bar).map((c) => c.target);
}

function nameLevelOf(c: Candidate): NameLevelId | undefined {
  for (const e of c.evidence) if (e.rule === 'name-similar') return e.level;
  return undefined;
}

const VARIANTS: ReadonlySet<NameLevelId> = new Set(['nickname', 'typo', 'initial', 'swapped', 'surname-part', 'typo-both']);

/** A candidate whose name is a variant of the source's (a nickname, a typo), not half of it. */
export function isNameVariant(c: Candidate): boolean {
  const level = nameLevelOf(c);
  return level !== undefined && VARIANTS.has(level);
}
