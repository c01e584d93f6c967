import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/model.js';
import { runMap } from '../../src/pipeline.js';
import { matchConfig } from '../helpers/config.js';
import { person, user } from '../helpers/principal.js';

const config = matchConfig();

function decide(sources: Principal[], targets: Principal[]) {
  const r = runMap({ sourceUsers: sources, targetUsers: targets }, config);
  return r.assignments.map((a) => ({ source: a.source.upn, status: a.status, reason: a.reason, target: a.best?.target.upn, competing: a.competing }));
}

describe('one-to-one decisions on identifiers', () => {
  it('a unique identifier pair is matched', () => {
    expect(decide([user('source', 'ann.lee@contoso.com', person('Ann', 'Lee'))], [user('target', 'ann.lee@fabrikam.com', person('Ann', 'Lee'))])).toEqual([
      { source: 'ann.lee@contoso.com', status: 'matched', reason: 'identifier', target: 'ann.lee@fabrikam.com', competing: [] },
    ]);
  });

  it('two source domains rewriting onto one target UPN: neither takes it', () => {
    const sources = [user('source', 'john.smith@contososales.com', person('John', 'Smith')), user('source', 'john.smith@contoso.com', person('John', 'Smith'))];
    const targets = [user('target', 'john.smith@fabrikam.com', person('John', 'Smith')), user('target', 'john.smith2@fabrikam.com', person('John', 'Smith'))];
    expect(decide(sources, targets)).toEqual([
      { source: 'john.smith@contoso.com', status: 'ambiguous', reason: 'target-wanted-by-several', target: 'john.smith@fabrikam.com', competing: ['john.smith@contososales.com'] },
      { source: 'john.smith@contososales.com', status: 'ambiguous', reason: 'target-wanted-by-several', target: 'john.smith@fabrikam.com', competing: ['john.smith@contoso.com'] },
    ]);
  });

  it('an employee ID outweighs a rewritten UPN pointing at another target', () => {
    const s = user('source', 'maria.garcia@contoso.com', person('María', 'García', { employeeId: 'E7' }));
    const targets = [user('target', 'mgarcia2@fabrikam.com', person('Maria', 'Garcia', { employeeId: 'E7' })), user('target', 'maria.garcia@fabrikam.com', person('Maria', 'Garcia'))];
    expect(decide([s], targets)).toEqual([{ source: 'maria.garcia@contoso.com', status: 'matched', reason: 'identifier', target: 'mgarcia2@fabrikam.com', competing: [] }]);
  });

  it('identifiers of one tier pointing at two targets are a conflict', () => {
    const s = user('source', 'maria.garcia@contoso.com', person('María', 'García', { mail: 'maria.garcia@contoso.com', proxies: ['maria.garcia@contoso.com', 'mg@contoso.com'] }));
    const targets = [
      user('target', 'mgarcia2@fabrikam.com', person('Maria', 'Garcia', { proxies: ['mgarcia2@fabrikam.com', 'mg@contoso.com'] })),
      user('target', 'maria.garcia@fabrikam.com', person('Maria', 'Garcia', { proxies: ['maria.garcia@fabrikam.com', 'maria.garcia@contoso.com'] })),
    ];
    expect(decide([s], targets)).toEqual([
      {
        source: 'maria.garcia@contoso.com',
        status: 'conflict',
        reason: 'several-targets',
        target: 'maria.garcia@fabrikam.com',
        competing: ['maria.garcia@fabrikam.com', 'mgarcia2@fabrikam.com'],
      },
    ]);
  });

  it.each([
    {
      name: 'names that share nothing',
      source: user('source', 'ab@contoso.com', person('Anna', 'Berg')),
      target: user('target', 'ab@fabrikam.com', person('Alan', 'Brooks')),
    },
    {
      name: 'different employee IDs of a shared scheme',
      source: user('source', 't.nguyen@contoso.com', person('Thanh', 'Nguyen', { employeeId: 'E2' })),
      target: user('target', 't.nguyen@fabrikam.com', person('Tuan', 'Nguyen', { employeeId: 'E3' })),
      extra: [user('source', 'x@contoso.com', { employeeId: 'E1' }), user('target', 'x@fabrikam.com', { employeeId: 'E1' })],
    },
    {
      name: 'a member who would become a guest',
      source: user('source', 'pat.kelly@contoso.com', person('Pat', 'Kelly', { mail: 'pat.kelly@contoso.com' })),
      target: user('target', 'pat.kelly_contoso.com#EXT#@fabrikam.onmicrosoft.com', person('Pat', 'Kelly', { mail: 'pat.kelly@contoso.com', userType: 'Guest' })),
    },
  ])('strong evidence contradicted by $name is a conflict', ({ source, target, extra = [] }) => {
    const [s, t] = [extra.filter((p) => p.tenant === 'source'), extra.filter((p) => p.tenant === 'target')];
    const result = decide([source, ...s], [target, ...t]).find((a) => a.source === source.upn);
    expect(result).toMatchObject({ status: 'conflict', reason: 'contradicted', target: target.upn });
  });

  it('a nickname, a typo or a changed surname does not contradict', () => {
    const sources = [
      user('source', 'bob.jones@contoso.com', person('Robert', 'Jones')),
      user('source', 'ann.smyth@contoso.com', person('Ann', 'Smyth')),
      user('source', 'eva.berg@contoso.com', person('Eva', 'Berg')),
    ];
    const targets = [
      user('target', 'bob.jones@fabrikam.com', person('Bob', 'Jones')),
      user('target', 'ann.smyth@fabrikam.com', person('Anne', 'Smith')),
      user('target', 'eva.berg@fabrikam.com', person('Eva', 'Lindqvist')),
    ];
    expect(decide(sources, targets).map((a) => a.status)).toEqual(['matched', 'matched', 'matched']);
  });

  it('a source listed twice in its export is a conflict for both rows', () => {
    const a = user('source', 'lena@contoso.com', person('Lena', 'Fischer'));
    const b = user('source', 'Lena@contoso.com', person('Lena', 'Fischer'));
    expect(decide([a, b], [user('target', 'lena@fabrikam.com', person('Lena', 'Fischer'))]).map((x) => [x.status, x.reason])).toEqual([
      ['conflict', 'duplicate-in-export'],
      ['conflict', 'duplicate-in-export'],
    ]);
  });

  it('a target listed twice in its export is a conflict', () => {
    const s = user('source', 'omar@contoso.com', person('Omar', 'Haddad'));
    const t = user('target', 'omar@fabrikam.com', person('Omar', 'Haddad'));
    expect(decide([s], [t, { ...t, origin: { file: 'target.csv', line: 99 } }])).toMatchObject([{ status: 'conflict', reason: 'target-duplicate-in-export' }]);
  });

  it('numbered UPNs (john.smith, john.smith2) matched by the rewrite alone are ambiguous; an ID settles them', () => {
    const sources = [
      user('source', 'john.smith@contoso.com', person('John', 'Smith')),
      user('source', 'john.smith2@contoso.com', person('John', 'Smith', { employeeId: 'E2' })),
      user('source', 'ann.lee@contoso.com', person('Ann', 'Lee', { employeeId: 'E3' })),
    ];
    const targets = [
      user('target', 'john.smith@fabrikam.com', person('John', 'Smith')),
      user('target', 'john.smith2@fabrikam.com', person('John', 'Smith', { employeeId: 'E2' })),
      user('target', 'ann.lee@fabrikam.com', person('Ann', 'Lee', { employeeId: 'E3' })),
    ];
    expect(decide(sources, targets).map((a) => [a.source, a.status, a.reason])).toEqual([
      ['ann.lee@contoso.com', 'matched', 'identifier'],
      ['john.smith2@contoso.com', 'matched', 'identifier'],
      ['john.smith@contoso.com', 'ambiguous', 'numbered-upn'],
    ]);
  });

  it('with policy standard a rare exact name unique in both tenants is matched; strict sends it to review', () => {
    const s = user('source', 'ottoline.quist@contoso.com', person('Ottoline', 'Quist'));
    const t = user('target', 'oquist@fabrikam.com', person('Ottoline', 'Quist'));
    const others = Array.from({ length: 30 }, (_, i) => user('target', `x${i}@fabrikam.com`, person(`Given${i}`, `Surname${i}`)));
    expect(decide([s], [t, ...others])).toMatchObject([{ status: 'matched', reason: 'name-unique', target: 'oquist@fabrikam.com' }]);
    const strict = runMap({ sourceUsers: [s], targetUsers: [t, ...others] }, { ...config, policy: 'strict' });
    expect(strict.assignments.map((a) => [a.status, a.reason])).toEqual([['review', 'policy-strict']]);
  });

  it('two candidates within a few points are a near-tie: ambiguous, never mapped', () => {
    const s = user('source', 'katarina.novak@contoso.com', person('Katarina', 'Novak'));
    const targets = [user('target', 'knowak@fabrikam.com', person('Katarina', 'Nowak')), user('target', 'kn2@fabrikam.com', person('Katarzina', 'Novak'))];
    expect(decide([s], targets)).toMatchObject([{ status: 'ambiguous', reason: 'near-tie', competing: ['kn2@fabrikam.com', 'knowak@fabrikam.com'] }]);
  });

  it('the same name twice in a tenant is a namesake: ambiguous, never mapped', () => {
    const s = user('source', 'wei.chen@contoso.com', person('Wei', 'Chen'));
    const targets = [user('target', 'wchen@fabrikam.com', person('Wei', 'Chen')), user('target', 'wei.chen.lab@fabrikam.com', person('Wei', 'Chen'))];
    expect(decide([s], targets)).toMatchObject([{ status: 'ambiguous', reason: 'namesake' }]);
  });

  it('without any identifier a source is unmatched', () => {
    expect(decide([user('source', 'leaver@contoso.com', person('Ahmed', 'Karim'))], [user('target', 'new@fabrikam.com', person('Imogen', 'Shaw'))])).toMatchObject([
      { status: 'unmatched', reason: 'no-candidate' },
    ]);
  });

  it('reports targets no source claims', () => {
    const r = runMap({ sourceUsers: [user('source', 'a@contoso.com')], targetUsers: [user('target', 'a@fabrikam.com'), user('target', 'new@fabrikam.com')] }, config);
    expect(r.unclaimedTargets.map((t) => t.upn)).toEqual(['new@fabrikam.com']);
  });
});
