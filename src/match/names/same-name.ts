// Target principals with a source's exact full name (the namesakes' key: canonical given name
// and surname), for the target-namesake rule (assign/target-namesakes.ts). One index over the
// target names, keyed by the strings every principal with the same raw name shares, so that
// building it allocates no key: it runs on 1,000,000-user tenants.

import { displayOf } from '../../display.js';
import type { Candidate, Evidence, Principal } from '../../model.js';
import { forEachValue } from '../../multimap.js';
import { compareKeys } from '../../order.js';
import type { SharedIds } from '../candidates/exact.js';
import { COMMON_NAME_LIMIT, expectedNamesakes, levelScore, NEGATIVE_PENALTY } from '../score/name-score.js';
import { negativeEvidence } from '../score/negative.js';
import { NAME_LEVELS } from './compare.js';
import { givenKeyOf, nameFeatures, type NameFrequencies } from './features.js';
import type { PersonName } from './person.js';

const EXACT = NAME_LEVELS.find((l) => l.id === 'exact')!;

/** Principals by canonical given name, then canonical surname; only complete names. */
export class FullNameIndex {
  private readonly byGiven = new Map<string, Map<string, number | number[]>>();

  constructor(names: readonly PersonName[]) {
    names.forEach((n, i) => {
      const given = givenKeyOf(n);
      if (given === '' || n.surnameJoinedAlt === '') return;
      let bySurname = this.byGiven.get(given);
      if (!bySurname) {
        bySurname = new Map();
        this.byGiven.set(given, bySurname);
      }
      const current = bySurname.get(n.surnameJoinedAlt);
      if (current === undefined) bySurname.set(n.surnameJoinedAlt, i);
      else if (typeof current === 'number') bySurname.set(n.surnameJoinedAlt, [current, i]);
      else current.push(i);
    });
  }

  /** Each principal whose full name equals this one's, in index order. */
  forEach(name: PersonName, visit: (i: number) => void): void {
    forEachValue(this.byGiven.get(givenKeyOf(name))?.get(name.surnameJoinedAlt), visit);
  }
}

export interface SameNameInput {
  sources: readonly Principal[];
  sourceNames: readonly PersonName[];
  targets: readonly Principal[];
  targetNames: readonly PersonName[];
  index: FullNameIndex;
  frequencies: NameFrequencies;
  shared: SharedIds;
}

/**
 * Per probed source: the targets with its exact full name, as name candidates, best first,
 * leaving out the targets its own identifier pairs name: most sources find nothing else, and
 * then nothing is built.
 */
export function sameNameCandidates(input: SameNameInput, probe: readonly number[], identifier: readonly (readonly Candidate[])[]): Map<number, Candidate[]> {
  const { sources, sourceNames, targets, targetNames, index, frequencies, shared } = input;
  const out = new Map<number, Candidate[]>();
  for (const si of probe) {
    const s = sources[si]!;
    const sName = sourceNames[si]!;
    const found: Candidate[] = [];
    const own = identifier[si] ?? [];
    // The same scoring as any exact name candidate: weighed by how common the name is. What
    // depends on the source alone is worked out once per source, not once per namesake: a
    // common name has hundreds of namesakes, each visited by each of its sources.
    let expected: number | undefined;
    let sourceShown = '';
    index.forEach(sName, (ti) => {
      const t = targets[ti]!;
      if (own.some((c) => c.target === t)) return;
      if (expected === undefined) {
        expected = expectedNamesakes(nameFeatures(sName), EXACT, frequencies, targets.length);
        sourceShown = displayOf(s);
      }
      const against = negativeEvidence(s, t, sName, targetNames[ti]!, shared);
      const name: Evidence = { rule: 'name-exact', strength: expected < COMMON_NAME_LIMIT ? 'medium' : 'weak', source: sourceShown, target: displayOf(t) };
      found.push({ source: s, target: t, evidence: [name, ...against], score: Math.max(0, levelScore(EXACT, expected) - NEGATIVE_PENALTY * against.length), foundBy: 'name:same-full-name' });
    });
    if (found.length > 0) out.set(si, found.sort((a, b) => b.score - a.score || compareKeys(a.target.key, b.target.key)));
  }
  return out;
}
