// The namesake rule: a full name used by more than one principal of a tenant cannot decide a
// pair on its own, however well the names compare.

import type { Principal } from '../../model.js';
import { namesakes } from '../names/features.js';
import type { PersonName } from '../names/person.js';

/** The principals of one tenant that share their normalized full name with another. */
export function namesakesOf(principals: readonly Principal[], names: readonly PersonName[]): Principal[] {
  const shared = namesakes(names);
  return principals.filter((_, i) => shared[i]);
}

/** The guard: a name pair with a namesake on either side goes to review as ambiguous. */
export function namesakeGuard(source: Principal, target: Principal, namesakes: ReadonlySet<Principal>): boolean {
  return namesakes.has(source) || namesakes.has(target);
}
