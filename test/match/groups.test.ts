import { describe, expect, it } from 'vitest';
import { parseDomainRules } from '../../src/config.js';
import { mapRows } from '../../src/emit/identity-map.js';
import { matchGroups } from '../../src/match/groups/match.js';
import { DEFAULT_GROUP_OPTIONS, type GroupOptions } from '../../src/match/options.js';
import { compareGroupNames, groupNameKey } from '../../src/match/groups/names.js';
import type { Principal } from '../../src/model.js';
import { group } from '../helpers/principal.js';

const domains = parseDomainRules(['contoso.com=fabrikam.com']);
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const m365 = (tenant: 'source' | 'target', name: string, alias: string, more: Partial<Principal> = {}) =>
  group(tenant, id(), { displayName: name, mailNickname: alias, mail: `${alias.toLowerCase()}@${tenant === 'source' ? 'contoso' : 'fabrikam'}.com`, groupTypes: ['Unified'], securityEnabled: false, mailEnabled: true, ...more });
const security = (tenant: 'source' | 'target', name: string, alias: string, more: Partial<Principal> = {}) =>
  group(tenant, id(), { displayName: name, mailNickname: alias, groupTypes: [], securityEnabled: true, mailEnabled: false, ...more });
const distribution = (tenant: 'source' | 'target', name: string, alias: string) =>
  group(tenant, id(), { displayName: name, mailNickname: alias, mail: `${alias}@contoso.com`, groupTypes: [], securityEnabled: false, mailEnabled: true });

function run(sources: Principal[], targets: Principal[], options: Partial<GroupOptions> = {}) {
  const result = matchGroups(sources, targets, domains, { ...DEFAULT_GROUP_OPTIONS, ...options }, 'standard');
  const name = (p: Principal | undefined) => p?.displayName;
  return {
    decisions: result.assignments.map((a) => ({ source: name(a.source), status: a.status, reason: a.reason, target: name(a.best?.target), rule: a.best?.foundBy })),
    findings: result.findings.map((f) => f.code),
    result,
  };
}

describe('group matching', () => {
  it.each([
    { name: 'equal mail nickname', s: m365('source', 'Sales', 'Sales'), t: m365('target', 'FAB Sales Team', 'Sales'), status: 'matched', rule: 'mail-nickname+address-domain' },
    { name: 'mail equal after the domain rewrite', s: m365('source', 'Sales', 'Sales'), t: m365('target', 'Verkauf', 'Verkauf', { mail: 'sales@fabrikam.com' }), status: 'matched', rule: 'address-domain' },
    { name: 'equal name once the target prefix is set aside', s: security('source', 'Finance Readers', 'FR'), t: security('target', 'FAB Finance Readers', 'FABFR'), status: 'matched', rule: 'group-name:exact' },
    { name: 'the same words in another order', s: security('source', 'EU Sales', 'a'), t: security('target', 'Sales EU', 'b'), status: 'review', rule: 'group-name:same-words' },
    { name: 'a typo in the name', s: security('source', 'Legal Counsel', 'a'), t: security('target', 'FAB Legal Councel', 'b'), status: 'review', rule: 'group-name:typo' },
    { name: 'a Microsoft 365 group against a security group', s: m365('source', 'Apollo', 'Apollo'), t: security('target', 'Apollo', 'Apollo'), status: 'conflict', rule: 'mail-nickname' },
    { name: 'nothing in common', s: security('source', 'Facilities', 'a'), t: security('target', 'Research', 'b'), status: 'unmatched', rule: undefined },
  ])('$name → $status', ({ s, t, status, rule }) => {
    expect(run([s], [t], { targetPrefixes: ['FAB '] }).decisions).toMatchObject([{ status, rule }]);
  });

  it('two target groups equally good are ambiguous', () => {
    const s = security('source', 'Engineering', 'e1');
    const { decisions } = run([s], [security('target', 'FAB Engineering', 'e2'), security('target', 'Engineering', 'e3')], { targetPrefixes: ['FAB '] });
    expect(decisions).toMatchObject([{ status: 'ambiguous', reason: 'namesake' }]);
  });

  it('excludes distribution lists with a finding and never proposes them', () => {
    const { decisions, findings } = run([distribution('source', 'All Staff', 'allstaff')], [distribution('target', 'All Staff', 'allstaff')]);
    expect(decisions).toEqual([{ source: 'All Staff', status: 'excluded', reason: 'distribution-list', target: undefined, rule: undefined }]);
    expect(findings).toEqual(['distribution-list']);
  });

  it('never maps a group whose type the export does not tell', () => {
    const s = m365('source', 'Sales', 'Sales', { groupTypes: undefined });
    const { decisions, findings } = run([s], [m365('target', 'Sales', 'Sales')]);
    expect(decisions).toMatchObject([{ status: 'review', reason: 'group-type-unknown' }]);
    expect(findings).toEqual(['group-type-unknown']);
  });

  it('notes dynamic membership in the evidence', () => {
    const { result } = run([m365('source', 'Everyone', 'everyone')], [m365('target', 'Everyone', 'everyone', { groupTypes: ['Unified', 'DynamicMembership'] })]);
    expect(result.assignments[0]!.best!.evidence.map((e) => e.rule)).toEqual(['mail-nickname', 'address-domain', 'dynamic-membership']);
  });
});

describe('group rows', () => {
  const tenant = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';
  it.each([
    { option: 'object-id', column5: (t: Principal) => t.id },
    { option: 'display-name', column5: (t: Principal) => t.displayName },
  ] as const)('security group column 5 with $option; Microsoft 365 column 5 is the target alias', ({ option, column5 }) => {
    const sources = [m365('source', 'Sales', 'Sales'), security('source', 'Readers', 'r')];
    const targets = [m365('target', 'FAB Sales', 'Sales'), security('target', 'Readers', 'r2')];
    const { result } = run(sources, targets);
    expect(mapRows(result.assignments, tenant, { securityColumn5: option })).toEqual([
      ['Group', tenant, sources[0]!.id, targets[0]!.id, 'Sales', 'O365Group'],
      ['Group', tenant, sources[1]!.id, targets[1]!.id, column5(targets[1]!), 'RegularGroup'],
    ]);
  });
});

describe('group names', () => {
  it.each([
    ['FAB Sales Team', ['FAB '], 'sales team'],
    ['fab sales team', ['FAB '], 'sales team'],
    ['Équipe Ventes', [], 'equipe ventes'],
    ['Sales-Team (EU)', [], 'sales team eu'],
  ])('%s with prefixes %j → %s', (name, prefixes, key) => {
    expect(groupNameKey(name, prefixes)).toBe(key);
  });

  it.each([
    ['sales team', 'sales team', 'exact'],
    ['eu sales', 'sales eu', 'same-words'],
    ['legal counsel', 'legal councel', 'typo'],
    ['sales', 'marketing', undefined],
  ])('%s ~ %s → %s', (a, b, level) => {
    expect(compareGroupNames(a, b)).toBe(level);
  });
});
