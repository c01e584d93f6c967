// The target-namesake rule (DESIGN "Identifiers are not all equal"): a pair found on the
// rewritten tier alone is not trusted when the target tenant holds another principal with the
// source's exact name. The preferred UPN may have gone to a namesake (a new hire who came
// first) while the source person's own account got another convention (mlopez). This is the
// one place that decides it. Supporting attributes lift the doubt when they settle which of
// the two is the person.

import type { Candidate, Principal } from '../../model.js';
import type { SameNameTargets } from '../names/same-name.js';
import { attributeBits } from '../attributes/apply.js';
import { REWRITTEN, tierRank } from '../score/tiers.js';
import { ATTRIBUTES_DECISIVE, ATTRIBUTES_ELSEWHERE } from './attributes.js';

// The rewritten pair's attributes agree decisively and clearly better than the namesake's.
function attributesSettle(pair: Candidate, namesake: Candidate): boolean {
  const bits = attributeBits(pair);
  return bits >= ATTRIBUTES_DECISIVE && bits - attributeBits(namesake) >= ATTRIBUTES_ELSEWHERE;
}

/**
 * The namesake that casts doubt on the pair, when one does.
 * @param sameName target principals with the source's exact name
 * @param wonByOther whether an identifier of another source already settled a target: that
 *   namesake is someone else's account, not an alternative for this source
 */
export function targetNamesakeDoubt(best: Candidate, sameName: SameNameTargets | undefined, wonByOther: (target: Principal) => boolean): Candidate | undefined {
  if (sameName === undefined || tierRank(best) !== REWRITTEN) return undefined;
  // A namesake with evidence against it (another employee ID, a guest) is not this person.
  const namesake = sameName.first((t) => t !== best.target && !wonByOther(t));
  return namesake && !attributesSettle(best, namesake) ? namesake : undefined;
}
