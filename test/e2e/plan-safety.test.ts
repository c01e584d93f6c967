// The plan's share of the safety contract (issue 10): a map lint rejects is refused with every
// error lint finds, at once; the redirect clean-up lists only this plan's old URLs; a --start in
// the past needs --allow-past-start; --help shows the whole --verify-cmdlet text.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ctmap, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixture-run.js';

const PLAN = join(ROOT, 'fixtures', 'plan');
const T1 = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';
const T2 = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const G = ['5b0e8c1a-6f2d-4e3b-9a7c-1d2e3f4a5b6c', '7c6b5a4f-3e2d-4c1b-8a9f-0e1d2c3b4a59'];
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
const user = (n: string, tenant = T1) => `User,${tenant},${n}@contoso.com,${n}@fabrikam.com,${n}@fabrikam.com,RegularUser`;

function planOn(map: string, extra: readonly string[] = []) {
  const dir = tempDir();
  writeFileSync(join(dir, 'map.csv'), map);
  const out = join(dir, 'out');
  return { dir, out, map: join(dir, 'map.csv'), run: ctmap(['plan', '--map', join(dir, 'map.csv'), ...URLS, '--out', out, ...extra]) };
}

describe('ctmap plan refuses a map that ctmap lint rejects', () => {
  it.each([
    { name: 'a ;-separated map', map: `${user('ann').replaceAll(',', ';')}\r\n${user('bo').replaceAll(',', ';')}\r\n` },
    { name: 'two different tenant IDs', map: `${user('ann')}\r\n${user('bo', T2)}\r\n` },
    { name: "a ' in column 5 of a Microsoft 365 group", map: `${user('ann')}\r\nGroup,${T1},${G[0]},${G[1]},Mark'eting,O365Group\r\n` },
    { name: 'a ; in column 5 of a Microsoft 365 group', map: `${user('ann')}\r\nGroup,${T1},${G[0]},${G[1]},Mark;eting,O365Group\r\n` },
    { name: 'a line break in column 5', map: `${user('ann')}\r\nGroup,${T1},${G[0]},${G[1]},"Mark\r\neting",O365Group\r\n` },
    { name: 'all of these at once', map: `${user('ann')}\r\n${user('bo', T2)}\r\nGroup,${T1},${G[0]},${G[1]},Mark'eting,O365Group\r\nGroup,${T1},${G[1]},${G[0]},"a;b\r\nc",O365Group\r\n` },
  ])('$name: exit 2, every error lint reports, nothing written', ({ map }) => {
    const r = planOn(map);
    expect(r.run.code).toBe(2);
    expect(r.run.stderr).toMatch(/ctmap lint finds \d+ errors? in this map, and plan writes nothing from a map lint rejects.*\[map-rejected-by-lint\]/);
    expect(existsSync(r.out)).toBe(false);
    // The same findings, worded the same, as ctmap lint prints: lint's code, not a copy of its rules.
    const lint = ctmap(['lint', r.map]);
    expect(lint.code).toBe(1);
    const errors = lint.stdout.split('\n').filter((l) => / error: /.test(l));
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors) expect(r.run.stderr).toContain(`\n  ${line}`);
    expect(r.run.stderr.match(/ error: /g)?.length).toBe(errors.length);
  });

  it('lists several errors in one run, not one per run', () => {
    const r = planOn(`${user('ann')}\r\n${user('bo', T2)}\r\nGroup,${T1},${G[0]},${G[1]},Mark'eting,O365Group\r\nGroup,${T1},${G[1]},${G[0]},"a;b\r\nc",O365Group\r\n`);
    expect(r.run.stderr.match(/ error: /g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('still plans a map lint accepts with warnings only', () => {
    const r = planOn(readFileSync(join(PLAN, 'identity-map.csv'), 'utf8'));
    expect(r.run.stderr).toBe('');
    expect(r.run.code).toBe(0);
  });
});

describe('the redirect clean-up keeps to the plan', () => {
  it("lists exactly the old URLs of the plan's moves, each once", () => {
    const out = join(tempDir(), 'plan');
    expect(ctmap(['plan', '--config', join(PLAN, 'plan.json'), '--out', out]).code).toBe(0);
    const script = readFileSync(join(out, '07-source-redirect-cleanup.ps1'), 'utf8');
    const listed = [...script.matchAll(/^ {2}@\{ Url = '([^']*)' \}$/gm)].map((m) => m[1]);
    const moves = readFileSync(join(out, 'moves.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n').slice(1).filter((l) => l !== '').map((l) => l.split(','));
    const expected = moves.map(([, kind, source]) =>
      kind === 'onedrive' ? `https://contoso-my.sharepoint.com/personal/${source!.toLowerCase().replace(/[^a-z0-9]/g, '_')}` : kind === 'site' ? source! : `https://contoso.sharepoint.com/sites/${source}`,
    );
    expect([...listed].sort()).toEqual([...new Set(expected)].sort());
    expect(script).toContain("'not-ours'");
    expect(script).toContain('if (-not $ours.Contains($url))');
  });
});

describe('ctmap plan --start', () => {
  const map = `${user('ann')}\r\n`;

  it('refuses a start in the past with exit 2, writing nothing', () => {
    const r = planOn(map, ['--start', '2020-01-01T00:00:00Z']);
    expect(r.run.stderr).toMatch(/--start 2020-01-01T00:00:00Z is in the past \(now \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\).*--allow-past-start.*\[start-in-past\]/);
    expect(r.run.code).toBe(2);
    expect(existsSync(r.out)).toBe(false);
  });

  it('accepts it with --allow-past-start, and a future start without', () => {
    expect(planOn(map, ['--start', '2020-01-01T00:00:00Z', '--allow-past-start']).run.code).toBe(0);
    expect(planOn(map, ['--start', '2999-01-01T00:00:00Z']).run.code).toBe(0);
  });
});

describe('ctmap plan --help', () => {
  it('shows the whole --verify-cmdlet text', () => {
    const help = ctmap(['plan', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--verify-cmdlet Trust check cmdlet: Test = Test-SPOCrossTenantRelationship \(default\); Verify = Verify-SPOCrossTenantRelationship, its name in older module versions/);
    expect(help).toContain('--allow-past-start');
  });
});
