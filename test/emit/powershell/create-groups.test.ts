// 04-target-create-groups.ps1: parses, calls only Exchange Online, Graph and its own helpers,
// and no group name changes what the script does; the groups chosen and refused by their rules.
import { describe, expect, it } from 'vitest';
import { createGroupsScript } from '../../../src/emit/powershell/create-groups.js';
import { psQuote } from '../../../src/emit/powershell/quote.js';
import { groupsToCreate, type NewM365Group, type NewSecurityGroup } from '../../../src/export/precreate/groups.js';
import type { ReviewEntry } from '../../../src/read/run-folder.js';
import { commandNames, parsePs, psParser, shape, syntaxErrors } from '../../helpers/powershell.js';
import { HOSTILE } from '../../helpers/hostile.js';
import { user } from '../../helpers/principal.js';

const parser = await psParser();

const m365 = (name: string): NewM365Group => ({ source: '11111111-1111-4111-8111-111111111111', displayName: name, alias: 'Sales', accessType: 'Public', mailboxRegion: 'EUR' });
const sec = (name: string): NewSecurityGroup => ({ source: '22222222-2222-4222-8222-222222222222', displayName: name, mailNickname: 'FinanceReaders' });

const EXPECTED = [
  'Add-Result', 'Connect-ExchangeOnline', 'Connect-MgGraph', 'Connect-Tenant', 'Disconnect-ExchangeOnline', 'Disconnect-MgGraph', 'Disconnect-Tenant', 'Export-Csv', 'Format-Call',
  'Get-AcceptedDomain', 'Get-LoggedItems', 'Get-MgGroup', 'Get-UnifiedGroup', 'Group-Object', 'Import-Csv', 'Join-Path', 'New-MgGroup', 'New-Object', 'New-UnifiedGroup',
  'Out-Null', 'Set-StrictMode', 'Sort-Object', 'Test-Path', 'Where-Object', 'Write-Host', 'Write-Warning',
].sort();

describe('04-target-create-groups.ps1', () => {
  const plain = createGroupsScript([m365('Sales Team')], [sec('Finance Readers')], 'fabrikam.com');
  const plainShape = shape(parsePs(parser, plain));

  it('parses, calls only its known commands, with a BOM, the safety frame, and nothing of SharePoint', () => {
    const tree = parsePs(parser, plain);
    expect(syntaxErrors(tree)).toEqual([]);
    expect(commandNames(tree)).toEqual(EXPECTED);
    // One BOM: a second would turn '#Requires' into a command that is not found, and skipped.
    expect(plain.startsWith('\uFEFF#Requires -Version 5.1\r\n#Requires -Modules ExchangeOnlineManagement, Microsoft.Graph.Groups\r\n')).toBe(true);
    expect(plain).toContain("\r\n$ErrorActionPreference = 'Stop'\r\n");
    expect(plain).toContain("@{ Source = '11111111-1111-4111-8111-111111111111'; DisplayName = 'Sales Team'; Alias = 'Sales'; AccessType = 'Public'; MailboxRegion = 'EUR' }");
    expect(plain).toContain("$Created = Get-LoggedItems 'created'");
    expect(plain).not.toMatch(/SPO/);
  });

  it.each(HOSTILE.filter((h) => !/[\u0000-\u001f\u007f]/.test(h)))('a group named with %j is a quoted literal, and the script keeps its shape', (h) => {
    const name = `Team ${h} x`;
    const text = createGroupsScript([m365(name)], [sec(name)], 'fabrikam.com');
    expect(text).toContain(`DisplayName = ${psQuote(name)};`);
    expect(shape(parsePs(parser, text))).toBe(plainShape);
  });
});

const T = (line: number, source: string, status = 'unmatched'): ReviewEntry => ({ kind: 'group', status, source, sourceName: '', target: '', targetName: '', decision: 'create', line });
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const g = (n: number, fields: Parameters<typeof user>[2]) => ({ ...user('source', id(n), { kind: 'group', id: id(n), key: id(n), mailNickname: `G${n}`, displayName: `Group ${n}`, ...fields }), kind: 'group' as const });

describe('groupsToCreate', () => {
  const sources = [
    g(1, { groupTypes: ['Unified'] }),
    g(2, { groupTypes: ['Unified'] }),
    g(3, { groupTypes: [], securityEnabled: true, mailEnabled: false }),
    g(4, { groupTypes: [], securityEnabled: false, mailEnabled: true }),
    g(5, { groupTypes: ['Unified'], mailNickname: 'Ops.Team' }),
    g(6, { groupTypes: ['Unified'], displayName: 'Line\nBreak' }),
    g(7, { groupTypes: ['Unified'] }),
  ];
  const visibility: Record<string, string> = { [id(1)]: 'Public', [id(2)]: '', [id(7)]: 'private' };
  const out = groupsToCreate({
    wanted: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => T(n, id(n))).concat([T(9, id(1), 'matched')]),
    reviewFile: 'review.csv',
    sources,
    attributesOf: (p) => ({ visibility: visibility[p.id] ?? '', preferredDataLocation: p.id === id(7) ? 'apc' : '' }),
    mailboxRegion: 'EUR',
  });

  it('creates Microsoft 365 groups with the source access type (Private when unknown) and security groups', () => {
    expect(out.m365.map((x) => [x.alias, x.accessType, x.mailboxRegion])).toEqual([
      ['G1', 'Public', 'EUR'],
      ['G2', 'Private', 'EUR'],
      ['G7', 'Private', 'APC'],
    ]);
    expect(out.security.map((x) => x.mailNickname)).toEqual(['G3']);
  });

  it('says why every other group is left out, with its review.csv line', () => {
    expect(out.findings.map((f) => [f.line, f.code, f.data?.['field'] ?? f.data?.['kind'] ?? ''])).toEqual([
      [2, 'visibility-unknown', ''],
      [4, 'group-not-creatable', 'distribution'],
      [5, 'value-refused', 'mail nickname'],
      [6, 'value-refused', 'display name'],
      [8, 'create-not-in-export', ''],
      [9, 'create-already-mapped', ''],
    ]);
  });
});
