// What a group is for the identity map (facts §9.3): groupTypes containing Unified makes a
// Microsoft 365 group; otherwise security-enabled is a security group, and mail-enabled
// without security is a distribution list, which cannot be mapped.

import type { GroupClass, Principal } from './model.js';

type GroupFlags = Pick<Principal, 'groupTypes' | 'securityEnabled' | 'mailEnabled'>;

export function classifyGroup(g: GroupFlags): GroupClass {
  // Without groupTypes a mail-enabled group may be a Microsoft 365 group or a distribution
  // list; only a security group that is not mail-enabled is certain.
  if (g.groupTypes === undefined) return g.securityEnabled === true && g.mailEnabled === false ? 'security' : 'unknown';
  // The Entra "Download groups" file may write words ('Microsoft 365', 'Security',
  // 'Distribution') where Graph writes Unified; the list arrives split into words.
  const types = g.groupTypes.map((t) => t.toLowerCase());
  const has = (word: string) => types.includes(word);
  if (has('unified') || (has('365') && (has('microsoft') || has('office')))) return 'm365';
  if (g.securityEnabled === true || has('security')) return 'security';
  if (g.mailEnabled === true || has('distribution')) return 'distribution';
  return 'unknown';
}
