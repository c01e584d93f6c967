// The attribute rules of assign: a name candidate that supporting attributes back by at least
// DECISIVE bits (odds of about 1000 to 1), far ahead of its runner-up and with nothing against
// it, is as good as an identifier; a unique exact name that attributes contradict is not.

import type { Candidate } from '../../model.js';
import { attributePoints } from '../attributes/apply.js';

/** Attribute weight (bits) that, on top of a name match, decides a pair. */
export const ATTRIBUTES_DECISIVE = 10;
/** Points the best must lead its runner-up by. */
export const ATTRIBUTES_MARGIN = 10;
/** Attribute weight (bits) against a unique exact name that sends it to a reviewer. */
export const ATTRIBUTES_DOUBT = 6;

export function attributesDecide(best: Candidate, runnerUp: Candidate | undefined): boolean {
  if (best.evidence.some((e) => e.strength === 'negative')) return false;
  if (attributePoints(best) < ATTRIBUTES_DECISIVE) return false;
  return !runnerUp || best.score - runnerUp.score >= ATTRIBUTES_MARGIN;
}
