// Given names that may be the same person: a name and its nickname (robert/bob), or two
// nicknames of one name (bob/rob). The list is noisy, so a hit is weak evidence only.

import { NICKNAMES } from './nickname-data.js';

let groups: Map<string, Set<number>> | undefined;

// Each formal name and its nicknames form a group; two names are related when they share one.
function groupIndex(): Map<string, Set<number>> {
  if (groups) return groups;
  groups = new Map();
  NICKNAMES.forEach((entry, group) => {
    const [name = '', nicks = ''] = entry.split(':');
    for (const n of [name, ...nicks.split(',')]) {
      const set = groups!.get(n) ?? new Set<number>();
      set.add(group);
      groups!.set(n, set);
    }
  });
  return groups;
}

export function areNicknames(a: string, b: string): boolean {
  if (a === b) return false;
  const index = groupIndex();
  const ga = index.get(a);
  const gb = index.get(b);
  if (!ga || !gb) return false;
  for (const g of ga) if (gb.has(g)) return true;
  return false;
}

/** Every name related to this one (for blocking on the formal name). */
export function formalNames(name: string): string[] {
  const g = groupIndex().get(name);
  if (!g) return [];
  return [...g].map((i) => (NICKNAMES[i] ?? '').split(':')[0] ?? '').filter((n) => n !== '' && n !== name);
}
