// Evidence against a pair: identifiers of a shared scheme that differ, a member who would
// become a guest, and two complete names that share nothing.

import { displayOf } from '../../display.js';
import type { Evidence, Principal } from '../../model.js';
import { equalIgnoringCase } from '../../order.js';
import type { SharedIds } from '../candidates/exact.js';
import { namesContradict } from '../names/compare.js';
import type { PersonName } from '../names/person.js';

export function negativeEvidence(
  s: Principal,
  t: Principal,
  sName: PersonName,
  tName: PersonName,
  shared: SharedIds,
  /** Whether names can contradict the pair: not when an HR or AD identifier backs it. */
  namesMatter = true,
): readonly Evidence[] {
  let out: Evidence[] | undefined;
  const push = (e: Evidence): void => {
    (out ??= []).push(e);
  };
  if (shared.employeeId && s.employeeId !== '' && t.employeeId !== '' && !equalIgnoringCase(s.employeeId, t.employeeId)) {
    push({ rule: 'employee-id-differs', strength: 'negative', source: s.employeeId, target: t.employeeId });
  }
  if (shared.immutableId && s.immutableId !== '' && t.immutableId !== '' && s.immutableId !== t.immutableId) {
    push({ rule: 'immutable-id-differs', strength: 'negative', source: s.immutableId, target: t.immutableId });
  }
  if (s.kind === 'user' && s.userType !== 'Guest' && t.userType === 'Guest') {
    push({ rule: 'member-to-guest', strength: 'negative' });
  }
  if (namesMatter && s.kind === 'user' && namesContradict(sName, tName)) {
    push({ rule: 'names-differ', strength: 'negative', source: displayOf(s), target: displayOf(t) });
  }
  return out ?? NONE;
}

// Most pairs have nothing against them: no array is allocated for those.
const NONE: readonly Evidence[] = [];
