// Issue 10, the map side, through the built CLI: what goes in is refused when it cannot be
// right, and what ctmap map writes is what ctmap lint accepts. Each case failed on the main
// branch before this change.

import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ctmap } from '../helpers/cli.js';
import { DEMO, readCsv, runDemoMap, tempDir } from '../helpers/fixture-run.js';

const TENANT = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';

function files(content: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(content)) writeFileSync(join(dir, name), text);
  return dir;
}

function map(dir: string, extra: readonly string[] = [], source = 's.csv', target = 't.csv') {
  return ctmap(['map', '--source-users', join(dir, source), '--target-users', join(dir, target), '--source-tenant-id', TENANT, '--out', join(dir, 'out'), ...extra]);
}

const HEADER = 'userPrincipalName,displayName\r\n';

describe('item 1: values that cannot be written safely stay out of the map', () => {
  // A line break (quoted), a space, a '"', no '@', a control character, and one clean user.
  const values = ['"a\nb@DOMAIN"', 'c d@DOMAIN', '"e""f@DOMAIN"', 'gh', 'i\u0001j@DOMAIN', 'ok@DOMAIN'];
  const exportOf = (domain: string): string => HEADER + values.map((v, i) => `${v.replace('DOMAIN', domain)},Person ${i}\r\n`).join('');

  it('maps the clean user only; the others are conflicts with a finding, and lint accepts the map', () => {
    const dir = files({ 's.csv': exportOf('contoso.com'), 't.csv': exportOf('fabrikam.com') });
    const r = map(dir, ['--domain', 'contoso.com=fabrikam.com', '--json']);
    expect(r.code).toBe(1);
    const map6 = readFileSync(join(dir, 'out', 'identity-map.csv'), 'utf8');
    expect(map6).toBe(`User,${TENANT},ok@contoso.com,ok@fabrikam.com,ok@fabrikam.com,RegularUser\r\n`);

    const lint = ctmap(['lint', join(dir, 'out', 'identity-map.csv'), '--source-users', join(dir, 's.csv'), '--target-users', join(dir, 't.csv'), '--source-tenant-id', TENANT]);
    expect(lint.code).toBe(0);

    const review = readCsv(join(dir, 'out', 'review.csv'));
    expect(review).toHaveLength(6);
    const bySource = new Map(review.map((row) => [row['source'], row]));
    for (const key of ['a\\nb@contoso.com', 'c d@contoso.com', 'e"f@contoso.com', 'gh', 'i\\u0001j@contoso.com']) {
      expect(bySource.get(key)?.['status'], key).toBe('conflict');
      expect(bySource.get(key)?.['findings'], key).toContain('unsafe-map-value');
    }
    expect(bySource.get('ok@contoso.com')?.['status']).toBe('matched');

    const summary = JSON.parse(r.stdout) as { findings: { code: string; file?: string; line?: number }[] };
    const unsafe = summary.findings.filter((f) => f.code === 'unsafe-map-value');
    expect(unsafe).toHaveLength(5);
    expect(unsafe.every((f) => f.file !== undefined && f.line !== undefined)).toBe(true);
  });

  it('a group whose target object ID is listed twice, as two kinds of group, stays out (found by the property test)', () => {
    const GROUPS = 'Id,DisplayName,Mail,MailNickname,GroupTypes,SecurityEnabled,MailEnabled\r\n';
    const ID = 'caa1b904-21cb-449a-bd9c-b1d7d556d9b7';
    const dir = files({
      's.csv': `${HEADER}ann.lee@contoso.com,Ann Lee\r\n`,
      't.csv': `${HEADER}ann.lee@fabrikam.com,Ann Lee\r\n`,
      'sg.csv': `${GROUPS}${ID},Project Apollo,,ProjectApollo,,True,True\r\n`,
      'tg.csv': `${GROUPS}${ID},Sales Team,sales@fabrikam.com,SalesTeam,Unified,True,True\r\n${ID},Project Apollo,apollo@fabrikam.com,Apollo,x,True,True\r\n`,
    });
    const groups = ['--source-groups', join(dir, 'sg.csv'), '--target-groups', join(dir, 'tg.csv')];
    expect(map(dir, ['--domain', 'contoso.com=fabrikam.com', ...groups]).code).toBeLessThan(2);
    const lint = ctmap(['lint', join(dir, 'out', 'identity-map.csv'), '--source-users', join(dir, 's.csv'), '--target-users', join(dir, 't.csv'), ...groups]);
    expect(lint.stdout).not.toContain('error:');
    expect(lint.code).toBe(0);
    const group = readCsv(join(dir, 'out', 'review.csv')).find((r) => r['kind'] === 'group');
    expect(group?.['status']).not.toBe('matched');
  });

  it('ctmap lint refuses a control character in a map value', () => {
    const dir = files({ 'map.csv': `User,${TENANT},a\u001bb@contoso.com,a@fabrikam.com,a@fabrikam.com,RegularUser\r\n` });
    const r = ctmap(['lint', join(dir, 'map.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[control-character]');
    expect(r.stdout).toContain('a\\u001bb@contoso.com');
  });
});

describe('item 2: domain rules are checked against the data', () => {
  it('a mistyped source domain on the demo is exit 2 naming the rule and the domains that occur', () => {
    const { run, out } = runDemoMap(['--domain', 'contosso.com=fabrikam.com']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'contosso.com=fabrikam.com'");
    expect(run.stderr).toMatch(/contoso\.com \(\d+\)/);
    expect(run.stderr).toContain('[domain-rule-unused]');
    expect(existsSync(out)).toBe(false);
  });

  it('a target domain no target uses is exit 2 as well', () => {
    const { run } = runDemoMap(['--domain', 'contoso.com=fabrikan.com']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no target principal uses fabrikan.com');
    expect(run.stderr).toMatch(/fabrikam\.com \(\d+\)/);
  });

  it('the demo with its own rules still maps maria.garcia as truth.csv says: on her employee ID, not the rewritten UPN', () => {
    const { run, out } = runDemoMap();
    expect(run.code).toBeLessThan(2);
    const maria = readCsv(join(out, 'review.csv')).find((r) => r['source'] === 'maria.garcia@contoso.com');
    expect([maria?.['status'], maria?.['target'], maria?.['rule']]).toEqual(['matched', 'mgarcia2@fabrikam.com', 'employee-id']);
  });

  it('without --domain, map proposes the rules the data supports, with the flags, and applies none', () => {
    const dir = tempDir();
    const config = { sourceTenantId: TENANT, sourceUsers: join(DEMO, 'source-users.csv'), targetUsers: join(DEMO, 'target-users.csv') };
    writeFileSync(join(dir, 'ctmap.json'), JSON.stringify(config));
    const r = ctmap(['map', '--config', join(dir, 'ctmap.json'), '--out', join(dir, 'out'), '--json']);
    expect(r.code).toBeLessThan(2);
    const summary = JSON.parse(r.stdout) as { findings: { code: string; message: string }[]; counts: { byRule: Record<string, number> } };
    const proposal = summary.findings.find((f) => f.code === 'domain-rules-proposed');
    expect(proposal?.message).toContain('--domain contoso.com=fabrikam.com');
    expect(Object.keys(summary.counts.byRule)).not.toContain('upn-domain');
  });
});

describe('item 3: the same export as source and target', () => {
  const SOURCE = `${HEADER}ann.lee@contoso.com,Ann Lee\r\n`;

  it.each([
    ['the same path', 's.csv'],
    ['a copy', 'copy.csv'],
  ])('is exit 2 with nothing written: %s', (_what, target) => {
    const dir = files({ 's.csv': SOURCE });
    copyFileSync(join(dir, 's.csv'), join(dir, 'copy.csv'));
    const r = map(dir, [], 's.csv', target);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[same-input-file]');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('item 10: inputs that are broken or are not CSV text', () => {
  const TARGET = `${HEADER}ann.lee@fabrikam.com,Ann Lee\r\n`;

  it('a row with the wrong number of values is a conflict in review.csv with its finding', () => {
    const dir = files({ 's.csv': `${HEADER}ann.lee@contoso.com,Ann Lee\r\nbo.kim@contoso.com,Kim, Bo\r\n`, 't.csv': TARGET });
    const r = map(dir, ['--domain', 'contoso.com=fabrikam.com']);
    expect(r.code).toBe(1);
    const review = readCsv(join(dir, 'out', 'review.csv'));
    expect(review).toHaveLength(2);
    const broken = review.find((row) => row['status'] === 'conflict');
    expect(broken?.['source']).toBe(`${join(dir, 's.csv')}:3`);
    expect(broken?.['findings']).toBe('ragged-row');
  });

  it.each([
    ['a header and random bytes', Buffer.concat([Buffer.from(HEADER), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))]), 'not-text'],
    ['an Excel workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]), 'excel-workbook'],
    ['a JSON export', Buffer.from('[\r\n  {\r\n    "UserPrincipalName": "ann.lee@contoso.com"\r\n  }\r\n]\r\n'), 'json-file'],
  ])('%s is exit 2, says what it is, and prints no raw bytes', (_what, bytes, code) => {
    const dir = files({ 's.csv': bytes, 't.csv': TARGET });
    const r = map(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stderr.split('\n').length).toBeLessThan(4);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('an Excel workbook says to save it as CSV UTF-8', () => {
    const dir = files({ 's.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 't.csv': TARGET });
    expect(map(dir).stderr).toContain('save it as "CSV UTF-8');
  });

  it('control characters from the exports reach review.csv escaped', () => {
    const dir = files({ 's.csv': `${HEADER}ann.lee@contoso.com,"Ann\u001b[31m\u2028Lee"\r\n`, 't.csv': TARGET });
    map(dir, ['--domain', 'contoso.com=fabrikam.com']);
    const text = readFileSync(join(dir, 'out', 'review.csv'), 'utf8');
    expect(text).toContain('Ann\\u001b[31m\\u2028Lee');
    expect(text).not.toMatch(/[\u001b\u2028]/);
  });

  it('an all-zero tenant ID is exit 2', () => {
    const dir = files({ 's.csv': `${HEADER}ann.lee@contoso.com,Ann Lee\r\n`, 't.csv': TARGET });
    const r = ctmap(['map', '--source-users', join(dir, 's.csv'), '--target-users', join(dir, 't.csv'), '--source-tenant-id', '00000000-0000-0000-0000-000000000000', '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('all-zero GUID');
  });

  it("the 'System.String[]' hint for a groups file names the groups column and Get-MgGroup", () => {
    const dir = tempDir();
    const r = ctmap([
      'map', '--config', join(DEMO, 'ctmap.json'), '--source-groups', join(DEMO, '..', 'flavours', 'groups-lost-types.csv'), '--out', join(dir, 'out'),
    ]);
    const line = r.stdout.split('\n').find((l) => l.includes('[multi-value-lost]')) ?? '';
    expect(line).toContain("@{n='GroupTypes';e={$_.GroupTypes -join ';'}}");
    expect(line).toContain('Get-MgGroup');
    expect(line).not.toContain('ProxyAddresses');
  });
});

describe('item 11: words that say what is true', () => {
  it('an unmatched user names the closest targets considered and why each was not proposed', () => {
    // Jon Smith's closest target, John Smith, is taken by the source whose UPN maps to it.
    const source = `${HEADER}john.smith@contoso.com,John Smith\r\njon.smith@contoso.com,Jon Smith\r\n`;
    const target = `${HEADER}john.smith@fabrikam.com,John Smith\r\n`;
    const dir = files({ 's.csv': source, 't.csv': target });
    map(dir, ['--domain', 'contoso.com=fabrikam.com']);
    const jon = readCsv(join(dir, 'out', 'review.csv')).find((r) => r['source'] === 'jon.smith@contoso.com');
    expect(jon?.['status']).toBe('unmatched');
    expect(jon?.['evidence']).toContain('closest considered: john.smith@fabrikam.com');
    expect(jon?.['evidence']).toContain('taken by john.smith@contoso.com');
  });

  it('exact-name evidence does not call two differently written names equal, nor any name "common"', () => {
    const source = `userPrincipalName,displayName,givenName,surname\r\nx1@contoso.com,"Smith, José",José,Smith\r\n`;
    const target = `userPrincipalName,displayName,givenName,surname\r\ny1@fabrikam.com,JOSE SMITH,Jose,Smith\r\n`;
    const dir = files({ 's.csv': source, 't.csv': target });
    map(dir, ['--domain', 'contoso.com=fabrikam.com']);
    const row = readCsv(join(dir, 'out', 'review.csv'))[0];
    expect(row?.['evidence']).toContain('same name once case, accents, punctuation and word order are folded');
    expect(row?.['evidence']).not.toMatch(/full name equal|common name/);
  });
});
