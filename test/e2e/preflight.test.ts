// ctmap preflight through the built CLI on fixtures/moves, where every blocker is planted once:
// golden preflight.csv, preflight.json and 04-target-clear-onedrives.ps1; exit 1 on blockers,
// 0 without; the same bytes from inventories in another order; hostile URLs stay inert.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearOneDrivesScript } from '../../src/emit/powershell/clear-onedrives.js';
import { renderScript } from '../../src/emit/powershell/script.js';
import { ctmap, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixture-run.js';
import { sameAsGolden } from '../helpers/golden.js';
import { HOSTILE } from '../helpers/hostile.js';
import { commandNames, parsePs, psParser, psVerbatim, syntaxErrors, verbatimStrings } from '../helpers/powershell.js';

const DIR = join(ROOT, 'fixtures', 'moves');
const EXPECTED = join(DIR, 'expected');
const OUTPUTS = ['preflight.csv', 'preflight.json', '04-target-clear-onedrives.ps1'];
const parser = await psParser();

function preflight(sourceSites: string, targetSites: string, extra: readonly string[] = []) {
  const out = tempDir();
  return { out, run: ctmap(['preflight', '--plan', join(DIR, 'plan'), '--source-sites', sourceSites, '--target-sites', targetSites, '--out', out, ...extra]) };
}

const first = preflight(join(DIR, 'source-sites.csv'), join(DIR, 'target-sites.csv'), ['--target-users', join(DIR, 'target-users.csv')]);

describe('ctmap preflight on fixtures/moves', () => {
  it('exits 1 and counts the blocked moves', () => {
    expect(first.run.stderr).toBe('');
    expect(first.run.code).toBe(1);
    expect(first.run.stdout).toMatch(/^ctmap preflight: 15 moves, 11 blocked \(11 blockers\), 1 warnings\n/);
  });

  it('writes exactly its three files', () => {
    expect(readdirSync(first.out).sort()).toEqual([...OUTPUTS].sort());
  });

  it.each(OUTPUTS)('%s equals the golden file', (name) => {
    const actual = readFileSync(join(first.out, name));
    expect(sameAsGolden(join(EXPECTED, name), actual)).toBe(true);
  });

  it('finds each planted blocker on its move', () => {
    const json = JSON.parse(readFileSync(join(first.out, 'preflight.json'), 'utf8')) as { findings: { code: string; source: string }[] };
    expect(json.findings.map((f) => `${f.code} ${f.source}`)).toEqual([
      'target-onedrive-exists alex.wilber@contoso.com',
      'target-onedrive-exists diego.siciliani@contoso.com',
      'source-read-only grady.archie@contoso.com',
      'source-no-access isaiah.langer@contoso.com',
      'source-missing johanna.lorenz@contoso.com',
      'target-account-disabled lee.gu@contoso.com',
      'source-too-large lidia.holloway@contoso.com',
      'target-redirect-exists megan.bowen@contoso.com',
      'target-account-missing pradeep.gupta@contoso.com',
      'target-site-exists https://contoso.sharepoint.com/sites/Finance',
      'target-redirect-exists https://contoso.sharepoint.com/sites/HR',
      'source-no-additions https://contoso.sharepoint.com/sites/Legal',
    ]);
  });

  it('lists the two conflicting target OneDrives in the clear script, which parses', () => {
    const text = readFileSync(join(first.out, '04-target-clear-onedrives.ps1'), 'utf8');
    expect(text.match(/^ {2}@\{ Url = .*$/gm)).toEqual([
      "  @{ Url = 'https://fabrikam-my.sharepoint.com/personal/alex_wilber_fabrikam_com'; Owner = 'alex.wilber@fabrikam.com' }",
      "  @{ Url = 'https://fabrikam-my.sharepoint.com/personal/diego_siciliani1_fabrikam_com'; Owner = 'diego.siciliani@fabrikam.com' }",
    ]);
    const tree = parsePs(parser, text);
    expect(syntaxErrors(tree)).toEqual([]);
    expect(commandNames(tree)).toEqual(
      [
        ...['Add-Result', 'Connect-SPOService', 'Connect-Tenant', 'Disconnect-SPOService', 'Disconnect-Tenant', 'Export-Csv', 'Format-Call', 'Get-SPOCrossTenantHostUrl'],
        ...['Group-Object', 'Import-Csv', 'Join-Path', 'New-Object', 'Set-StrictMode', 'Sort-Object', 'Test-Path', 'Where-Object', 'Write-Host', 'Write-Warning'],
        ...['Get-SPOSite', 'Remove-SPODeletedSite', 'Remove-SPOSite'],
      ].sort(),
    );
    // Removal only under -Remove and only at most 1 MB, read again live.
    expect(text).toContain('$MaxEmptyMb = 1\r\n');
    expect(text).toContain('elseif ($mb -lt 0 -or $mb -gt $MaxEmptyMb) {');
    expect(text.indexOf('if (-not $Remove) {')).toBeLessThan(text.indexOf('Remove-SPOSite -Identity'));
  });

  it('writes the same bytes from inventories in another order', () => {
    const reversed = (name: string, headerLines: number) => {
      const lines = readFileSync(join(DIR, name), 'utf8').split('\r\n').filter((l) => l !== '');
      const file = join(tempDir(), name);
      writeFileSync(file, `${[...lines.slice(0, headerLines), ...lines.slice(headerLines).reverse()].join('\r\n')}\r\n`);
      return file;
    };
    const again = preflight(reversed('source-sites.csv', 2), reversed('target-sites.csv', 1), ['--target-users', join(DIR, 'target-users.csv')]);
    for (const name of OUTPUTS) expect(readFileSync(join(again.out, name)).equals(readFileSync(join(first.out, name))), name).toBe(true);
  });

  it('exits 0 when the inventories show nothing in the way', () => {
    const dir = tempDir();
    const moves = readFileSync(join(DIR, 'plan', 'moves.csv'), 'utf8').split('\r\n').slice(1).filter((l) => l !== '').map((l) => l.split(','));
    const url = ([, kind, source]: string[]) => (kind === 'onedrive' ? `https://contoso-my.sharepoint.com/personal/${source!.replace(/[@.]/g, '_')}` : source!);
    writeFileSync(join(dir, 'src.csv'), ['Url,LockState', ...moves.filter((m) => m[1] !== 'group-site').map((m) => `${url(m)},Unlock`)].join('\r\n'));
    writeFileSync(join(dir, 'tgt.csv'), 'Url\r\nhttps://fabrikam.sharepoint.com/sites/Archive\r\n');
    const r = preflight(join(dir, 'src.csv'), join(dir, 'tgt.csv'));
    expect(r.run.code).toBe(0);
    expect(r.run.stdout).toMatch(/^ctmap preflight: 15 moves, 0 blocked \(0 blockers\), 0 warnings\n {2}1 group-connected site moves not checked/);
    expect(readFileSync(join(r.out, 'preflight.csv'), 'utf8').split('\r\n')).toEqual(['\uFEFFseverity,code,wave,kind,source,target,site,storageMb,problem,fix', '']);
  });

  it('refuses to replace its outputs without --force, and exits 2', () => {
    const args = ['preflight', '--plan', join(DIR, 'plan'), '--source-sites', join(DIR, 'source-sites.csv'), '--target-sites', join(DIR, 'target-sites.csv'), '--out', first.out];
    const r = ctmap(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists?: nothing was written.*\[output-exists\]/);
    expect(ctmap([...args, '--force']).code).toBe(1);
  });

  it('names the file and line of a bad inventory row', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.csv'), 'Url,StorageUsageCurrent\r\nhttps://contoso.sharepoint.com/sites/a,lots\r\n');
    const r = preflight(join(dir, 'bad.csv'), join(DIR, 'target-sites.csv'));
    expect(r.run.code).toBe(2);
    expect(r.run.stderr).toContain(`${join(dir, 'bad.csv')}:2`);
    expect(r.run.stderr).toContain('[invalid-value]');
  });
});

describe('04-target-clear-onedrives.ps1 with hostile URLs', () => {
  const tenants = {
    source: { adminUrl: 'https://contoso-admin.sharepoint.com', hostUrl: 'https://contoso-my.sharepoint.com/' },
    target: { adminUrl: 'https://fabrikam-admin.sharepoint.com', hostUrl: 'https://fabrikam-my.sharepoint.com/' },
  };
  const printable = HOSTILE.filter((h) => !/[\u0000-\u001f\u007f]/.test(h));
  const urls = printable.map((h) => `https://fabrikam-my.sharepoint.com/personal/x${h}y`);
  const text = renderScript(clearOneDrivesScript(tenants, urls.map((url) => ({ url, owner: 'a@fabrikam.com' }))));

  it('parses, calls nothing new, and every URL reads back as itself', () => {
    const tree = parsePs(parser, text);
    expect(syntaxErrors(tree)).toEqual([]);
    expect(commandNames(tree)).not.toContain('Get-Date');
    const values = verbatimStrings(tree).map((n) => psVerbatim(text, n.startIndex).value);
    for (const url of urls) expect(values).toContain(url);
  });
});

describe('ctmap preflight --help', () => {
  it('lists the options and examples', () => {
    const r = ctmap(['preflight', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--target-users');
    expect(r.stdout).toMatch(/Examples:\n {2}ctmap preflight --plan ctmap-plan/);
  });
});
