// Evidence against a pair, rule by rule, and when the names may speak against it.

import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../src/model.js';
import { personName } from '../../../src/match/names/person.js';
import { negativeEvidence } from '../../../src/match/score/negative.js';
import { evidenceSentence } from '../../../src/wording/evidence.js';
import { group, person, user } from '../../helpers/principal.js';

const SHARED = { employeeId: true, immutableId: true };
const NONE_SHARED = { employeeId: false, immutableId: false };

function against(s: Principal, t: Principal, shared = SHARED, namesMatter = true) {
  return negativeEvidence(s, t, personName(s), personName(t), shared, namesMatter).map((e) => [e.rule, evidenceSentence(e)]);
}

const ann = (tenant: 'source' | 'target', more: Partial<Principal> = {}) => user(tenant, `ann.lee@${tenant}.com`, person('Ann', 'Lee', more));

describe('negativeEvidence', () => {
  it('finds nothing against a pair that agrees', () => {
    expect(against(ann('source', { employeeId: 'E1' }), ann('target', { employeeId: 'e1' }))).toEqual([]);
  });

  it.each([
    ['employee IDs differ (case aside)', { employeeId: 'E1' }, { employeeId: 'E2' }, [['employee-id-differs', 'AGAINST: employee IDs differ (E1 ≠ E2)']]],
    ['immutable IDs differ (case counts)', { immutableId: 'abc=' }, { immutableId: 'ABC=' }, [['immutable-id-differs', 'AGAINST: immutable IDs differ (abc= ≠ ABC=)']]],
    ['a member would become a guest', {}, { userType: 'Guest' }, [['member-to-guest', 'AGAINST: source is a member, target is a guest']]],
    ['a guest stays a guest', { userType: 'Guest' }, { userType: 'Guest' }, []],
    ['an empty ID on one side says nothing', { employeeId: 'E1' }, { employeeId: '' }, []],
  ] as const)('%s', (_, s, t, expected) => {
    expect(against(ann('source', s), ann('target', t))).toEqual(expected);
  });

  it('compares IDs only when the tenants share the scheme', () => {
    expect(against(ann('source', { employeeId: 'E1', immutableId: 'a' }), ann('target', { employeeId: 'E2', immutableId: 'b' }), NONE_SHARED)).toEqual([]);
  });

  it('two complete names that share nothing speak against the pair, unless an ID backs it', () => {
    const s = user('source', 'ann.lee@contoso.com', person('Ann', 'Lee'));
    const t = user('target', 'ann.lee@fabrikam.com', person('Boris', 'Quist'));
    expect(against(s, t).map(([rule]) => rule)).toEqual(['names-differ']);
    expect(against(s, t, SHARED, false)).toEqual([]);
  });

  it('group names never count against a group pair', () => {
    expect(against(group('source', 'g1', { displayName: 'Sales' }), group('target', 'g2', { displayName: 'Finance' }))).toEqual([]);
  });

  it('lists several pieces of evidence in a fixed order', () => {
    const s = user('source', 'a@contoso.com', person('Ann', 'Lee', { employeeId: 'E1', immutableId: 'x' }));
    const t = user('target', 'b@fabrikam.com', person('Boris', 'Quist', { employeeId: 'E2', immutableId: 'y', userType: 'Guest' }));
    expect(against(s, t).map(([rule]) => rule)).toEqual(['employee-id-differs', 'immutable-id-differs', 'member-to-guest', 'names-differ']);
  });
});
