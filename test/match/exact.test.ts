import { describe, expect, it } from 'vitest';
import { parseDomainRules } from '../../src/config.js';
import { decodeExternalUpn } from '../../src/match/candidates/addresses.js';
import { exactCandidates } from '../../src/match/candidates/exact.js';
import type { Principal } from '../../src/model.js';
import { evidenceSentence } from '../../src/wording/evidence.js';
import { user } from '../helpers/principal.js';

const domains = parseDomainRules(['contoso.com=fabrikam.com', 'contososales.com=fabrikam.com']);
const rulesFor = (s: Principal, targets: Principal[], others: Principal[] = []) =>
  exactCandidates([s, ...others], targets, domains).pairs[0]!.map((p) => ({ target: targets[p.target]!.upn, rules: p.evidence.map((e) => `${e.rule}: ${evidenceSentence(e)}`) }));

describe('identifier evidence', () => {
  it.each([
    {
      name: 'UPN equal after the domain rewrite',
      source: user('source', 'Ann.Lee@Contoso.com'),
      target: user('target', 'ann.lee@fabrikam.com'),
      rules: ['upn-domain: UPN equal after contoso.com→fabrikam.com'],
    },
    {
      name: 'a second source domain rewriting to the same target domain',
      source: user('source', 'ann.lee@contososales.com'),
      target: user('target', 'ann.lee@fabrikam.com'),
      rules: ['upn-domain: UPN equal after contososales.com→fabrikam.com'],
    },
    {
      name: 'the source address kept as a proxy of the target, prefix and case folded',
      source: user('source', 'ann.lee@contoso.com', { mail: 'ann.lee@contoso.com' }),
      target: user('target', 'alee@fabrikam.com', { proxies: ['alee@fabrikam.com', 'ann.lee@contoso.com'] }),
      rules: ['address: address equal: ann.lee@contoso.com (source upn, target proxy)'],
    },
    {
      name: 'a source alias equal to the target mail after the rewrite',
      source: user('source', 'ann.lee@contoso.com', { proxies: ['ann.lee@contoso.com', 'a.lee@contoso.com'] }),
      target: user('target', 'lee.ann@fabrikam.com', { mail: 'a.lee@fabrikam.com' }),
      rules: ['address-domain: address equal after domain rewrite: a.lee@contoso.com → a.lee@fabrikam.com (source proxy, target mail)'],
    },
    {
      name: 'employee ID, unique on both sides, case-insensitive',
      source: user('source', 'ann.lee@contoso.com', { employeeId: 'e100' }),
      target: user('target', 'alee@fabrikam.com', { employeeId: 'E100' }),
      rules: ['employee-id: employee ID equal (e100)'],
    },
    {
      name: 'immutable ID',
      source: user('source', 'ann.lee@contoso.com', { immutableId: 'q83vEjRWeJq83vEjRWeJqw==' }),
      target: user('target', 'alee@fabrikam.com', { immutableId: 'q83vEjRWeJq83vEjRWeJqw==' }),
      rules: ['immutable-id: on-premises immutable ID equal (q83vEjRWeJq83vEjRWeJqw==)'],
    },
  ])('$name', ({ source, target, rules }) => {
    expect(rulesFor(source, [target])).toEqual([{ target: target.upn, rules }]);
  });

  it('no evidence between unrelated principals', () => {
    expect(rulesFor(user('source', 'ann.lee@contoso.com', { employeeId: 'E1' }), [user('target', 'bo.kim@fabrikam.com', { employeeId: 'E2' })])).toEqual([]);
  });

  it('an employee ID used twice in the source is no evidence', () => {
    const s = user('source', 'a@contoso.com', { employeeId: 'E1' });
    const other = user('source', 'b@contoso.com', { employeeId: 'E1' });
    expect(rulesFor(s, [user('target', 'x@fabrikam.com', { employeeId: 'E1' })], [other])).toEqual([]);
  });

  it('an employee ID used twice in the target is no evidence', () => {
    const s = user('source', 'a@contoso.com', { employeeId: 'E1' });
    expect(rulesFor(s, [user('target', 'x@fabrikam.com', { employeeId: 'E1' }), user('target', 'y@fabrikam.com', { employeeId: 'E1' })])).toEqual([]);
  });

  it('a guest UPN is not an address', () => {
    const s = user('source', 'p_gmail.com#EXT#@contoso.onmicrosoft.com');
    expect(rulesFor(s, [user('target', 'p_gmail.com#EXT#@contoso.onmicrosoft.com')])).toEqual([]);
  });

  it('decides whether the tenants share an employee ID scheme', () => {
    const sources = Array.from({ length: 20 }, (_, i) => user('source', `s${i}@contoso.com`, { employeeId: `E${i}` }));
    const sharing = Array.from({ length: 20 }, (_, i) => user('target', `t${i}@fabrikam.com`, { employeeId: i < 3 ? `E${i}` : `F${i}` }));
    const separate = Array.from({ length: 20 }, (_, i) => user('target', `t${i}@fabrikam.com`, { employeeId: i < 1 ? `E${i}` : `F${i}` }));
    expect(exactCandidates(sources, sharing, domains).shared.employeeId).toBe(true);
    expect(exactCandidates(sources, separate, domains).shared.employeeId).toBe(false);
  });
});

describe('guest external addresses', () => {
  it.each([
    ['partner_gmail.com#EXT#@contoso.onmicrosoft.com', 'partner@gmail.com'],
    ['Sam_Doe_outlook.com#EXT#@contoso.onmicrosoft.com', 'sam_doe@outlook.com'],
    ['lee.wong_northwind.com#ext#@contoso.onmicrosoft.com', 'lee.wong@northwind.com'],
    ['ann.lee@contoso.com', ''],
    ['_gmail.com#EXT#@contoso.onmicrosoft.com', ''],
  ])('%s decodes to %j', (upn, address) => {
    expect(decodeExternalUpn(upn)).toBe(address);
  });

  it('matches a guest to a target guest by mail, and to a member holding the decoded address', () => {
    const guest = user('source', 'lee.wong_northwind.com#EXT#@contoso.onmicrosoft.com', { userType: 'Guest' });
    const member = user('target', 'lee.wong@fabrikam.com', { proxies: ['lee.wong@fabrikam.com', 'lee.wong@northwind.com'] });
    expect(rulesFor(guest, [member])).toEqual([{ target: 'lee.wong@fabrikam.com', rules: ["guest-address: guest's external address equal: lee.wong@northwind.com (target proxy)"] }]);
  });
});
