// Every generated script parses, calls only the commands its kind is known to call, carries
// the safety frame, and emits the corrected forms of Microsoft's doc bugs (facts §13); the
// scripts preflight and status write keep hostile values inert too.
import { describe, expect, it } from 'vitest';
import type { RunbookContext } from '../../../src/emit/powershell/context.js';
import { runbookScripts } from '../../../src/emit/powershell/index.js';
import type { Move, Wave } from '../../../src/plan/types.js';
import { cutWaves } from '../../../src/plan/waves.js';
import { inventoryScript } from '../../../src/emit/powershell/inventory.js';
import { retryScript, stopPendingScript } from '../../../src/emit/powershell/retry.js';
import { renderScript } from '../../../src/emit/powershell/script.js';
import { statusSnapshotScript } from '../../../src/emit/powershell/status.js';
import { HOSTILE } from '../../helpers/hostile.js';
import { commandNames, parsePs, psParser, psVerbatim, syntaxErrors, verbatimStrings } from '../../helpers/powershell.js';
import { expectedCommands } from '../../helpers/runbook-commands.js';

const parser = await psParser();

const origin = { file: 'x.csv', line: 1 };
const onedrive = (i: number): Move => ({ kind: 'onedrive', source: `u${i}@contoso.com`, target: `u${i}@fabrikam.com`, origin });
const site: Move = { kind: 'site', source: 'https://contoso.sharepoint.com/sites/a', target: 'https://fabrikam.sharepoint.com/sites/a', origin };
const group: Move = { kind: 'group-site', source: 'Marketing', target: 'MarketingTeam', origin };

function context(waves: Wave[], verifyVerb: 'Test' | 'Verify' = 'Test'): RunbookContext {
  return {
    source: { adminUrl: 'https://contoso-admin.sharepoint.com', hostUrl: 'https://contoso-my.sharepoint.com/' },
    target: { adminUrl: 'https://fabrikam-admin.sharepoint.com', hostUrl: 'https://fabrikam-my.sharepoint.com/' },
    verifyVerb,
    waves,
    users: [{ source: 'u1@contoso.com', target: 'u1@fabrikam.com', line: 1 }],
    groups: [{ source: '11111111-1111-4111-8111-111111111111', target: '22222222-2222-4222-8222-222222222222', name: 'MarketingTeam', type: 'O365Group', line: 2 }],
  };
}

const CASES = {
  'dated waves, all kinds': context([
    { number: 1, moves: [onedrive(1), onedrive(2)], begin: new Date('2025-05-01T22:00:00Z'), end: new Date('2025-05-02T22:00:00Z') },
    { number: 2, moves: [onedrive(3), site, group], begin: new Date('2025-05-02T22:00:00Z'), end: new Date('2025-05-03T22:00:00Z') },
  ]),
  'no dates, Verify verb': context([{ number: 1, moves: [site] }], 'Verify'),
  'no moves': context([]),
};

describe.each(Object.entries(CASES))('runbook scripts, %s', (_name, ctx) => {
  const files = runbookScripts(ctx);

  it('has every step, in order', () => {
    const waves = ctx.waves.flatMap((w) => [`06-source-start-wave-0${w.number}.ps1`, `06-source-stop-wave-0${w.number}.ps1`]);
    expect(files.map((f) => f.name)).toEqual([
      '02-source-trust.ps1',
      '02-target-trust.ps1',
      '03-source-verify.ps1',
      '03-target-verify.ps1',
      '04-source-inventory.ps1',
      '04-target-inventory.ps1',
      '05-target-upload-map.ps1',
      '05-source-compat.ps1',
      ...waves,
      '06-source-status.ps1',
      '06-target-status.ps1',
      '07-source-remove-trust.ps1',
      '07-target-remove-trust.ps1',
      '07-source-redirect-cleanup.ps1',
    ]);
  });

  it.each(files.map((f) => [f.name, f.content as string]))('%s parses without error and calls only its known commands', (name, content) => {
    const tree = parsePs(parser, content);
    expect(syntaxErrors(tree)).toEqual([]);
    expect(commandNames(tree)).toEqual(expectedCommands(name, ctx.verifyVerb));
  });

  it.each(files.map((f) => [f.name, f.content as string]))('%s is ASCII after a UTF-8 BOM, with CRLF line ends and the safety frame', (name, content) => {
    // The BOM makes Windows PowerShell 5.1 read any non-ASCII value as UTF-8, not the ANSI code page.
    expect(content).toMatch(/^\uFEFF[\x20-\x7e\r\n]*$/);
    expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(content.startsWith('\uFEFF#Requires -Version 5.1\r\n#Requires -Modules Microsoft.Online.SharePoint.PowerShell\r\n')).toBe(true);
    expect(content).toMatch(/\r\nparam\(\r\n  \[switch\]\$DryRun,/);
    expect(content).toContain('\r\nSet-StrictMode -Version Latest\r\n');
    expect(content).toContain("\r\n$ErrorActionPreference = 'Stop'\r\n");
    expect(content).toContain('Connect-SPOService -Url $AdminUrl @ConnectOptions');
    expect(content).toContain('\r\nfinally {\r\n  Disconnect-Tenant\r\n}\r\n');
    const side = name.includes('-target-') ? 'fabrikam' : 'contoso';
    expect(content).toContain(`$AdminUrl = 'https://${side}-admin.sharepoint.com'`);
    expect(content).toContain(`$LogPath = Join-Path $PSScriptRoot '${name.replace('.ps1', '.log.csv')}'`);
  });
});

describe('corrected forms of the doc bugs (facts §13)', () => {
  const files = new Map(runbookScripts(CASES['dated waves, all kinds']).map((f) => [f.name, f.content as string]));
  const all = [...files.values()].join('\n');

  it('removes trust on the target with PartnerRole Source and the source host', () => {
    const target = files.get('07-target-remove-trust.ps1')!;
    expect(target).toContain("$params = @{ Scenario = 'MnA'; PartnerRole = 'Source'; PartnerCrossTenantHostUrl = $PartnerHostUrl }");
    expect(target).toContain("$PartnerHostUrl = 'https://contoso-my.sharepoint.com/'");
    expect(files.get('07-source-remove-trust.ps1')).toContain("PartnerRole = 'Target'");
    expect(files.get('02-target-trust.ps1')).toContain("PartnerRole = 'Source'");
    expect(files.get('02-source-trust.ps1')).toContain("PartnerRole = 'Target'");
  });

  it('asks for status with the CrossTenant cmdlets, never the Multi-Geo one', () => {
    expect(all).not.toContain('Get-SPOUserAndContentMoveState');
    expect(files.get('06-source-status.ps1')).toContain('Get-SPOCrossTenantUserContentMoveState @params');
  });

  it('has no en-dash, em-dash or other non-ASCII character anywhere', () => {
    expect(all).not.toMatch(/[\u2013\u2014]/);
    expect(all.replaceAll('\uFEFF', '')).toMatch(/^[\x00-\x7f]*$/);
  });

  it('moves sites without a group with Start-SPOCrossTenantSiteContentMove', () => {
    const start = files.get('06-source-start-wave-02.ps1')!;
    expect(start).toContain('Start-SPOCrossTenantSiteContentMove @params');
    expect(start).toContain('$params = @{ SourceSiteUrl = $item.Source; TargetSiteUrl = $item.Target; TargetCrossTenantHostUrl = $PartnerHostUrl }');
    expect(start).not.toMatch(/Start-SPOCrossTenantGroupContentMove[^\r\n]*SiteUrl/);
  });

  it('never pre-provisions a target OneDrive', () => {
    expect(all).not.toMatch(/Request-SPOPersonalSite/i);
  });

  it('verifies trust with the Test- verb by default and Verify- when asked', () => {
    expect(files.get('03-source-verify.ps1')).toContain('Test-SPOCrossTenantRelationship @params');
    const verify = runbookScripts(CASES['no dates, Verify verb']).find((f) => f.name === '03-target-verify.ps1')!.content as string;
    expect(verify).toContain('Verify-SPOCrossTenantRelationship @params');
  });

  it('passes the preferred window as explicit UTC dates', () => {
    const start = files.get('06-source-start-wave-01.ps1')!;
    expect(start).toContain("$Begin = ([datetime]::SpecifyKind([datetime]'2025-05-01 22:00:00','Utc'))");
    expect(start).toContain("$End = ([datetime]::SpecifyKind([datetime]'2025-05-02 22:00:00','Utc'))");
  });

  it('reads every row of the map back after the upload', () => {
    const upload = files.get('05-target-upload-map.ps1')!;
    expect(upload).toContain("@{ Source = 'u1@contoso.com'; Target = 'u1@fabrikam.com' }");
    expect(upload).toContain("$params = @{ Field = 'SourceUserKey'; Value = $item.Source }");
    expect(upload).toContain("$params = @{ Field = 'SourceGroupObjectId'; Value = $item.Source }");
  });

  it('checks the log and the service before starting a move again', () => {
    const start = files.get('06-source-start-wave-01.ps1')!;
    expect(start).toContain("$started = Get-LoggedItems 'started'");
    expect(start).toContain('Get-SPOCrossTenantUserContentMoveState -PartnerCrossTenantHostUrl $PartnerHostUrl -SourceUserPrincipalName $item.Source');
  });
});

describe('the runbook of 9,000 OneDrive moves and 500 sites', () => {
  const pad = (n: number) => String(n).padStart(5, '0');
  const moves: Move[] = [
    ...Array.from({ length: 9000 }, (_, i): Move => ({ kind: 'onedrive', source: `user${pad(i)}@contoso.com`, target: `user${pad(i)}@fabrikam.com`, origin })),
    ...Array.from({ length: 500 }, (_, i): Move => ({ kind: 'site', source: `https://contoso.sharepoint.com/sites/s${pad(i)}`, target: `https://fabrikam.sharepoint.com/sites/s${pad(i)}`, origin })),
  ];
  const waves = cutWaves(moves, 4000).map((w, i) => ({ ...w, begin: new Date(Date.UTC(2025, 4, 1 + 3 * i, 22)), end: new Date(Date.UTC(2025, 4, 3 + 3 * i, 22)) }));
  const files = new Map(runbookScripts(context(waves)).map((f) => [f.name, f.content as string]));

  it.each([
    ['06-source-start-wave-01.ps1', 4000, 0, '2025-05-01 22:00:00'],
    ['06-source-start-wave-02.ps1', 4000, 0, '2025-05-04 22:00:00'],
    ['06-source-start-wave-03.ps1', 1000, 500, '2025-05-07 22:00:00'],
  ] as const)('%s starts %i OneDrives and %i sites from %s UTC, and parses', (name, oneDrives, sites, begin) => {
    const text = files.get(name)!;
    expect(text.match(/^ {2}@\{ Source = 'user/gm)?.length ?? 0).toBe(oneDrives);
    expect(text.match(/^ {2}@\{ Source = 'https:/gm)?.length ?? 0).toBe(sites);
    expect(text).toContain(`$Begin = ([datetime]::SpecifyKind([datetime]'${begin}','Utc'))`);
    const tree = parsePs(parser, text);
    expect(syntaxErrors(tree)).toEqual([]);
    expect(commandNames(tree)).toEqual(expectedCommands(name, 'Test'));
    tree.delete();
  });

  it('lists all 9,500 moves in the status script', () => {
    expect(files.get('06-source-status.ps1')!.match(/^ {2}@\{ Wave = \d; Source = /gm)?.length).toBe(9500);
  });
});

describe('scripts that preflight and status write', () => {
  const tenants = context([]);
  // Values as shape checks would never pass them, to show the quoting alone keeps them inert.
  const printable = HOSTILE.filter((h) => !/[\u0000-\u001f\u007f]/.test(h));
  const moves = printable.flatMap((h, i) => [
    { kind: 'onedrive' as const, source: `a${h}@contoso.com`, target: `a${h}@fabrikam.com`, wave: i + 1 },
    { kind: 'site' as const, source: `https://contoso.sharepoint.com/sites/${h}`, target: `https://fabrikam.sharepoint.com/sites/${h}`, wave: i + 1 },
    { kind: 'group-site' as const, source: `g${h}`, target: `t${h}`, wave: i + 1 },
  ]);
  const scripts = [
    retryScript(tenants, 3, moves),
    stopPendingScript(tenants, moves),
    statusSnapshotScript(tenants, 'source', moves),
    statusSnapshotScript(tenants, 'target', moves),
    inventoryScript(tenants, 'source'),
  ].map((spec) => [spec.name, renderScript(spec)] as const);

  it.each(scripts)('%s parses with hostile values, and each reads back as itself', (name, text) => {
    const tree = parsePs(parser, text);
    expect(syntaxErrors(tree)).toEqual([]);
    expect(commandNames(tree)).not.toContain('Get-Date');
    if (name.includes('inventory')) return;
    const values = new Set(verbatimStrings(tree).map((n) => psVerbatim(text, n.startIndex).value));
    for (const m of moves) expect(values.has(m.source) && values.has(m.target), m.source).toBe(true);
  });

  it('names the retry script by its number and logs under that name', () => {
    const [name, text] = scripts[0]!;
    expect(name).toBe('06-source-retry-03.ps1');
    expect(text).toContain("$LogPath = Join-Path $PSScriptRoot '06-source-retry-03.log.csv'");
  });
});
