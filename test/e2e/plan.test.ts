// ctmap plan through the built CLI: golden outputs for fixtures/plan, the same bytes again from
// shuffled inputs, exit codes 1 (moves left out) and 2 (nothing written), overwrite rules.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ctmap, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixture-run.js';
import { sameAsGolden } from '../helpers/golden.js';
import { parsePs, psParser, syntaxErrors } from '../helpers/powershell.js';

const PLAN = join(ROOT, 'fixtures', 'plan');
const EXPECTED = join(PLAN, 'expected');
const URLS = [
  '--source-admin-url',
  'https://contoso-admin.sharepoint.com',
  '--target-admin-url',
  'https://fabrikam-admin.sharepoint.com',
  '--source-host-url',
  'https://contoso-my.sharepoint.com',
  '--target-host-url',
  'https://fabrikam-my.sharepoint.com/',
];

function plan(extra: readonly string[]) {
  const out = join(tempDir(), 'plan');
  return { out, run: ctmap(['plan', '--config', join(PLAN, 'plan.json'), '--out', out, ...extra]) };
}

function files(content: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(content)) writeFileSync(join(dir, name), text);
  return dir;
}

const first = plan([]);

describe('ctmap plan on fixtures/plan', () => {
  it('exits 0 and reports three waves', () => {
    expect(first.run.stderr).toBe('');
    expect(first.run.code).toBe(0);
    expect(first.run.stdout).toMatch(/9 moves in 3 waves/);
  });

  it('writes exactly the expected files', () => {
    expect(readdirSync(first.out).sort()).toEqual(readdirSync(EXPECTED).sort());
  });

  it.each(readdirSync(EXPECTED).sort())('%s equals the golden file', (name) => {
    const actual = readFileSync(join(first.out, name));
    expect(sameAsGolden(join(EXPECTED, name), actual)).toBe(true);
  });

  it('uploads the map it was given, byte for byte', () => {
    expect(readFileSync(join(first.out, 'identity-map.csv')).equals(readFileSync(join(PLAN, 'identity-map.csv')))).toBe(true);
  });

  it('golden scripts parse without error', async () => {
    const parser = await psParser();
    for (const name of readdirSync(EXPECTED).filter((n) => n.endsWith('.ps1'))) {
      expect(syntaxErrors(parsePs(parser, readFileSync(join(EXPECTED, name), 'utf8'))), name).toEqual([]);
    }
  });

  it('writes the same bytes from shuffled inputs', () => {
    const reversed = (name: string, header: boolean) => {
      const lines = readFileSync(join(PLAN, name), 'utf8').split('\r\n').filter((l) => l !== '');
      const head = header ? lines.slice(0, 1) : [];
      return `${[...head, ...lines.slice(head.length).reverse()].join('\r\n')}\r\n`;
    };
    const dir = files({ 'map.csv': reversed('identity-map.csv', false), 'sites.csv': reversed('sites.csv', true), 'groups.csv': reversed('group-sites.csv', true) });
    const again = plan(['--map', join(dir, 'map.csv'), '--sites', join(dir, 'sites.csv'), '--group-sites', join(dir, 'groups.csv')]);
    expect(again.run.code).toBe(0);
    for (const name of readdirSync(EXPECTED).filter((n) => n !== 'identity-map.csv')) {
      expect(readFileSync(join(again.out, name), 'utf8'), name).toBe(readFileSync(join(first.out, name), 'utf8'));
    }
  });
});

describe('ctmap plan exit codes', () => {
  it('reads the map from a ctmap map folder with --from, and the moves from flags', () => {
    const dir = files({ 'identity-map.csv': readFileSync(join(PLAN, 'identity-map.csv'), 'utf8') });
    const out = join(dir, 'plan');
    const r = ctmap(['plan', '--from', dir, ...URLS, '--out', out, '--wave-size', '2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'moves.csv'), 'utf8').split('\r\n').slice(1, 4)).toEqual([
      '1,onedrive,adele.vance@contoso.com,adele.vance@fabrikam.com,,',
      '1,onedrive,alex.wilber@contoso.com,alex.wilber@fabrikam.com,,',
      '2,onedrive,diego.siciliani@contoso.com,diego.siciliani@fabrikam.com,,',
    ]);
    expect(readFileSync(join(out, '06-source-start-wave-01.ps1'), 'utf8')).toContain('$Begin = $null');
  });

  it('exits 1 when a move contradicts the map, leaves it out and names file and line', () => {
    const dir = files({ 'od.csv': 'source,target\r\nadele.vance@contoso.com,adele.vance@fabrikam.com\r\nalex.wilber@contoso.com,adele.vance@fabrikam.com\r\nnobody@contoso.com\r\n' });
    const r = plan(['--onedrive', join(dir, 'od.csv')]);
    expect(r.run.code).toBe(1);
    expect(r.run.stdout).toMatch(/od\.csv:3: OneDrive move of alex\.wilber@contoso\.com left out: the list says target adele\.vance@fabrikam\.com, the identity map \(line 2\) says alex\.wilber@fabrikam\.com.*\[move-target-differs\]/);
    expect(r.run.stdout).toMatch(/od\.csv:4: OneDrive move of nobody@contoso\.com left out: the identity map has no User row for it.*\[move-not-in-map\]/);
    const moves = readFileSync(join(r.out, 'moves.csv'), 'utf8');
    expect(moves).toContain('adele.vance@contoso.com');
    expect(moves).not.toContain('alex.wilber@contoso.com');
    expect(readFileSync(join(r.out, 'RUNBOOK.md'), 'utf8')).toMatch(/## Findings\n\n2 moves were left out/);
  });

  it('exits 1 when a group site alias is not column 5 of its O365Group row', () => {
    const dir = files({ 'g.csv': 'Marketing,Marketing,5b0e8c1a-6f2d-4e3b-9a7c-1d2e3f4a5b6c\r\n' });
    const r = plan(['--group-sites', join(dir, 'g.csv')]);
    expect(r.run.code).toBe(1);
    expect(r.run.stdout).toMatch(/g\.csv:1: group site move of Marketing left out: the list says target alias Marketing, the identity map \(line 8\) says MarketingTeam.*\[group-alias-differs\]/);
  });

  it.each([
    { name: 'an apostrophe in a listed UPN', list: ['onedrive', "o'brien@contoso.com\r\n"], message: /od\.csv:1: source \(column 1\) "o'brien@contoso\.com" was refused: it contains an apostrophe.*\[invalid-value\]/ },
    { name: 'a subexpression in a site URL', list: ['sites', 'https://contoso.sharepoint.com/sites/$(Stop-Computer),https://fabrikam.sharepoint.com/sites/a\r\n'], message: /od\.csv:1: source \(column 1\) .* was refused: it does not have the expected shape\. Expected a site URL/ },
    { name: 'a typographic quote in an alias', list: ['group-sites', 'source alias,target alias\r\nMarketing’,MarketingTeam\r\n'], message: /od\.csv:2: source \(column 1\) "Marketing’" was refused: it contains a typographic quote/ },
    { name: 'a dot in an alias', list: ['group-sites', 'Sales.EMEA,SalesEMEA\r\n'], message: /od\.csv:1: .*a Microsoft 365 group alias with '\.' makes the site move fail/ },
    { name: 'a row of three values in the OneDrive list', list: ['onedrive', 'a@contoso.com,b@fabrikam.com,c\r\n'], message: /od\.csv:1: this row has 3 values; a OneDrive move row has 1 or 2 \[invalid-list-row\]/ },
  ])('exits 2 on $name, naming file and line, and writes nothing', ({ list, message }) => {
    const dir = files({ 'od.csv': list[1]! });
    const r = plan([`--${list[0]}`, join(dir, 'od.csv')]);
    expect(r.run.stderr).toMatch(message);
    expect(r.run.code).toBe(2);
    expect(existsSync(r.out)).toBe(false);
  });

  it.each([
    { name: 'an admin URL that is not SharePoint', args: ['--source-admin-url', 'https://contoso.example.com'], message: /--source-admin-url "https:\/\/contoso\.example\.com" was refused: .*Expected an admin center URL/ },
    { name: 'an http host URL', args: ['--target-host-url', 'http://fabrikam-my.sharepoint.com'], message: /--target-host-url .* was refused/ },
    { name: 'the same tenant twice', args: ['--target-admin-url', 'https://contoso-admin.sharepoint.com'], message: /source and target are the same tenant \(contoso\)/ },
    { name: 'a wave size over 4,000', args: ['--wave-size', '5000'], message: /--wave-size 5000 is over 4000.*\[wave-size-too-large\]/ },
    { name: 'a local start time', args: ['--start', '2025-05-01T22:00:00+02:00'], message: /--start "2025-05-01T22:00:00\+02:00" was refused.*Expected a UTC time/ },
    { name: 'a Verify cmdlet misspelt', args: ['--verify-cmdlet', 'Check'], message: /Invalid values/ },
    { name: 'both --map and --from', args: ['--from', '.'], message: /give --map FILE or --from DIR, not both/ },
  ])('exits 2 on $name and writes nothing', ({ args, message }) => {
    const r = plan(args);
    expect(r.run.stderr).toMatch(message);
    expect(r.run.code).toBe(2);
    expect(existsSync(r.out)).toBe(false);
  });

  it('exits 2 on a map row that is not six columns, naming its line', () => {
    const dir = files({ 'map.csv': 'User,b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718,a@contoso.com,a@fabrikam.com,a@fabrikam.com,RegularUser\r\nUser,x\r\n' });
    const r = ctmap(['plan', '--map', join(dir, 'map.csv'), ...URLS, '--out', join(dir, 'out')]);
    expect(r.stderr).toMatch(/map\.csv: ctmap lint finds 1 error in this map.*\[map-rejected-by-lint\]\n  .*map\.csv:2: error: the row has 2 columns.*\[column-count\]/);
    expect(r.code).toBe(2);
  });

  it('exits 2 without the URLs, saying which one is missing', () => {
    const dir = files({ 'map.csv': readFileSync(join(PLAN, 'identity-map.csv'), 'utf8') });
    const r = ctmap(['plan', '--map', join(dir, 'map.csv'), '--out', join(dir, 'out')]);
    expect(r.stderr).toMatch(/--source-admin-url: required: the source SharePoint admin center/);
    expect(r.code).toBe(2);
  });

  it('exits 2 on a config file with an unknown key', () => {
    const dir = files({ 'c.json': '{"waveSise": 10}' });
    const r = ctmap(['plan', '--config', join(dir, 'c.json')]);
    expect(r.stderr).toMatch(/c\.json: config file: \(root\): Unrecognized key/);
    expect(r.code).toBe(2);
  });

  it('refuses to overwrite without --force; with it, removes the scripts of waves that are gone', () => {
    const dir = tempDir();
    const out = join(dir, 'plan');
    expect(ctmap(['plan', '--config', join(PLAN, 'plan.json'), '--out', out]).code).toBe(0);
    const refused = ctmap(['plan', '--config', join(PLAN, 'plan.json'), '--out', out, '--wave-size', '10']);
    expect(refused.stderr).toMatch(/already exists?: nothing was written\. Use --force.*\[output-exists\]/s);
    expect(refused.code).toBe(2);
    writeFileSync(join(out, '06-source-start-wave-03.log.csv'), 'a log of a run');
    const forced = ctmap(['plan', '--config', join(PLAN, 'plan.json'), '--out', out, '--wave-size', '10', '--force']);
    expect(forced.code).toBe(0);
    const names = readdirSync(out);
    expect(names.filter((n) => n.includes('wave'))).toEqual(['06-source-start-wave-01.ps1', '06-source-start-wave-03.log.csv', '06-source-stop-wave-01.ps1']);
  });

  it('shows help with examples', () => {
    const r = ctmap(['plan', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:[\s\S]*--source-admin-url[\s\S]*https:\/\/contoso-admin\.sharepoint\.com/);
  });
});
