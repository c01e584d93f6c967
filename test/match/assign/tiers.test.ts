// Tier resolution in assign (DESIGN "Identifiers are not all equal"), with hand-made
// candidates: the strongest tier decides where it is unique on both sides and uncontradicted,
// weaker pointers are explained away on the row, equal tiers stay a conflict or an ambiguity;
// and the target-namesake rule. Every table row is run again with its sources and candidates
// in other orders, and must decide the same.

import { describe, expect, it } from 'vitest';
import { assign } from '../../../src/match/assign/assign.js';
import { sameNameList } from '../../../src/match/names/same-name.js';
import type { Assignment, Candidate, Evidence, Principal } from '../../../src/model.js';
import { evidenceText } from '../../../src/wording/evidence.js';
import { user } from '../../helpers/principal.js';

const S = ['s1', 's2', 's3'].map((k) => user('source', `${k}@contoso.com`));
const T = ['t1', 't2', 't3'].map((k) => user('target', `${k}@fabrikam.com`));
const [s1, s2, s3] = S as [Principal, Principal, Principal];
const [t1, t2, t3] = T as [Principal, Principal, Principal];

// One piece of evidence of each rule the tiers know, plus the evidence against a pair.
const E = {
  immutable: { rule: 'immutable-id', strength: 'strong', value: 'I1' },
  employee: { rule: 'employee-id', strength: 'strong', value: 'E1' },
  address: { rule: 'address', strength: 'strong', value: 'a@contoso.com', sourceField: 'upn', targetField: 'proxy' },
  rewritten: { rule: 'upn-domain', strength: 'strong', from: 'contoso.com', to: 'fabrikam.com' },
  idDiffers: { rule: 'employee-id-differs', strength: 'negative', source: 'E1', target: 'E2' },
  guest: { rule: 'member-to-guest', strength: 'negative' },
  name: { rule: 'name-exact', strength: 'medium', source: 'A B', target: 'A B' },
} satisfies Record<string, Evidence>;
type Kind = keyof typeof E;

const c = (source: Principal, target: Principal, ...kinds: Kind[]): Candidate => ({ source, target, evidence: kinds.map((k) => E[k]), score: 100, foundBy: kinds.join('+') });
const named = (source: Principal, target: Principal, ...against: Kind[]): Candidate => ({ ...c(source, target, 'name', ...against), score: 76 });

interface Row {
  /** Per source (s1, s2, s3 in this order): its identifier candidates. */
  identifier: Candidate[][];
  sameName?: Candidate[][];
  duplicateSources?: Principal[];
}

function decide({ identifier, sameName = [], duplicateSources = [] }: Row, order: readonly number[]): Assignment[] {
  const sources = order.filter((i) => i < identifier.length).map((i) => ({ source: S[i]!, identifier: identifier[i]!, names: [], ...(sameName[i] && { sameName: sameNameList(sameName[i]) }) }));
  return assign({ sources, duplicateSources: new Set(duplicateSources), duplicateTargets: new Set(), namesakes: new Set(), numbered: new Set(), policy: 'standard' });
}

// What a reviewer sees of a decision, keyed by source so that the order of the rows does not matter.
const seen = (assignments: readonly Assignment[]): Record<string, (string | undefined)[]> =>
  Object.fromEntries(
    assignments.map((a) => [a.source.key.split('@')[0], [a.status, a.reason, a.best?.target.key.split('@')[0], a.runnerUp?.target.key.split('@')[0], a.competing.map((k) => k.split('@')[0]).join(' '), a.best ? evidenceText(a.best.evidence) : '']]),
  );

const ORDERS = [
  [0, 1, 2],
  [2, 1, 0],
  [1, 0, 2],
  [1, 2, 0],
];

describe('identifier tiers in assign', () => {
  it.each<[string, Row, Record<string, [string, string, string | undefined, string | undefined, string]>]>([
    ['an employee ID outweighs a rewritten UPN to another target', { identifier: [[c(s1, t1, 'rewritten'), c(s1, t2, 'employee')]] }, { s1: ['matched', 'identifier', 't2', 't1', ''] }],
    ['an immutable ID outweighs an employee ID', { identifier: [[c(s1, t1, 'employee'), c(s1, t2, 'immutable')]] }, { s1: ['matched', 'identifier', 't2', 't1', ''] }],
    ['an exact address outweighs a rewritten UPN (case 2)', { identifier: [[c(s1, t1, 'rewritten'), c(s1, t2, 'address')]] }, { s1: ['matched', 'identifier', 't2', 't1', ''] }],
    [
      'a contradicted exact address decides nothing: conflict as before',
      { identifier: [[c(s1, t1, 'rewritten'), c(s1, t2, 'address', 'idDiffers')]] },
      { s1: ['conflict', 'several-targets', 't2', 't1', 't1 t2'] },
    ],
    ['two pointers of one tier are a conflict', { identifier: [[c(s1, t1, 'rewritten'), c(s1, t2, 'rewritten')]] }, { s1: ['conflict', 'several-targets', 't1', 't2', 't1 t2'] }],
    [
      'case 1: the .co.uk employee ID settles both sources',
      { identifier: [[c(s1, t1, 'rewritten')], [c(s2, t1, 'rewritten'), c(s2, t2, 'employee')]] },
      { s1: ['matched', 'identifier', 't1', undefined, ''], s2: ['matched', 'identifier', 't2', 't1', ''] },
    ],
    [
      'case 1 with both employee IDs: the weaker pointer is contradicted and explained away',
      { identifier: [[c(s1, t1, 'employee', 'rewritten')], [c(s2, t1, 'rewritten', 'idDiffers'), c(s2, t2, 'employee')]] },
      { s1: ['matched', 'identifier', 't1', undefined, ''], s2: ['matched', 'identifier', 't2', 't1', ''] },
    ],
    [
      "another source's stronger pointer takes the target; this one's is explained away, not decided",
      { identifier: [[c(s1, t1, 'employee')], [c(s2, t1, 'rewritten')]] },
      { s1: ['matched', 'identifier', 't1', undefined, ''], s2: ['ambiguous', 'target-wanted-by-several', 't1', undefined, 's1'] },
    ],
    [
      'two sources on one tier for one target stay ambiguous',
      { identifier: [[c(s1, t1, 'rewritten')], [c(s2, t1, 'rewritten')]] },
      { s1: ['ambiguous', 'target-wanted-by-several', 't1', undefined, 's2'], s2: ['ambiguous', 'target-wanted-by-several', 't1', undefined, 's1'] },
    ],
    [
      'a strongest tier shared on the target side decides nothing for either source',
      { identifier: [[c(s1, t1, 'address'), c(s1, t2, 'rewritten')], [c(s2, t1, 'address')]] },
      { s1: ['conflict', 'several-targets', 't1', 't2', 't1 t2'], s2: ['ambiguous', 'target-wanted-by-several', 't1', undefined, 's1'] },
    ],
    [
      'a chain: s3 wins t3, which frees t2 for s2, whose t1 pointer then frees t1 for s1',
      { identifier: [[c(s1, t1, 'rewritten')], [c(s2, t1, 'rewritten'), c(s2, t2, 'address')], [c(s3, t2, 'rewritten'), c(s3, t3, 'employee')]] },
      { s1: ['matched', 'identifier', 't1', undefined, ''], s2: ['matched', 'identifier', 't2', 't1', ''], s3: ['matched', 'identifier', 't3', 't2', ''] },
    ],
    [
      'a source duplicated in its export is a conflict whatever its tiers',
      { identifier: [[c(s1, t1, 'rewritten'), c(s1, t2, 'employee')]], duplicateSources: [s1] },
      { s1: ['conflict', 'duplicate-in-export', 't2', 't1', ''] },
    ],
    [
      'case 3: a rewritten UPN beside a target namesake is ambiguous, the namesake shown',
      { identifier: [[c(s1, t1, 'rewritten')]], sameName: [[named(s1, t1), named(s1, t2)]] },
      { s1: ['ambiguous', 'target-namesake', 't1', 't2', 't1 t2'] },
    ],
    ['an employee ID backs the pair: the namesake does not matter', { identifier: [[c(s1, t1, 'employee', 'rewritten')]], sameName: [[named(s1, t1), named(s1, t2)]] }, { s1: ['matched', 'identifier', 't1', undefined, ''] }],
    ['a namesake with evidence against it (a guest) casts no doubt', { identifier: [[c(s1, t1, 'rewritten')]], sameName: [[named(s1, t1), named(s1, t2, 'guest')]] }, { s1: ['matched', 'identifier', 't1', undefined, ''] }],
    [
      "a namesake another source's identifier settled casts no doubt",
      { identifier: [[c(s1, t1, 'rewritten')], [c(s2, t2, 'employee')]], sameName: [[named(s1, t1), named(s1, t2)]] },
      { s1: ['matched', 'identifier', 't1', undefined, ''], s2: ['matched', 'identifier', 't2', undefined, ''] },
    ],
    ['the target itself is no namesake of its own pair', { identifier: [[c(s1, t1, 'rewritten')]], sameName: [[named(s1, t1)]] }, { s1: ['matched', 'identifier', 't1', undefined, ''] }],
  ])('%s', (_, row, expected) => {
    const first = seen(decide(row, ORDERS[0]!));
    expect(Object.fromEntries(Object.entries(first).map(([k, v]) => [k, v.slice(0, 5)]))).toEqual(expected);
    // The same decisions and the same words with the sources, and each source's candidates, in other orders.
    for (const order of ORDERS.slice(1)) {
      const shuffled = { ...row, identifier: row.identifier.map((list) => [...list].reverse()) };
      expect(seen(decide(shuffled, order))).toEqual(first);
    }
  });

  it('shows the explained-away pointer on the row, naming the pair that outweighed it', () => {
    const [a] = decide({ identifier: [[c(s1, t1, 'rewritten'), c(s1, t2, 'employee')]] }, [0]);
    expect(evidenceText(a!.best!.evidence)).toBe('employee ID equal (E1); UPN equal after contoso.com→fabrikam.com also points to t1@fabrikam.com: outweighed by employee ID equal (E1) (→ t2@fabrikam.com)');
  });

  it("names the other source when its pair took the target", () => {
    const rows = decide({ identifier: [[c(s1, t1, 'employee')], [c(s2, t1, 'rewritten')]] }, [0, 1]);
    expect(evidenceText(rows[1]!.best!.evidence)).toBe('UPN equal after contoso.com→fabrikam.com; UPN equal after contoso.com→fabrikam.com points to t1@fabrikam.com: outweighed by employee ID equal (E1) of s1@contoso.com');
  });
});

describe('explained-away pointers of a source that cannot be decided', () => {
  it("a duplicated source's pointer to a target another source won still shows why", () => {
    const rows = decide({ identifier: [[c(s1, t1, 'employee')], [c(s2, t1, 'rewritten')]], duplicateSources: [s2] }, [0, 1]);
    expect(rows.map((a) => [a.status, a.reason])).toEqual([
      ['matched', 'identifier'],
      ['conflict', 'duplicate-in-export'],
    ]);
    expect(evidenceText(rows[1]!.best!.evidence)).toContain('outweighed by employee ID equal (E1) of s1@contoso.com');
  });
});
