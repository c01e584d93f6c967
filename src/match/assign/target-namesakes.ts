// The target-namesake rule (DESIGN "Identifiers are not all equal"): a pair found on the
// rewritten tier alone is not trusted when the target tenant holds another principal with the
// source's exact name. The preferred UPN may have gone to a namesake (a new hire who came
// first) while the source person's own account got another convention (mlopez). This is the
// one place that decides it, so that stronger evidence (learned attribute weights) can later
// lift the doubt here.

import type { Candidate, Principal } from '../../model.js';
import { REWRITTEN, tierRank } from '../score/tiers.js';

/**
 * The namesake that casts doubt on the pair, when one does.
 * @param sameName target principals with the source's exact name, as name candidates, best first
 * @param wonByOther whether an identifier of another source already settled a target: that
 *   namesake is someone else's account, not an alternative for this source
 */
export function targetNamesakeDoubt(best: Candidate, sameName: readonly Candidate[], wonByOther: (target: Principal) => boolean): Candidate | undefined {
  if (sameName.length === 0 || tierRank(best) !== REWRITTEN) return undefined;
  // A namesake with evidence against it (another employee ID, a guest) is not this person.
  return sameName.find((n) => n.target !== best.target && !n.evidence.some((e) => e.strength === 'negative') && !wonByOther(n.target));
}
