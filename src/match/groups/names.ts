// Group display names compared as the admin sees them: folded, with the rename prefixes of
// the config stripped ("FAB Sales" in the target is "Sales" in the source).

import { close } from '../names/compare.js';
import { fold } from '../names/fold.js';

import type { GroupNameLevel } from '../../model.js';

export type { GroupNameLevel } from '../../model.js';

export const GROUP_NAME_SCORES: Readonly<Record<GroupNameLevel, number>> = { exact: 90, 'same-words': 75, typo: 65 };

/** The folded name without the first matching prefix. */
export function groupNameKey(displayName: string, prefixes: readonly string[]): string {
  const trimmed = displayName.trim();
  for (const prefix of prefixes) {
    if (prefix !== '' && trimmed.toLowerCase().startsWith(prefix.toLowerCase())) return fold(trimmed.slice(prefix.length));
  }
  return fold(trimmed);
}

export function sortedWords(key: string): string {
  return key.split(' ').sort().join(' ');
}

export function compareGroupNames(a: string, b: string): GroupNameLevel | undefined {
  if (a === '' || b === '') return undefined;
  if (a === b) return 'exact';
  if (sortedWords(a) === sortedWords(b)) return 'same-words';
  return close(a.replace(/ /g, ''), b.replace(/ /g, '')) ? 'typo' : undefined;
}
