// assign() called directly, with hand-made candidates: each decision rule in isolation, and the
// numbered-UPN families it is given.

import { describe, expect, it } from 'vitest';
import { assign, type AssignInput } from '../../../src/match/assign/assign.js';
import { numberedUpns } from '../../../src/match/assign/numbered-upns.js';
import type { Candidate, Evidence, Principal } from '../../../src/model.js';
import { user } from '../../helpers/principal.js';

const s1 = user('source', 's1@contoso.com');
const s2 = user('source', 's2@contoso.com');
const t1 = user('target', 't1@fabrikam.com');
const t2 = user('target', 't2@fabrikam.com');

// assign looks at rules and strengths only; the values are placeholders of each rule's shape.
const DETAILS: Partial<Record<Evidence['rule'], object>> = {
  'address-domain': { value: 'a', rewritten: 'b', sourceField: 'upn', targetField: 'mail' },
  'employee-id': { value: 'E1' },
  'employee-id-differs': { source: 'E1', target: 'E2' },
  'name-exact': { source: 'A', target: 'A' },
  'name-similar': { level: 'typo', source: 'A', target: 'B' },
  'names-differ': { source: 'A', target: 'B' },
  'upn-domain': { from: 'contoso.com', to: 'fabrikam.com' },
};
const ev = (rule: Evidence['rule'], strength: Evidence['strength']): Evidence => ({ rule, strength, ...DETAILS[rule] }) as Evidence;
const c = (source: Principal, target: Principal, score: number, ...evidence: Evidence[]): Candidate => ({ source, target, evidence, score, foundBy: 'test' });

// Candidates given per source by position, as the table reads best; assign takes one record each.
interface RunInput extends Partial<Omit<AssignInput, 'sources'>> {
  sources: Principal[];
  identifier?: Candidate[][];
  names?: Candidate[][];
}

function run({ sources, identifier = [], names = [], ...input }: RunInput) {
  return assign({
    sources: sources.map((source, i) => ({ source, identifier: identifier[i] ?? [], names: names[i] ?? [] })),
    duplicateSources: new Set(),
    duplicateTargets: new Set(),
    namesakes: new Set(),
    numbered: new Set(),
    policy: 'standard',
    ...input,
  }).map((a) => [a.source.key, a.status, a.reason, a.best?.target.key, a.runnerUp?.target.key, a.competing]);
}

describe('assign', () => {
  it('gives one decision per source, in source order', () => {
    expect(run({ sources: [s2, s1] }).map((r) => r[0])).toEqual(['s2@contoso.com', 's1@contoso.com']);
  });

  it.each([
    ['a lone identifier pair is matched', { identifier: [[c(s1, t1, 100, ev('employee-id', 'strong'))]] }, ['matched', 'identifier']],
    ['a duplicated source is a conflict', { identifier: [[c(s1, t1, 100, ev('employee-id', 'strong'))]], duplicateSources: new Set([s1]) }, ['conflict', 'duplicate-in-export']],
    ['a duplicated target is a conflict', { identifier: [[c(s1, t1, 100, ev('employee-id', 'strong'))]], duplicateTargets: new Set([t1]) }, ['conflict', 'target-duplicate-in-export']],
    ['evidence against an identifier pair is a conflict', { identifier: [[c(s1, t1, 100, ev('upn-domain', 'strong'), ev('employee-id-differs', 'negative'))]] }, ['conflict', 'contradicted']],
    ['a rewritten UPN into a numbered family is ambiguous', { identifier: [[c(s1, t1, 100, ev('upn-domain', 'strong'))]], numbered: new Set([t1]) }, ['ambiguous', 'numbered-upn']],
    ['an employee ID is not held back by a numbered family', { identifier: [[c(s1, t1, 100, ev('employee-id', 'strong'))]], numbered: new Set([t1]) }, ['matched', 'identifier']],
    ['no candidate is unmatched', {}, ['unmatched', 'no-candidate']],
    ['a unique medium name is matched under standard', { names: [[c(s1, t1, 90, ev('name-exact', 'medium'))]] }, ['matched', 'name-unique']],
    ['and goes to review under strict', { names: [[c(s1, t1, 90, ev('name-exact', 'medium'))]], policy: 'strict' as const }, ['review', 'policy-strict']],
    ['a weak name goes to review', { names: [[c(s1, t1, 70, ev('name-similar', 'weak'))]] }, ['review', 'name-only']],
    ['a namesake is ambiguous', { names: [[c(s1, t1, 90, ev('name-exact', 'medium'))]], namesakes: new Set([t1]) }, ['ambiguous', 'namesake']],
    ['two scores closer than the near-tie are ambiguous', { names: [[c(s1, t1, 90, ev('name-exact', 'medium')), c(s1, t2, 86, ev('name-exact', 'medium'))]] }, ['ambiguous', 'near-tie']],
  ] as const)('%s', (_, input, [status, reason]) => {
    const [row] = run({ sources: [s1], ...(input as Omit<RunInput, 'sources'>) });
    expect([row![1], row![2]]).toEqual([status, reason]);
  });

  it('two sources whose identifiers point at one target are both ambiguous, each naming the other', () => {
    const rows = run({ sources: [s1, s2], identifier: [[c(s1, t1, 100, ev('upn-domain', 'strong'))], [c(s2, t1, 100, ev('address-domain', 'strong'))]] });
    expect(rows).toEqual([
      ['s1@contoso.com', 'ambiguous', 'target-wanted-by-several', 't1@fabrikam.com', undefined, ['s2@contoso.com']],
      ['s2@contoso.com', 'ambiguous', 'target-wanted-by-several', 't1@fabrikam.com', undefined, ['s1@contoso.com']],
    ]);
  });

  // Counted and sorted once per target (assign.ts Claimants, tiers.ts rivals): each row still
  // lists every other member of the family, sorted by key, whatever the order of the sources.
  type Pairs = (s: Principal) => { names?: Candidate[]; identifier?: Candidate[] };
  it.each<[string, Pairs]>([
    ['names', (s) => ({ names: [c(s, t1, 70, ev('name-similar', 'weak'))] })],
    ['identifiers', (s) => ({ identifier: [c(s, t1, 100, ev('upn-domain', 'strong'))] })],
  ])('a family of sources wanting one target by %s names every other member on each row', (_, pair) => {
    const family = ['s3', 's1', 's4', 's2'].map((k) => user('source', `${k}@contoso.com`));
    const rows = run({ sources: family, identifier: family.map((s) => pair(s).identifier ?? []), names: family.map((s) => pair(s).names ?? []) });
    const all = ['s1@contoso.com', 's2@contoso.com', 's3@contoso.com', 's4@contoso.com'];
    for (const row of rows) {
      expect([row[1], row[2]]).toEqual(['ambiguous', 'target-wanted-by-several']);
      expect(row[5]).toEqual(all.filter((k) => k !== row[0]));
    }
  });

  it("drops a name candidate whose target an identifier gave to another source", () => {
    const rows = run({ sources: [s1, s2], identifier: [[c(s1, t1, 100, ev('employee-id', 'strong'))], []], names: [[], [c(s2, t1, 90, ev('name-exact', 'medium')), c(s2, t2, 70, ev('name-similar', 'weak'))]] });
    expect(rows[1]).toEqual(['s2@contoso.com', 'review', 'name-only', 't2@fabrikam.com', undefined, []]);
  });

  it('a contradicted identifier pair shows the best name candidate as runner-up', () => {
    const rows = run({ sources: [s1], identifier: [[c(s1, t1, 100, ev('upn-domain', 'strong'), ev('names-differ', 'negative'))]], names: [[c(s1, t2, 90, ev('name-exact', 'medium'))]] });
    expect(rows[0]).toEqual(['s1@contoso.com', 'conflict', 'contradicted', 't1@fabrikam.com', 't2@fabrikam.com', []]);
  });
});

describe('numberedUpns', () => {
  const keys = (upns: string[]) => numberedUpns(upns.map((u) => user('target', u))).map((p) => p.upn);

  it.each([
    [['john.smith@f.com', 'john.smith2@f.com', 'ann@f.com'], ['john.smith@f.com', 'john.smith2@f.com']],
    [['John.Smith@f.com', 'john.smith12@f.com'], ['John.Smith@f.com', 'john.smith12@f.com']],
    [['john.smith2@f.com', 'john.smith3@f.com'], ['john.smith2@f.com', 'john.smith3@f.com']],
    [['john.smith2@f.com'], []],
    [['john.smith@f.com', 'john.smith2@g.com'], []],
    [['r2d2@f.com', 'r2d@f.com'], ['r2d2@f.com', 'r2d@f.com']],
    [['ann@f.com', 'bob@f.com'], []],
  ])('%j → %j', (upns, expected) => {
    expect(keys(upns)).toEqual(expected);
  });
});
