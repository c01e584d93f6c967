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

function sameName(source: Principal, targets: Principal[], own: Principal[] = [], accept: (t: Principal) => boolean = () => true) {
  const sourceNames = [personName(source)];
  const targetNames = targets.map((t) => personName(t));
  const identifier: Candidate[][] = [own.map((t) => ({ source, target: t, evidence: [], score: 100, foundBy: 'test' }))];
  const found = sameNameCandidates(
    { sources: [source], sourceNames, targets, targetNames, index: new FullNameIndex(targetNames), frequencies: nameFrequencies([...sourceNames, ...targetNames]), shared },
    [0],
    identifier,
  );
  const first = found.get(0)?.first(accept);
  return { listed: found.has(0), first: first && [first.target.key, first.evidence.map((e) => `${e.rule}:${e.strength}`).join(' ')] };
}

describe('sameNameCandidates', () => {
  const maria = user('source', 'maria.lopez@contoso.com', person('María', 'López', { employeeId: 'E1' }));
  const newHire = user('target', 'maria.lopez@fabrikam.com', person('Maria', 'Lopez'));
  const own = user('target', 'mlopez@fabrikam.com', person('MARIA', 'LOPEZ'));

  it('finds the other target with the same folded full name, leaving out the identifier target', () => {
    expect(sameName(maria, [newHire, own, user('target', 'mario@fabrikam.com', person('Mario', 'Lopez'))], [newHire])).toEqual({ listed: true, first: ['mlopez@fabrikam.com', 'name-exact:weak'] });
  });

  it('lists no source whose only namesake is its own identifier target', () => {
    expect(sameName(maria, [newHire], [newHire])).toEqual({ listed: false, first: undefined });
  });

  it('passes over a namesake with evidence against it, which casts no doubt', () => {
    const other = user('target', 'm.lopez@fabrikam.com', person('Maria', 'Lopez', { employeeId: 'E9' }));
    expect(sameName(maria, [newHire, other], [newHire])).toEqual({ listed: true, first: undefined });
    expect(sameName(maria, [newHire, other, own], [newHire])).toEqual({ listed: true, first: ['mlopez@fabrikam.com', 'name-exact:weak'] });
  });

  it('reads the namesakes by target key, whatever the export order, and only those the rule accepts', () => {
    const second = user('target', 'a.lopez@fabrikam.com', person('Maria', 'Lopez'));
    expect(sameName(maria, [newHire, own, second], [newHire]).first?.[0]).toBe('a.lopez@fabrikam.com');
    expect(sameName(maria, [second, own, newHire], [newHire]).first?.[0]).toBe('a.lopez@fabrikam.com');
    expect(sameName(maria, [newHire, own, second], [newHire], (t) => t !== second).first?.[0]).toBe('mlopez@fabrikam.com');
  });

  it('finds nothing for a name without a surname', () => {
    const cher = user('source', 'cher@contoso.com', person('Cher', ''));
    expect(sameName(cher, [user('target', 'cher@fabrikam.com', person('Cher', '')), user('target', 'c2@fabrikam.com', person('Cher', ''))])).toEqual({ listed: false, first: undefined });
  });
});
