// Step 4 round trip through the built CLI: map the demo, mark three unmatched sources `create`,
// export precreate-users.csv, add the proposed accounts to the target export as the admin
// center would create them, map again: the three are matched, and no proposed UPN collided.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { readExportFile } from '../../src/read/index.js';
import { TEMPLATE_HEADER } from '../../src/export/precreate/users-csv.js';
import { ctmap } from '../helpers/cli.js';
import { DEMO, readCsv, runDemoMap, tempDir } from '../helpers/fixture-run.js';

const first = runDemoMap();
const reviewFile = join(first.out, 'review.csv');
const rows = parse(readFileSync(reviewFile), { bom: true }) as string[][];
const [header, ...body] = rows as [string[], ...string[][]];
const col = (name: string) => header.indexOf(name);
const chosen = body.filter((r) => r[col('kind')] === 'user' && r[col('status')] === 'unmatched' && !r[col('source')]!.includes('#EXT#')).slice(0, 3);
for (const r of chosen) r[col('decision')] = 'create';
writeFileSync(reviewFile, stringify([header, ...body], { bom: true, record_delimiter: 'windows' }));
const marked = chosen.map((r) => r[col('source')]!);

const exportOut = join(tempDir(), 'precreate');
const exported = ctmap(['export', '--from', first.out, '--format', 'precreate', '--out', exportOut]);
const precreateFile = join(exportOut, 'precreate-users.csv');
const text = readFileSync(precreateFile, 'utf8');
const proposed = readExportFile(precreateFile, { kind: 'user', tenant: 'target' }).principals;
const targetUpns = readCsv(join(DEMO, 'target-users.csv')).map((r) => r['UserPrincipalName']!.toLowerCase());

describe('pre-create round trip on the demo', () => {
  it('exports one account per marked source, exit 0', () => {
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(marked).toHaveLength(3);
    expect(proposed.map((p) => p.displayName)).toEqual(chosen.map((r) => r[col('source_name')]));
  });

  it('writes the bulk-create template: version line, bracketed headers, BOM, CRLF, sign-in blocked, no password', () => {
    expect(text.startsWith(`\uFEFFversion:v1.0${','.repeat(TEMPLATE_HEADER.length - 1)}\r\n${TEMPLATE_HEADER.join(',')}\r\n`)).toBe(true);
    const cells = parse(text, { bom: true, from_line: 3 }) as string[][];
    expect(cells.map((c) => [c[2], c[3]])).toEqual(chosen.map(() => ['', 'Yes']));
    expect(proposed.every((p) => p.enabled === false)).toBe(true);
  });

  it('proposes UPNs in the target convention that collide with no target account and with each other', () => {
    const upns = proposed.map((p) => p.upn.toLowerCase());
    expect(upns.filter((u) => targetUpns.includes(u))).toEqual([]);
    expect(new Set(upns).size).toBe(3);
    for (const u of upns) expect(u).toMatch(/^[a-z0-9]+\.[a-z0-9]+\d*@fabrikam\.com$/);
  });

  it('maps the three once the accounts exist, and drops their create mark', () => {
    const dir = tempDir();
    const target = join(dir, 'target-users.csv');
    // As the admin center creates them and Get-MgUser exports them: new object IDs, no mail yet, sign-in blocked.
    const added = proposed.map((p, i) => [`0c0ffee0-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, p.displayName, p.givenName, p.surname, p.upn, '', '', '', '', 'Member', 'False', '']);
    writeFileSync(target, readFileSync(join(DEMO, 'target-users.csv'), 'utf8') + stringify(added, { quoted: true, record_delimiter: 'windows' }));
    const second = runDemoMap(['--target-users', target, '--decisions', reviewFile]);
    expect(second.run.stderr).toBe('');
    const review = readCsv(join(second.out, 'review.csv'));
    const after = marked.map((source) => review.find((r) => r['source'] === source));
    expect(after.map((r) => ({ status: r?.['status'], target: r?.['target'], decision: r?.['decision'] }))).toEqual(proposed.map((p) => ({ status: 'matched', target: p.upn, decision: '' })));
  });

  it('carries an unfulfilled create mark into the next review.csv', () => {
    const again = runDemoMap(['--decisions', reviewFile]);
    const review = readCsv(join(again.out, 'review.csv'));
    expect(marked.map((s) => review.find((r) => r['source'] === s)?.['decision'])).toEqual(['create', 'create', 'create']);
  });
});

describe('precreate options', () => {
  it('--generate-passwords writes a random password per account and names the file as sensitive', () => {
    const out = join(tempDir(), 'pw');
    const run = ctmap(['export', '--from', first.out, '--format', 'precreate', '--generate-passwords', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/SENSITIVE: precreate-users\.csv holds initial passwords/);
    const passwords = (parse(readFileSync(join(out, 'precreate-users.csv')), { bom: true, from_line: 3 }) as string[][]).map((r) => r[2]!);
    expect(passwords).toHaveLength(3);
    expect(new Set(passwords).size).toBe(3);
    for (const p of passwords) expect(p).toHaveLength(16);
  });

  it('refuses precreate options with another format (exit 2, nothing written)', () => {
    const run = ctmap(['export', '--from', first.out, '--format', 'quest', '--generate-passwords', '--out', join(tempDir(), 'x')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--generate-passwords: belongs to --format precreate/);
  });

  it('says which users export is missing when the map run\'s is gone', () => {
    const run = ctmap(['export', '--from', first.out, '--format', 'precreate', '--out', join(tempDir(), 'x')], tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/source-users export the map read, is not there: give it with --source-users/);
  });
});
