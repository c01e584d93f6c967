// Target principals with a source's exact full name (the namesakes' key: canonical given name
// and surname), for the target-namesake rule (assign/target-namesakes.ts). One index over the
// target names, keyed by the strings every principal with the same raw name shares, so that
// building it allocates no key: it runs on 1,000,000-user tenants.

import { displayOf } from '../../display.js';
import type { Candidate, Evidence, Principal } from '../../model.js';
import { hasAgainst } from '../../model.js';
import { compareKeys } from '../../order.js';
import type { SharedIds } from '../candidates/exact.js';
import { COMMON_NAME_LIMIT, expectedNamesakes, levelScore } from '../score/name-score.js';
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

  /** The principals whose full name equals this one's, in index order. */
  family(name: PersonName): number | readonly number[] | undefined {
    return this.byGiven.get(givenKeyOf(name))?.get(name.surnameJoinedAlt);
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
 * A source's same-name targets, read in the rule's order: those with no evidence against the
 * pair, by target key (they all score alike). A candidate is built only for the one the rule
 * takes: a family of F namesakes would otherwise build F × F candidates, and the largest
 * families grow with the tenant.
 */
export interface SameNameTargets {
  /** The first target that accept takes and no evidence speaks against, as a name candidate. */
  first(accept: (target: Principal) => boolean): Candidate | undefined;
}

/** Candidates already built (tests, a caller with a short list), read the same way. */
export function sameNameList(candidates: readonly Candidate[]): SameNameTargets {
  return { first: (accept) => candidates.find((c) => accept(c.target) && !hasAgainst(c)) };
}

/**
 * Per probed source that has a target with its exact full name besides the targets its own
 * identifier pairs name (most sources have none): those targets, for the target-namesake rule.
 */
export function sameNameCandidates(input: SameNameInput, probe: readonly number[], identifier: readonly (readonly Candidate[])[]): Map<number, SameNameTargets> {
  const { sources, sourceNames, targets, targetNames, index, frequencies, shared } = input;
  const out = new Map<number, SameNameTargets>();
  // Each family sorted by target key once, for all its sources.
  const sorted = new Map<readonly number[], readonly number[]>();
  const byKey = (family: readonly number[]): readonly number[] => {
    let list = sorted.get(family);
    if (!list) sorted.set(family, (list = [...family].sort((a, b) => compareKeys(targets[a]!.key, targets[b]!.key) || a - b)));
    return list;
  };
  for (const si of probe) {
    const sName = sourceNames[si]!;
    const found = index.family(sName);
    if (found === undefined) continue;
    const own = identifier[si] ?? [];
    const isOwn = (ti: number): boolean => own.some((c) => c.target === targets[ti]);
    const family = typeof found === 'number' ? [found] : byKey(found);
    if (family.every(isOwn)) continue;
    const s = sources[si]!;
    out.set(si, {
      first(accept) {
        // The same scoring as any exact name candidate: weighed by how common the name is.
        const expected = expectedNamesakes(nameFeatures(sName), EXACT, frequencies, targets.length);
        for (const ti of family) {
          const t = targets[ti]!;
          if (isOwn(ti) || !accept(t) || negativeEvidence(s, t, sName, targetNames[ti]!, shared).length > 0) continue;
          const name: Evidence = { rule: 'name-exact', strength: expected < COMMON_NAME_LIMIT ? 'medium' : 'weak', source: displayOf(s), target: displayOf(t) };
          return { source: s, target: t, evidence: [name], score: levelScore(EXACT, expected), foundBy: 'name:same-full-name' };
        }
        return undefined;
      },
    });
  }
  return out;
}
