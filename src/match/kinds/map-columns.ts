// Columns 5 and 6 of identity-map.csv, the part of a map row each kind decides (facts §8). No
// matching code here: the main thread of a large run writes the map with these rules while the
// matcher runs in its worker (test/architecture/imports.test.ts holds it to that).

import { classifyGroup } from '../../group-class.js';
import type { Principal } from '../../model.js';
import type { GroupOptions } from '../options.js';

export type MapColumns = [column5: string, column6: string];

/** A user: the target's mail, or its UPN when it has none; a guest stays a guest. */
export function userColumns(target: Principal): MapColumns {
  return [target.mail !== '' ? target.mail : target.upn, target.userType === 'Guest' ? 'GuestUser' : 'RegularUser'];
}

// Column 5 of a Microsoft 365 group is the target alias (it must equal -TargetGroupAlias of
// the site move); of a security group the target object ID, as the docs say, or its name.
export function groupColumns(target: Principal, groups: Pick<GroupOptions, 'securityColumn5'>): MapColumns {
  if (classifyGroup(target) === 'm365') return [target.mailNickname, 'O365Group'];
  return [groups.securityColumn5 === 'display-name' ? target.displayName : target.id, 'RegularGroup'];
}
