// The findings that save a failed move, each rule on a proposed pair and on a row that is not one.

import { describe, expect, it } from 'vitest';
import type { Assignment, Principal } from '../../src/model.js';
import { mapFindings } from '../../src/validate/map-rules.js';
import { group, user } from '../helpers/principal.js';

function pair(source: Principal, target: Principal | undefined, status: Assignment['status'] = 'matched'): Assignment {
  const best = target && { source, target, evidence: [], score: 100, foundBy: 'test' };
  return { source, status, reason: 'identifier', best, runnerUp: undefined, competing: [] } as Assignment;
}

const codes = (a: Assignment) => mapFindings([a]).map((f) => [f.code, f.severity, f.principal]);

describe('mapFindings', () => {
  it('says nothing about a clean pair', () => {
    expect(codes(pair(user('source', 'ann@contoso.com'), user('target', 'ann@fabrikam.com')))).toEqual([]);
  });

  it("flags an apostrophe in either UPN as an error, for users only", () => {
    expect(codes(pair(user('source', "o'neil@contoso.com"), user('target', "o'neil@fabrikam.com")))).toEqual([
      ['apostrophe-in-upn', 'error', "o'neil@contoso.com"],
      ['apostrophe-in-upn', 'error', "o'neil@fabrikam.com"],
    ]);
  });

  it('warns about a disabled target and a member who would become a guest', () => {
    expect(codes(pair(user('source', 'a@contoso.com'), user('target', 'a@fabrikam.com', { enabled: false, userType: 'Guest' })))).toEqual([
      ['target-disabled', 'warning', 'a@fabrikam.com'],
      ['member-to-guest', 'warning', 'a@contoso.com'],
    ]);
  });

  it("flags a '.' in a Microsoft 365 group's name or alias, not in a security group's", () => {
    const m365 = (tenant: 'source' | 'target', id: string, name: string) => group(tenant, id, { displayName: name, mailNickname: 'team', groupTypes: ['Unified'] });
    expect(codes(pair(m365('source', 's1', 'Team.Sales'), m365('target', 't1', 'Team Sales')))).toEqual([['m365-alias-dot', 'error', 's1']]);
    const security = (tenant: 'source' | 'target', id: string) => group(tenant, id, { displayName: 'Team.Sales', securityEnabled: true, mailEnabled: false });
    expect(codes(pair(security('source', 's2'), security('target', 't2')))).toEqual([]);
  });

  it('looks at proposed rows too (review), but not at excluded ones or rows without a target', () => {
    const s = user('source', "o'neil@contoso.com");
    const t = user('target', 'oneil@fabrikam.com');
    expect(codes(pair(s, t, 'review'))).toEqual([['apostrophe-in-upn', 'error', "o'neil@contoso.com"]]);
    expect(codes(pair(s, t, 'excluded'))).toEqual([]);
    expect(codes(pair(s, undefined, 'unmatched'))).toEqual([]);
  });
});

describe('the findings in order', () => {
  // user() numbers its principals' lines in the order they are made.
  const users = ["o'neil", 'bo', "d'arcy"].map((name) => pair(user('source', `${name}@contoso.com`), user('target', `${name}@fabrikam.com`, { enabled: name !== 'bo' })));
  const groups = [pair(group('source', 'g1', { displayName: 'Team.A', groupTypes: ['Unified'] }), group('target', 'g2', { groupTypes: ['Unified'] }))];

  it("are the sources' lines order, users before groups, whatever order the assignments come in", () => {
    const inOrder = mapFindings([...users, ...groups]);
    expect(inOrder.map((f) => f.code)).toEqual(['apostrophe-in-upn', 'apostrophe-in-upn', 'target-disabled', 'apostrophe-in-upn', 'apostrophe-in-upn', 'm365-alias-dot']);
    expect(mapFindings([...groups, ...users].reverse())).toEqual(inOrder);
  });
});
