// The attribute rules of assign: a name candidate that supporting attributes back by at least
// DECISIVE bits (odds of about 1000 to 1), far ahead of its runner-up and with nothing against
// it, is as good as an identifier; a unique exact name that attributes contradict is not. A
// pair related by the surname alone never is: the person's spouse may be the only such target.

import type { Candidate, NameLevelId } from '../../model.js';
import { attributePoints } from '../attributes/apply.js';

/** Attribute weight (bits) that, on top of a name match, decides a pair. */
export const ATTRIBUTES_DECISIVE = 10;
/** Half a name (a married name: the given name kept) needs more: about 30,000 to 1. */
export const ATTRIBUTES_DECISIVE_HALF_NAME = 15;
/** Points the best must lead its runner-up by. */
export const ATTRIBUTES_MARGIN = 10;
/** Attribute weight (bits) against a unique exact name that sends it to a reviewer. */
export const ATTRIBUTES_DOUBT = 6;

export function attributesDecide(best: Candidate, runnerUp: Candidate | undefined): boolean {
  if (best.evidence.some((e) => e.strength === 'negative')) return false;
  const level = nameLevelOf(best);
  // Only the surname related: a spouse or a sibling shares a surname and a home address.
  if (level === 'surname-only') return false;
  if (attributePoints(best) < (level === 'given-only' ? ATTRIBUTES_DECISIVE_HALF_NAME : ATTRIBUTES_DECISIVE)) return false;
  return !runnerUp || best.score - runnerUp.score >= ATTRIBUTES_MARGIN;
}

function nameLevelOf(c: Candidate): NameLevelId | undefined {
  for (const e of c.evidence) if (e.rule === 'name-similar') return e.level;
  return undefined;
}
