// ctmap lint and ctmap diff through the built CLI: exit codes, JSON, group exports, help.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ctmap } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixture-run.js';
import { GROUP_IDS, TENANT } from '../helpers/ids.js';

const T = TENANT;
const OLD = 'fixtures/diff/old.csv';
const NEW = 'fixtures/diff/new.csv';

function files(content: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(content)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('ctmap lint', () => {
  it('checks group rows against group exports read like user exports', () => {
    const [sg, tg] = GROUP_IDS;
    const dir = files({
      'map.csv': `Group,${T},${sg},${tg},Sales.Team,O365Group\r\n`,
      'sg.csv': `"Id","DisplayName","MailNickname","GroupTypes","SecurityEnabled","MailEnabled"\r\n"${sg}","Sales","Sales","Unified","False","True"\r\n`,
      'tg.csv': `Id,DisplayName,MailNickname,GroupTypes,SecurityEnabled,MailEnabled\r\n${tg},Sales,SalesTeam,Unified,False,True\r\n`,
    });
    const run = ctmap(['lint', join(dir, 'map.csv'), '--source-groups', join(dir, 'sg.csv'), '--target-groups', join(dir, 'tg.csv'), '--json']);
    const json = JSON.parse(run.stdout) as { findings: { code: string; column: number | null; data: unknown }[]; checkedAgainst: { role: string; principals: number }[] };
    expect(run.code).toBe(1);
    expect(json.checkedAgainst.map(({ role, principals }) => ({ role, principals }))).toEqual([
      { role: 'source groups', principals: 1 },
      { role: 'target groups', principals: 1 },
    ]);
    expect(json.findings.map(({ code, column, data }) => ({ code, column, data }))).toEqual([
      { code: 'alias-dot', column: 5, data: { value: 'Sales.Team' } },
      { code: 'alias-mismatch', column: 5, data: { value: 'Sales.Team', expected: 'SalesTeam' } },
    ]);
  });

  it('exits 0 on warnings alone', () => {
    const dir = files({ 'map.csv': `User,${T},ann@contoso.com,ann@fabrikam.com,ann@fabrikam.com,AdminUser\r\n` });
    const run = ctmap(['lint', join(dir, 'map.csv')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/:1: column 6: warning: 'AdminUser' .* \[type-admin\]\n\n.*0 errors, 1 warning\n$/);
  });

  it.each([
    { name: 'a missing map', args: ['lint', 'no-such-map.csv'], message: /^ctmap: no-such-map\.csv: file not found or not readable \[file-not-found\]\n$/ },
    { name: 'an invalid --source-tenant-id', args: ['lint', 'fixtures/diff/old.csv', '--source-tenant-id', 'contoso'], message: /'contoso' is not a tenant ID.*\[invalid-tenant-id\]/ },
    { name: 'a users export without a UPN column', args: ['lint', 'fixtures/diff/old.csv', '--target-users', 'fixtures/diff/new.csv'], message: /new\.csv:1: no column for 'upn'.*\[missing-column\]/ },
    { name: 'no file', args: ['lint'], message: /Not enough non-option arguments/ },
  ])('exits 2 on $name', ({ args, message }) => {
    const run = ctmap(args);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
  });

  it('shows help with examples', () => {
    const run = ctmap(['lint', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:[\s\S]*lint identity-map\.csv --source-tenant-id/);
  });
});

describe('ctmap diff', () => {
  it('prints removals first, then additions and changes, and exits 0', () => {
    const run = ctmap(['diff', OLD, NEW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        `ctmap diff ${OLD} → ${NEW}: 2 removed, 2 added, 4 changed, 2 unchanged`,
        '',
        `REMOVED 2 rows: uploading ${NEW} DROPS these mappings from the tenant's map`,
        `  - User bo.kim@contoso.com → bo.kim@fabrikam.com  (${OLD}:2)`,
        `  - Group 3f1c2a9e-0d4b-4c55-9a2e-6b7f0c1d2e3f → 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d  (${OLD}:7)`,
        '',
        'added 2 rows:',
        `  + User frank.meyer@contoso.com → frank.meyer@fabrikam.com  (${NEW}:7)`,
        `  + Group cccccccc-cccc-4ccc-8ccc-cccccccccccc → dddddddd-dddd-4ddd-8ddd-dddddddddddd  (${NEW}:2)`,
        '',
        'changed 4 rows:',
        `  ~ User Ann.Lee@contoso.com  (${OLD}:1 → ${NEW}:3)`,
        '      column 3: ann.lee@contoso.com → Ann.Lee@contoso.com',
        `  ~ User chen.wei@contoso.com  (${OLD}:3 → ${NEW}:4)`,
        '      column 4: wei.chen@fabrikam.com → chen.wei@fabrikam.com',
        '      column 5: wei.chen@fabrikam.com → chen.wei@fabrikam.com',
        `  ~ User partner_gmail.com#EXT#@contoso.onmicrosoft.com  (${OLD}:6 → ${NEW}:8)`,
        '      column 6: GuestUser → RegularUser',
        `  ~ Group aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa  (${OLD}:8 → ${NEW}:1)`,
        '      column 5: SalesTeam → Sales-Team',
        '',
      ].join('\n'),
    );
  });

  it.each([
    { args: [OLD, NEW], code: 0 },
    { args: [OLD, NEW, '--fail-on-removal'], code: 1 },
    { args: [OLD, OLD, '--fail-on-removal'], code: 0 },
    { args: [NEW, OLD.replace('old', 'missing')], code: 2 },
  ])('diff $args exits $code', ({ args, code }) => {
    expect(ctmap(['diff', ...args]).code).toBe(code);
  });

  it('says so when nothing changes', () => {
    expect(ctmap(['diff', OLD, OLD]).stdout).toBe(`ctmap diff ${OLD} → ${OLD}: 0 removed, 0 added, 0 changed, 8 unchanged\n\nno changes: uploading ${OLD} leaves the map as it is.\n`);
  });

  it('prints the whole difference as JSON with --json', () => {
    const run = ctmap(['diff', OLD, NEW, '--json']);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(run.code).toBe(0);
    expect(json['counts']).toEqual({ removed: 2, added: 2, changed: 4, unchanged: 2 });
    expect(Object.keys(json)).toEqual(['old', 'new', 'counts', 'removed', 'added', 'changed']);
    expect((json['removed'] as { source: string }[]).map((r) => r.source)).toEqual(['bo.kim@contoso.com', '3f1c2a9e-0d4b-4c55-9a2e-6b7f0c1d2e3f']);
  });

  it('exits 2 when a revision maps a source twice', () => {
    const dir = files({ 'dup.csv': `User,${T},a@contoso.com,a@fabrikam.com,a@fabrikam.com,RegularUser\r\nUser,${T},A@contoso.com,b@fabrikam.com,b@fabrikam.com,RegularUser\r\n` });
    const run = ctmap(['diff', OLD, join(dir, 'dup.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/dup\.csv:2: User A@contoso\.com is mapped again here \(first on line 1\).*ctmap lint.*\[duplicate-map-source\]/);
  });

  it('shows help with examples', () => {
    const run = ctmap(['diff', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:[\s\S]*--fail-on-removal/);
  });
});
