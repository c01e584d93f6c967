// The name score's arithmetic: the level's base less a penalty for common names, the expected
// number of chance namesakes it comes from, and the limit under which an exact name is medium.

import { describe, expect, it } from 'vitest';
import { NAME_LEVELS, type NameLevel } from '../../../src/match/names/compare.js';
import { nameCandidates } from '../../../src/match/names/candidates.js';
import { COMMON_NAME_LIMIT, expectedNamesakes, levelScore } from '../../../src/match/score/name-score.js';
import { nameFeatures, nameFrequencies, type NameFrequencies } from '../../../src/match/names/features.js';
import { personName } from '../../../src/match/names/person.js';
import { person, user } from '../../helpers/principal.js';

const level = (id: NameLevel['id']): NameLevel => NAME_LEVELS.find((l) => l.id === id)!;
const john = nameFeatures(personName(user('source', 'john.smith@contoso.com', person('John', 'Smith'))));

function frequencies(given: number, surname: number, total: number): NameFrequencies {
  return { given: new Map([[john.givenKey, given]]), surname: new Map([[john.surnameKey, surname]]), total };
}

describe('levelScore', () => {
  it.each([
    // [level, expected namesakes, score]: penalty = min(30, round(10 · log10(1 + 100 · expected)))
    ['exact', 0, 90],
    ['exact', 0.01, 87],
    ['exact', 0.1, 80],
    ['exact', 1, 70],
    ['exact', 10, 60],
    ['exact', 1000, 60],
    ['nickname', 0, 70],
    ['surname-missing', 10, 10],
  ] as const)('%s with %f expected namesakes scores %i', (id, expected, score) => {
    expect(levelScore(level(id), expected)).toBe(score);
  });

  it('never goes below zero', () => {
    expect(levelScore({ ...level('exact'), base: 20 }, 10)).toBe(0);
  });
});

describe('expectedNamesakes', () => {
  it.each([
    // exact: the pair's two own occurrences are not namesakes, one more is assumed
    ['exact', (11 / 100) * (21 / 100) * 50],
    // a similar level: only the source's own occurrence is left out
    ['swapped', (12 / 100) * (22 / 100) * 50],
    // an initial says little: a fixed 5% of given names share it
    ['initial', 0.05 * (22 / 100) * 50],
    // a missing part counts as shared by everyone
    ['given-missing', (22 / 100) * 50],
    ['surname-missing', (12 / 100) * 50],
  ] as const)('%s', (id, expected) => {
    expect(expectedNamesakes(john, level(id), frequencies(12, 22, 100), 50)).toBeCloseTo(expected, 12);
  });

  it('a name seen only in this pair still counts one chance namesake, never zero', () => {
    expect(expectedNamesakes(john, level('exact'), frequencies(2, 2, 100), 100)).toBeCloseTo(0.01, 12);
    expect(expectedNamesakes(john, level('exact'), { given: new Map(), surname: new Map(), total: 0 }, 1)).toBe(1);
  });
});

describe('the common-name limit', () => {
  // One source, one target with the same name, among `others` other people named John Smith.
  function exactStrength(others: number, tenant: number) {
    const s = user('source', 'john.smith@contoso.com', person('John', 'Smith'));
    const t = user('target', 'jsmith@fabrikam.com', person('John', 'Smith'));
    const filler = Array.from({ length: tenant }, (_, i) => user('target', `u${i}@fabrikam.com`, i < others ? person('John', 'Smith') : person(`Given${i}`, `Family${i}`)));
    const targets = [t, ...filler];
    const sourceNames = [personName(s)];
    const targetNames = targets.map((p) => personName(p));
    const found = nameCandidates({
      source: { principals: [s], names: sourceNames },
      target: { principals: targets, names: targetNames },
      probe: [0],
      allowed: [0],
      frequencies: nameFrequencies([...sourceNames, ...targetNames]),
      shared: { employeeId: false, immutableId: false },
    });
    const best = found.bySource.get(0)![0]!;
    return { strength: best.evidence[0]!.strength, expected: expectedNamesakes(john, level('exact'), nameFrequencies([...sourceNames, ...targetNames]), targets.length) };
  }

  it('a rare exact name is medium evidence', () => {
    const r = exactStrength(0, 100);
    expect(r.expected).toBeLessThan(COMMON_NAME_LIMIT);
    expect(r.strength).toBe('medium');
  });

  it('a common exact name is weak evidence', () => {
    const r = exactStrength(20, 100);
    expect(r.expected).toBeGreaterThanOrEqual(COMMON_NAME_LIMIT);
    expect(r.strength).toBe('weak');
  });
});
