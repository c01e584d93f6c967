// Reviewer decisions over the automatic assignments, through the pure pipeline: what each
// decision changes, every finding for a decision that cannot be applied, and no dependence on
// the order of the decision rows.
import { describe, expect, it } from 'vitest';
import type { Decision, Principal, Verdict } from '../../src/model.js';
import { runMap } from '../../src/pipeline.js';
import { matchConfig } from '../helpers/config.js';
import { person, user } from '../helpers/principal.js';

const config = matchConfig();
const named = person;

// ann: matched on the UPN; bob: a nickname, left for review; leaver: no candidate.
const sources = [
  user('source', 'ann.lee@contoso.com', named('Ann', 'Lee')),
  user('source', 'bob.jones@contoso.com', named('Robert', 'Jones')),
  user('source', 'leaver@contoso.com', named('Ahmed', 'Karim')),
];
const targets = [
  user('target', 'ann.lee@fabrikam.com', named('Ann', 'Lee')),
  user('target', 'rjones@fabrikam.com', named('Bob', 'Jones')),
  user('target', 'spare@fabrikam.com', named('Imogen', 'Shaw')),
];

let nextLine = 2;
function decision(source: string, verdict: Verdict, target = '', line = nextLine++): Decision {
  return { kind: 'user', source, target, verdict, origin: { file: 'review.csv', line } };
}

function run(decisions: Decision[] | undefined, s: Principal[] = sources, t: Principal[] = targets) {
  const r = runMap({ sourceUsers: s, targetUsers: t, ...(decisions && { decisions }) }, config);
  return {
    rows: r.assignments.map((a) => ({ source: a.source.key, status: a.status, reason: a.reason, target: a.best?.target.key, competing: a.competing })),
    findings: r.findings.filter((f) => f.code.startsWith('decision-')).map((f) => ({ code: f.code, severity: f.severity, principal: f.principal, line: f.line, data: f.data })),
    assignments: r.assignments,
  };
}

const automatic = run(undefined);

describe('the automatic starting point', () => {
  it('matches ann, proposes bob for review, finds nothing for the leaver', () => {
    expect(automatic.rows).toEqual([
      { source: 'ann.lee@contoso.com', status: 'matched', reason: 'identifier', target: 'ann.lee@fabrikam.com', competing: [] },
      { source: 'bob.jones@contoso.com', status: 'review', reason: 'name-only', target: 'rjones@fabrikam.com', competing: [] },
      { source: 'leaver@contoso.com', status: 'unmatched', reason: 'no-candidate', target: undefined, competing: [] },
    ]);
  });
});

describe('applying decisions', () => {
  it.each([
    {
      name: 'accept a review row',
      decisions: [decision('bob.jones@contoso.com', 'accept', 'rjones@fabrikam.com', 3)],
      changed: [{ source: 'bob.jones@contoso.com', status: 'decided', reason: 'decision-accept', target: 'rjones@fabrikam.com', competing: [] }],
      findings: [],
    },
    {
      name: 'reject a matched row',
      decisions: [decision('ann.lee@contoso.com', 'reject', 'ann.lee@fabrikam.com', 2)],
      changed: [{ source: 'ann.lee@contoso.com', status: 'excluded', reason: 'decision-reject', target: 'ann.lee@fabrikam.com', competing: [] }],
      findings: [],
    },
    {
      name: 'reject a row without a target',
      decisions: [decision('leaver@contoso.com', 'reject', '', 4)],
      changed: [{ source: 'leaver@contoso.com', status: 'excluded', reason: 'decision-reject', target: undefined, competing: [] }],
      findings: [],
    },
    {
      name: 'redirect: accept with another target key',
      decisions: [decision('leaver@contoso.com', 'accept', 'spare@fabrikam.com', 4)],
      changed: [{ source: 'leaver@contoso.com', status: 'decided', reason: 'decision-accept', target: 'spare@fabrikam.com', competing: [] }],
      findings: [],
    },
    {
      name: 'keys in another case, and a repeated row that agrees',
      decisions: [decision('BOB.Jones@Contoso.com', 'accept', 'RJones@fabrikam.com', 3), decision('bob.jones@contoso.com', 'accept', 'rjones@fabrikam.com', 9)],
      changed: [{ source: 'bob.jones@contoso.com', status: 'decided', reason: 'decision-accept', target: 'rjones@fabrikam.com', competing: [] }],
      findings: [],
    },
    {
      name: 'source gone',
      decisions: [decision('gone@contoso.com', 'accept', 'spare@fabrikam.com', 5)],
      changed: [],
      findings: [{ code: 'decision-source-gone', severity: 'error', principal: 'gone@contoso.com', line: 5, data: { source: 'gone@contoso.com' } }],
    },
    {
      name: 'target gone',
      decisions: [decision('bob.jones@contoso.com', 'accept', 'bjones@fabrikam.com', 3)],
      changed: [],
      findings: [
        { code: 'decision-target-gone', severity: 'error', principal: 'bob.jones@contoso.com', line: 3, data: { source: 'bob.jones@contoso.com', target: 'bjones@fabrikam.com' } },
      ],
    },
    {
      name: 'two accepts for one target: neither applies',
      decisions: [decision('bob.jones@contoso.com', 'accept', 'spare@fabrikam.com', 3), decision('leaver@contoso.com', 'accept', 'Spare@fabrikam.com', 4)],
      changed: [],
      findings: [
        {
          code: 'decision-breaks-one-to-one',
          severity: 'error',
          principal: 'bob.jones@contoso.com',
          line: 3,
          data: { source: 'bob.jones@contoso.com', target: 'spare@fabrikam.com', other: ['leaver@contoso.com (line 4)'], why: 'target-accepted-twice' },
        },
        {
          code: 'decision-breaks-one-to-one',
          severity: 'error',
          principal: 'leaver@contoso.com',
          line: 4,
          data: { source: 'leaver@contoso.com', target: 'Spare@fabrikam.com', other: ['bob.jones@contoso.com (line 3)'], why: 'target-accepted-twice' },
        },
      ],
    },
    {
      name: 'a decision beats the automatic match of another source',
      decisions: [decision('leaver@contoso.com', 'accept', 'ann.lee@fabrikam.com', 4)],
      changed: [
        { source: 'ann.lee@contoso.com', status: 'conflict', reason: 'target-taken', target: 'ann.lee@fabrikam.com', competing: ['leaver@contoso.com'] },
        { source: 'leaver@contoso.com', status: 'decided', reason: 'decision-accept', target: 'ann.lee@fabrikam.com', competing: [] },
      ],
      findings: [
        {
          code: 'decision-breaks-one-to-one',
          severity: 'error',
          principal: 'ann.lee@contoso.com',
          line: 4,
          data: { source: 'leaver@contoso.com', target: 'ann.lee@fabrikam.com', other: ['ann.lee@contoso.com'], why: 'automatic-match-lost' },
        },
      ],
    },
    {
      name: 'a decision takes the target of a name proposal (no map row lost, so no finding)',
      decisions: [decision('leaver@contoso.com', 'accept', 'rjones@fabrikam.com', 4)],
      changed: [
        { source: 'bob.jones@contoso.com', status: 'ambiguous', reason: 'target-taken', target: 'rjones@fabrikam.com', competing: ['leaver@contoso.com'] },
        { source: 'leaver@contoso.com', status: 'decided', reason: 'decision-accept', target: 'rjones@fabrikam.com', competing: [] },
      ],
      findings: [],
    },
    {
      name: 'rows for one source that disagree: none applies',
      decisions: [decision('bob.jones@contoso.com', 'accept', 'rjones@fabrikam.com', 3), decision('bob.jones@contoso.com', 'reject', '', 7)],
      changed: [],
      findings: [
        {
          code: 'decision-contradictory',
          severity: 'error',
          principal: 'bob.jones@contoso.com',
          line: 3,
          data: { source: 'bob.jones@contoso.com', said: ['line 3: accept rjones@fabrikam.com', 'line 7: reject'] },
        },
      ],
    },
  ])('$name', ({ decisions, changed, findings }) => {
    const r = run(decisions);
    expect(r.rows.filter((row, i) => JSON.stringify(row) !== JSON.stringify(automatic.rows[i]))).toEqual(changed);
    expect(r.findings).toEqual(findings);
  });

  it('an ignored decision leaves every assignment as the automatic rules made it', () => {
    const r = run([decision('gone@contoso.com', 'accept', 'spare@fabrikam.com')]);
    expect(r.assignments).toEqual(automatic.assignments);
  });

  it('an empty decisions file changes nothing', () => {
    expect(run([]).assignments).toEqual(automatic.assignments);
  });
});

describe('the evidence of a decided row', () => {
  const evidenceOf = (decisions: Decision[], source: string) => {
    const a = run(decisions).assignments.find((x) => x.source.key === source)!;
    return { evidence: a.best?.evidence, score: a.best?.score, foundBy: a.best?.foundBy, runnerUp: a.runnerUp?.target.key };
  };

  it('puts the decision first, then the automatic evidence for the pair', () => {
    expect(evidenceOf([decision('bob.jones@contoso.com', 'accept', 'rjones@fabrikam.com')], 'bob.jones@contoso.com')).toEqual({
      evidence: [
        { rule: 'decision', strength: 'final', verdict: 'accept' },
        { rule: 'name-similar', strength: 'weak', level: 'nickname', source: 'Robert Jones', target: 'Bob Jones' },
      ],
      score: automatic.assignments[1]!.best!.score,
      foundBy: 'decision',
      runnerUp: undefined,
    });
  });

  it('shows the evidence against a pair no rule proposed, and what the rules proposed instead', () => {
    expect(evidenceOf([decision('bob.jones@contoso.com', 'accept', 'spare@fabrikam.com')], 'bob.jones@contoso.com')).toEqual({
      evidence: [
        { rule: 'decision', strength: 'final', verdict: 'accept' },
        { rule: 'names-differ', strength: 'negative', source: 'Robert Jones', target: 'Imogen Shaw' },
      ],
      score: 0,
      foundBy: 'decision',
      runnerUp: 'rjones@fabrikam.com',
    });
  });

  it('keeps the rejected candidate visible behind the decision', () => {
    expect(evidenceOf([decision('ann.lee@contoso.com', 'reject', 'ann.lee@fabrikam.com')], 'ann.lee@contoso.com')).toEqual({
      evidence: [
        { rule: 'decision', strength: 'final', verdict: 'reject' },
        { rule: 'upn-domain', strength: 'strong', from: 'contoso.com', to: 'fabrikam.com' },
      ],
      score: 100,
      foundBy: 'upn-domain',
      runnerUp: undefined,
    });
  });

  it('a rejected proposal frees its target', () => {
    const r = runMap({ sourceUsers: sources, targetUsers: targets, decisions: [decision('ann.lee@contoso.com', 'reject', 'ann.lee@fabrikam.com')] }, config);
    expect(r.unclaimedTargets.map((t) => t.key)).toEqual(['ann.lee@fabrikam.com', 'spare@fabrikam.com']);
  });
});

describe('principals listed twice in an export', () => {
  const twice = (p: Principal): Principal[] => [p, { ...p, origin: { file: p.origin.file, line: 99 } }];

  it.each([
    { name: 'accept for a source listed twice', s: [...twice(sources[1]!), sources[2]!], t: targets, why: 'source-twice-in-export' },
    { name: 'accept of a target listed twice', s: sources, t: [targets[0]!, ...twice(targets[1]!), targets[2]!], why: 'target-twice-in-export' },
  ])('$name is ignored with a finding', ({ s, t, why }) => {
    const before = run(undefined, s, t);
    const r = run([decision('bob.jones@contoso.com', 'accept', 'rjones@fabrikam.com', 3)], s, t);
    expect(r.rows).toEqual(before.rows);
    expect(r.findings).toEqual([
      { code: 'decision-breaks-one-to-one', severity: 'error', principal: 'bob.jones@contoso.com', line: 3, data: { source: 'bob.jones@contoso.com', target: 'rjones@fabrikam.com', why } },
    ]);
  });

  it('a reject leaves out every row of a source listed twice', () => {
    const r = run([decision('bob.jones@contoso.com', 'reject', '', 3)], [...twice(sources[1]!)], targets);
    expect(r.rows.map((x) => [x.status, x.reason])).toEqual([
      ['excluded', 'decision-reject'],
      ['excluded', 'decision-reject'],
    ]);
    expect(r.findings).toEqual([]);
  });
});

describe('order of the decision rows', () => {
  const decisions = [
    decision('bob.jones@contoso.com', 'accept', 'rjones@fabrikam.com', 3),
    decision('ann.lee@contoso.com', 'reject', 'ann.lee@fabrikam.com', 2),
    decision('gone@contoso.com', 'accept', 'spare@fabrikam.com', 8),
    decision('leaver@contoso.com', 'accept', 'nobody@fabrikam.com', 4),
    decision('leaver@contoso.com', 'accept', 'nobody@fabrikam.com', 6),
  ];
  const rotations = decisions.map((_, i) => [...decisions.slice(i), ...decisions.slice(0, i)].reverse());

  it.each(rotations.map((order, i) => ({ i, order })))('gives the same assignments and findings (order $i)', ({ order }) => {
    const reference = run(decisions);
    const r = run(order);
    expect(r.assignments).toEqual(reference.assignments);
    expect(r.findings).toEqual(reference.findings);
  });
});

describe('create: a request to pre-create the source, not a decision about the map', () => {
  it('marks unmatched and review sources, leaves their status, and drops the mark once a source has a target', () => {
    const r = run([decision('leaver@contoso.com', 'create'), decision('bob.jones@contoso.com', 'create'), decision('ann.lee@contoso.com', 'create')]);
    expect(r.rows).toEqual(automatic.rows);
    expect(r.assignments.map((a) => a.requested)).toEqual([undefined, 'create', 'create']);
    expect(r.findings).toEqual([]);
  });

  it('disagreeing with an accept for the same source is contradictory, and neither applies', () => {
    const r = run([decision('bob.jones@contoso.com', 'create', '', 40), decision('bob.jones@contoso.com', 'accept', 'rjones@fabrikam.com', 41)]);
    expect(r.rows).toEqual(automatic.rows);
    expect(r.assignments[1]?.requested).toBeUndefined();
    expect(r.findings.map((f) => [f.code, f.data?.['said']])).toEqual([['decision-contradictory', ['line 40: create', 'line 41: accept rjones@fabrikam.com']]]);
  });

  it('for a source that is gone, says so', () => {
    expect(run([decision('nobody@contoso.com', 'create')]).findings.map((f) => f.code)).toEqual(['decision-source-gone']);
  });
});
