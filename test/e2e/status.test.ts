// ctmap status through the built CLI on fixtures/moves: three snapshots (moves advancing, two
// failing with -161 and "target tenant has a conflict", one stuck, one never seen); golden
// status.json, retry and stop scripts; the same status.json from any order or doubled input.
import { copyFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ctmap, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixture-run.js';
import { sameAsGolden } from '../helpers/golden.js';
import { commandNames, parsePs, psParser, syntaxErrors } from '../helpers/powershell.js';

const DIR = join(ROOT, 'fixtures', 'moves');
const EXPECTED = join(DIR, 'expected');
const SNAPS = readdirSync(join(DIR, 'snapshots'))
  .sort()
  .map((n) => join(DIR, 'snapshots', n));
const OUTPUTS = ['status.json', '06-source-retry-01.ps1', '06-source-stop-pending.ps1'];
const parser = await psParser();

function status(snapshots: readonly string[], extra: readonly string[] = [], out = tempDir()) {
  return { out, run: ctmap(['status', '--plan', join(DIR, 'plan'), ...snapshots, '--out', out, ...extra]) };
}

const first = status(SNAPS);

const FRAME = ['Add-Result', 'Connect-SPOService', 'Connect-Tenant', 'Disconnect-SPOService', 'Disconnect-Tenant', 'Export-Csv', 'Format-Call', 'Get-SPOCrossTenantHostUrl']
  .concat(['Group-Object', 'Import-Csv', 'Join-Path', 'New-Object', 'Set-StrictMode', 'Sort-Object', 'Test-Path', 'Where-Object', 'Write-Host', 'Write-Warning'])
  .concat(['Get-StateText', 'Get-SPOCrossTenantGroupContentMoveState', 'Get-SPOCrossTenantSiteContentMoveState', 'Get-SPOCrossTenantUserContentMoveState', 'Out-Null']);
const rows = (text: string) => text.match(/^ {2}@\{ Source = '[^']*'/gm)?.map((r) => r.slice(15, -1)) ?? [];

describe('ctmap status on fixtures/moves', () => {
  it('exits 1 (moves failed and one is stuck) and reports per wave', () => {
    expect(first.run.stderr).toBe('');
    expect(first.run.code).toBe(1);
    expect(first.run.stdout).toContain('  wave  1      9 moves  Failed 2, InProgress 2, NotStarted 1, ReadytoTrigger 1, Success 2, not seen 1\n');
    expect(first.run.stdout).toContain('  next wave 2 (6 moves) may start\n');
  });

  it('writes exactly its files', () => {
    expect(readdirSync(first.out).sort()).toEqual([...OUTPUTS].sort());
  });

  it.each(OUTPUTS)('%s equals the golden file', (name) => {
    const actual = readFileSync(join(first.out, name));
    expect(sameAsGolden(join(EXPECTED, name), actual)).toBe(true);
  });

  it('names the cause and the fix of each failure, the stuck move and the unseen one', () => {
    const json = JSON.parse(readFileSync(join(first.out, 'status.json'), 'utf8')) as {
      failed: { source: string; cause?: string; fix?: string }[];
      stuck: { source: string; hours: number }[];
      notSeen: { source: string; wave: number }[];
      notInPlan: number;
    };
    expect(json.failed.map((f) => [f.source, f.cause])).toEqual([
      ['alex.wilber@contoso.com', 'target-conflict'],
      ['grady.archie@contoso.com', 'source-read-only'],
    ]);
    expect(json.failed.every((f) => f.fix !== undefined)).toBe(true);
    expect(json.stuck.map((s) => [s.source, s.hours])).toEqual([['diego.siciliani@contoso.com', 49]]);
    expect(json.notSeen.filter((m) => m.wave === 1).map((m) => m.source)).toEqual(['johanna.lorenz@contoso.com']);
    expect(json.notInPlan).toBe(1);
  });

  it('the retry script starts exactly the failed moves; the stop script only stoppable ones', () => {
    const retry = readFileSync(join(first.out, '06-source-retry-01.ps1'), 'utf8');
    const stop = readFileSync(join(first.out, '06-source-stop-pending.ps1'), 'utf8');
    expect(rows(retry)).toEqual(['alex.wilber@contoso.com', 'grady.archie@contoso.com']);
    expect(rows(stop)).toEqual(['isaiah.langer@contoso.com', 'megan.bowen@contoso.com']);
    expect(retry).toContain("$started = Get-LoggedItems 'started'");
    expect(retry).toContain("$LogPath = Join-Path $PSScriptRoot '06-source-retry-01.log.csv'");
    expect(retry).toContain("$RetryStates = @('', 'None', 'NotFound', 'Failed', 'Stopped')");
    expect(stop).toContain("$StoppableStates = @('NotStarted', 'Scheduled', 'ReadytoTrigger')");
    const starts = ['Get-LoggedItems', 'Start-SPOCrossTenantGroupContentMove', 'Start-SPOCrossTenantSiteContentMove', 'Start-SPOCrossTenantUserContentMove'];
    const stops = ['Stop-SPOCrossTenantGroupContentMove', 'Stop-SPOCrossTenantSiteContentMove', 'Stop-SPOCrossTenantUserContentMove'];
    for (const [text, extra] of [
      [retry, starts],
      [stop, stops],
    ] as const) {
      const tree = parsePs(parser, text);
      expect(syntaxErrors(tree)).toEqual([]);
      expect(commandNames(tree)).toEqual([...new Set([...FRAME, ...extra])].sort());
    }
  });

  it('gives the same status.json from the snapshots reversed and each given twice', () => {
    const again = status([...SNAPS].reverse().concat(SNAPS));
    expect(readFileSync(join(again.out, 'status.json')).equals(readFileSync(join(first.out, 'status.json')))).toBe(true);
  });

  it('reads every snapshot in the plan folder by default', () => {
    const plan = join(tempDir(), 'plan');
    cpSync(join(DIR, 'plan'), plan, { recursive: true });
    for (const s of SNAPS) copyFileSync(s, join(plan, s.slice(s.lastIndexOf('/') + 1)));
    writeFileSync(join(plan, 'status-notes.csv'), 'not a snapshot\r\n');
    const r = ctmap(['status', '--plan', plan]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(plan, 'status.json')).equals(readFileSync(join(first.out, 'status.json')))).toBe(true);
  });

  it('keeps one retry script while the failed moves stay the same, and replaces the rest only with --force', () => {
    const out = tempDir();
    status(SNAPS, [], out);
    const refused = status(SNAPS, [], out);
    expect(refused.run.code).toBe(2);
    expect(refused.run.stderr).toContain('[output-exists]');
    expect(status(SNAPS, ['--force'], out).run.code).toBe(1);
    expect(readdirSync(out).filter((n) => n.startsWith('06-source-retry-'))).toEqual(['06-source-retry-01.ps1']);
    // Fewer failures (the first snapshot only: grady) make a second retry script.
    expect(status(SNAPS.slice(0, 1), ['--force'], out).run.code).toBe(1);
    expect(readdirSync(out).filter((n) => n.startsWith('06-source-retry-')).sort()).toEqual(['06-source-retry-01.ps1', '06-source-retry-02.ps1']);
    expect(rows(readFileSync(join(out, '06-source-retry-02.ps1'), 'utf8'))).toEqual(['grady.archie@contoso.com']);
  });

  it('lets more patience clear the stuck move, and exits 0 with nothing failed or stuck', () => {
    const patient = status(SNAPS, ['--stuck-hours', '72']);
    expect(patient.run.code).toBe(1);
    expect(JSON.parse(readFileSync(join(patient.out, 'status.json'), 'utf8')).stuck).toEqual([]);
    const dir = tempDir();
    writeFileSync(join(dir, 'status-20261130T090001Z.csv'), '"Time","Wave","Kind","Source","Target","State","Detail"\r\n"2026-11-30T09:00:01Z","1","OneDrive","adele.vance@contoso.com","adele.vance@fabrikam.com","Success",""\r\n');
    const clean = status([join(dir, 'status-20261130T090001Z.csv')]);
    expect(clean.run.code).toBe(0);
    expect(readdirSync(clean.out).sort()).toEqual(['06-source-stop-pending.ps1', 'status.json']);
  });

  it('shows a line break in an error detail escaped on the terminal, and keeps it in status.json', () => {
    const dir = tempDir();
    const file = join(dir, 'status-20261130T090001Z.csv');
    writeFileSync(file, '"Time","Wave","Kind","Source","Target","State","Detail"\r\n"2026-11-30T09:00:01Z","1","OneDrive","alex.wilber@contoso.com","x","Failed","line one\r\nline two\u001b[31m"\r\n');
    const r = status([file]);
    expect(r.run.stdout).toContain('alex.wilber@contoso.com: line one\\u000d\\u000aline two\\u001b[31m\n');
    expect(JSON.parse(readFileSync(join(r.out, 'status.json'), 'utf8')).failed[0].detail).toBe('line one\r\nline two\u001b[31m');
  });

  it('exits 2 naming tenants.json when the plan folder lacks it', () => {
    const plan = tempDir();
    copyFileSync(join(DIR, 'plan', 'moves.csv'), join(plan, 'moves.csv'));
    const r = ctmap(['status', '--plan', plan, SNAPS[0]!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tenants\.json.*run ctmap plan again \[invalid-config\]/);
  });

  it.each([
    ['no snapshot at all', [], /no status-<UTC>\.csv snapshot/],
    ['a row with a bad time', ['Time,Kind,Source,State\r\nyesterday,OneDrive,a@contoso.com,Success\r\n'], /:2: Time "yesterday" was refused.*\[invalid-value\]/],
    ['a row with an unknown kind', ['Time,Kind,Source,State\r\n2026-11-30T09:00:01Z,Mailbox,a@contoso.com,Success\r\n'], /:2: Kind "Mailbox" was refused.*\[invalid-value\]/],
  ])('exits 2 on %s', (_name, contents, message) => {
    const dir = tempDir();
    const files = contents.map((c, i) => {
      const f = join(dir, `status-2026113${i}T090001Z.csv`);
      writeFileSync(f, c);
      return f;
    });
    const plan = join(tempDir(), 'plan');
    cpSync(join(DIR, 'plan'), plan, { recursive: true });
    const r = ctmap(['status', '--plan', plan, ...files]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('ctmap status --help', () => {
  it('lists the options and examples', () => {
    const r = ctmap(['status', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--stuck-hours');
    expect(r.stdout).toMatch(/Examples:\n {2}ctmap status --plan ctmap-plan/);
  });
});
