// The targets with a source's exact full name, for the target-namesake rule: found through one
// index of the target names (folded as namesakes are), the source's own identifier targets left
// out, each a name candidate with the evidence against it (in a tenant this small every name is
// frequent, so the exact name is weak evidence).
import { describe, expect, it } from 'vitest';
import { nameFrequencies } from '../../../src/match/names/features.js';
import { personName } from '../../../src/match/names/person.js';
import { FullNameIndex, sameNameCandidates } from '../../../src/match/names/same-name.js';
import type { Candidate, Principal } from '../../../src/model.js';
import { person, user } from '../../helpers/principal.js';

const shared = { employeeId: true, immutableId: false };

function sameName(source: Principal, targets: Principal[], own: Principal[] = []) {
  const sourceNames = [personName(source)];
  const targetNames = targets.map((t) => personName(t));
  const identifier: Candidate[][] = [own.map((t) => ({ source, target: t, evidence: [], score: 100, foundBy: 'test' }))];
  const found = sameNameCandidates(
    { sources: [source], sourceNames, targets, targetNames, index: new FullNameIndex(targetNames), frequencies: nameFrequencies([...sourceNames, ...targetNames]), shared },
    [0],
    identifier,
  );
  return (found.get(0) ?? []).map((c) => [c.target.key, c.evidence.map((e) => `${e.rule}:${e.strength}`).join(' ')]);
}

describe('sameNameCandidates', () => {
  const maria = user('source', 'maria.lopez@contoso.com', person('María', 'López', { employeeId: 'E1' }));
  const newHire = user('target', 'maria.lopez@fabrikam.com', person('Maria', 'Lopez'));
  const own = user('target', 'mlopez@fabrikam.com', person('MARIA', 'LOPEZ'));

  it('finds the other target with the same folded full name, leaving out the identifier target', () => {
    expect(sameName(maria, [newHire, own, user('target', 'mario@fabrikam.com', person('Mario', 'Lopez'))], [newHire])).toEqual([['mlopez@fabrikam.com', 'name-exact:weak']]);
  });

  it('keeps the evidence against a namesake, which then casts no doubt', () => {
    const other = user('target', 'm.lopez@fabrikam.com', person('Maria', 'Lopez', { employeeId: 'E9' }));
    expect(sameName(maria, [newHire, other], [newHire])).toEqual([['m.lopez@fabrikam.com', 'name-exact:weak employee-id-differs:negative']]);
  });

  it('finds nothing for a name without a surname', () => {
    const cher = user('source', 'cher@contoso.com', person('Cher', ''));
    expect(sameName(cher, [user('target', 'cher@fabrikam.com', person('Cher', '')), user('target', 'c2@fabrikam.com', person('Cher', ''))])).toEqual([]);
  });
});
