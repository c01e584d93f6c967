// Exit codes and messages of the built CLI: 0 done, 1 findings, 2 usage or input error with
// nothing written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ctmap } from '../helpers/cli.js';
import { DEMO, tempDir } from '../helpers/fixture-run.js';

const TENANT = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';

function files(content: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(content)) writeFileSync(join(dir, name), text);
  return dir;
}

const SOURCE = 'userPrincipalName,givenName,surname\r\nann.lee@contoso.com,Ann,Lee\r\nbo.kim@contoso.com,Bo,Kim\r\n';
const TARGET = 'userPrincipalName,givenName,surname\r\nann.lee@fabrikam.com,Ann,Lee\r\nbo.kim@fabrikam.com,Bo,Kim\r\n';

function map(dir: string, extra: string[] = []) {
  const defaults = extra.includes('--source-tenant-id') ? [] : ['--source-tenant-id', TENANT];
  return ctmap(['map', '--source-users', join(dir, 's.csv'), '--target-users', join(dir, 't.csv'), ...defaults, '--domain', 'contoso.com=fabrikam.com', '--out', join(dir, 'out'), ...extra]);
}

describe('ctmap map exit codes', () => {
  it('exits 0 when everything maps cleanly, and writes three files', () => {
    const dir = files({ 's.csv': SOURCE, 't.csv': TARGET });
    const r = map(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['identity-map.csv', 'review.csv', 'summary.json']);
    expect(readFileSync(join(dir, 'out', 'identity-map.csv'), 'utf8')).toBe(
      `User,${TENANT},ann.lee@contoso.com,ann.lee@fabrikam.com,ann.lee@fabrikam.com,RegularUser\r\nUser,${TENANT},bo.kim@contoso.com,bo.kim@fabrikam.com,bo.kim@fabrikam.com,RegularUser\r\n`,
    );
  });

  it('refuses to overwrite outputs without --force, and replaces them with it', () => {
    const dir = files({ 's.csv': SOURCE, 't.csv': TARGET });
    expect(map(dir).code).toBe(0);
    writeFileSync(join(dir, 'out', 'review.csv'), 'edited by a reviewer');
    const refused = map(dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/review\.csv.*already exists?: nothing was written\. Use --force.*\[output-exists\]/s);
    expect(readFileSync(join(dir, 'out', 'review.csv'), 'utf8')).toBe('edited by a reviewer');
    expect(map(dir, ['--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'review.csv'), 'utf8')).toMatch(/^\uFEFFkind,status/);
  });

  it('exits 1 with --strict when rows are left for review', () => {
    const dir = files({ 's.csv': SOURCE, 't.csv': 'userPrincipalName\r\nann.lee@fabrikam.com\r\nann.lee@fabrikam.com\r\n' });
    expect(map(dir).code).toBe(1);
  });

  it.each([
    { name: 'a missing column', s: 'mail\r\na@contoso.com\r\n', message: /s\.csv:1: no column for 'upn'\. Looked for: userPrincipalName.*Found: mail/ },
    { name: 'an unterminated quote', s: 'userPrincipalName,displayName\r\na@contoso.com,"Ann\r\nb@contoso.com,Bo\r\n', message: /s\.csv:2: a quoted value starts/ },
    { name: 'an empty file', s: '', message: /s\.csv: the file is empty/ },
    { name: 'a header without rows', s: 'userPrincipalName\r\n', message: /s\.csv:1: the file has a header but no rows/ },
  ])('exits 2 on $name, naming file and line, and writes nothing', ({ s, message }) => {
    const dir = files({ 's.csv': s, 't.csv': TARGET });
    const r = map(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it.each([
    { name: 'an invalid tenant ID', args: ['--source-tenant-id', 'contoso'], message: /'contoso' is not a tenant ID: use the GUID.*\[invalid-tenant-id\]/ },
    { name: 'an invalid domain rule', args: ['--domain', 'contoso.com'], message: /domain rule 'contoso.com' is not valid/ },
    { name: 'an unknown option', args: ['--sorce-users', 'x'], message: /Unknown argument/ },
  ])('exits 2 on $name', ({ args, message }) => {
    const dir = files({ 's.csv': SOURCE, 't.csv': TARGET });
    const r = map(dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 2 without a tenant ID, saying where to find it', () => {
    const dir = files({ 's.csv': SOURCE, 't.csv': TARGET });
    const r = ctmap(['map', '--source-users', join(dir, 's.csv'), '--target-users', join(dir, 't.csv'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--source-tenant-id \(Entra ID > Overview > Tenant ID\)/);
  });

  it('exits 2 on a config file with an unknown key', () => {
    const dir = files({ 'c.json': '{"sourceTenantID": "x"}' });
    const r = ctmap(['map', '--config', join(dir, 'c.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/c\.json: config file: \(root\): Unrecognized key/);
  });

  it('prints summary.json with --json', () => {
    const dir = files({ 's.csv': SOURCE, 't.csv': TARGET });
    const summary = JSON.parse(map(dir, ['--json']).stdout) as { counts: { byStatus: Record<string, number> } };
    expect(summary.counts.byStatus).toEqual({ matched: 2, decided: 0, review: 0, ambiguous: 0, conflict: 0, unmatched: 0, excluded: 0 });
  });

  it('shows help with examples', () => {
    const r = ctmap(['map', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:[\s\S]*--domain\s+contoso\.com=fabrikam\.com/);
  });
});

describe('ctmap demo', () => {
  it('writes the outputs into a fresh folder and says where to look', () => {
    const cwd = tempDir();
    const r = ctmap(['demo'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Where to look:/);
    expect(readFileSync(join(cwd, 'ctmap-demo', 'identity-map.csv'), 'utf8')).toBe(readFileSync(join(DEMO, 'expected', 'identity-map.csv'), 'utf8'));
    expect(ctmap(['demo'], cwd).code).toBe(0);
    expect(existsSync(join(cwd, 'ctmap-demo-2', 'review.csv'))).toBe(true);
    expect(existsSync(join(cwd, 'ctmap-demo-2', 'plan', 'RUNBOOK.md'))).toBe(true);
  });

  it('writes the plan for the demo map into plan/: every mapped user plus the demo sites', () => {
    const cwd = tempDir();
    const r = ctmap(['demo'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ctmap plan: contoso → fabrikam, \d+ moves in 1 wave\n/);
    const plan = join(cwd, 'ctmap-demo', 'plan');
    // The plan uploads exactly the map the demo wrote.
    expect(readFileSync(join(plan, 'identity-map.csv'), 'utf8')).toBe(readFileSync(join(cwd, 'ctmap-demo', 'identity-map.csv'), 'utf8'));
    const rows = readFileSync(join(cwd, 'ctmap-demo', 'identity-map.csv'), 'utf8').trim().split('\r\n');
    // Members' OneDrives move; guests and groups only carry permissions.
    const mapped = rows.filter((r) => r.startsWith('User,') && !r.split(',')[2]!.includes('#EXT#')).length;
    const moves = readFileSync(join(plan, 'moves.csv'), 'utf8').trim().split('\r\n').slice(1);
    expect(moves.filter((m) => m.includes(',onedrive,')).length).toBe(mapped);
    expect(moves.filter((m) => m.includes(',site,')).length).toBe(2);
    expect(readdirSync(plan).filter((n) => n.endsWith('.ps1')).sort()).toEqual([
      '02-source-trust.ps1',
      '02-target-trust.ps1',
      '03-source-verify.ps1',
      '03-target-verify.ps1',
      '04-source-inventory.ps1',
      '04-target-inventory.ps1',
      '05-source-compat.ps1',
      '05-target-upload-map.ps1',
      '06-source-start-wave-01.ps1',
      '06-source-status.ps1',
      '06-source-stop-wave-01.ps1',
      '06-target-status.ps1',
      '07-source-redirect-cleanup.ps1',
      '07-source-remove-trust.ps1',
      '07-target-remove-trust.ps1',
    ]);
  });
});
