// ctmap export through the built CLI on the demo run: every format equals its golden file and
// passes the rules of the tool that reads it, carrying exactly the map's matched and decided rows.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportFormat } from '../../src/export/types.js';
import { ctmap } from '../helpers/cli.js';
import { DEMO, readCsv, runDemoMap, tempDir } from '../helpers/fixture-run.js';
import { golden as writeGolden, updatingGolden } from '../helpers/golden.js';
import { parse } from 'csv-parse/sync';
import { TEMPLATE_HEADER } from '../../src/export/precreate/users-csv.js';
import { checkBitTitan, checkGraphBody, checkMover, checkPowerPlatform, checkQuest, checkShareGate, checkSpmt, isAddress, type Rows } from '../helpers/tool-rules.js';

const EXPECTED = join(DEMO, 'expected', 'export');
const demo = runDemoMap();
const mapRows = readFileSync(join(demo.out, 'identity-map.csv'), 'utf8').trim().split('\r\n').map((l) => l.split(','));
const mapUsers = mapRows.filter((r) => r[0] === 'User');
const mapGroups = mapRows.filter((r) => r[0] === 'Group');
const review = readCsv(join(demo.out, 'review.csv'));
const groupName = (key: string, column: 'source_name' | 'target_name') => review.find((r) => r['kind'] === 'group' && r['source'] === key)![column];

function exportRun(format: string, extra: readonly string[] = [], from = demo.out) {
  const out = join(tempDir(), 'export');
  return { out, run: ctmap(['export', '--from', from, '--format', format, '--out', out, ...extra]) };
}

// The demo run has no create decisions: precreate proposes an account for every unmatched member.
const EXTRA: Partial<Record<ExportFormat, string[]>> = { precreate: ['--precreate', 'unmatched'] };
const runs = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, exportRun(f, EXTRA[f])])) as Record<ExportFormat, ReturnType<typeof exportRun>>;

describe.each(EXPORT_FORMATS)('ctmap export --format %s on the demo run', (format) => {
  const { out, run } = runs[format];

  it('exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('writes the golden files', () => {
    const dir = join(EXPECTED, format);
    if (updatingGolden) for (const name of readdirSync(out)) writeGolden(join(dir, name), readFileSync(join(out, name)));
    expect(readdirSync(out).sort()).toEqual(readdirSync(dir).sort());
    for (const name of readdirSync(dir)) expect({ name, same: readFileSync(join(out, name)).equals(readFileSync(join(dir, name))) }).toEqual({ name, same: true });
  });
});

// What each golden file holds, read back with its tool's rules.
const golden = (format: string, name: string) => readFileSync(join(EXPECTED, format, name), 'utf8');
const userPairs = (rows: Rows, targetColumn: 3 | 4) => ({ rows, expected: mapUsers.map((r) => [r[2], r[targetColumn]]) });
const groupPairs = mapGroups.map((r) => [groupName(r[2]!, 'source_name'), groupName(r[2]!, 'target_name')]);

describe('golden files read back with the rules of their tools', () => {
  it('power-platform: usermapping.csv, two columns, no header, no duplicate, UPN to UPN', () => {
    const rows = checkPowerPlatform('usermapping.csv', golden('power-platform', 'usermapping.csv'));
    expect(rows).toEqual(userPairs(rows, 3).expected);
  });

  it('sharegate: SourceValue,DestinationValue; users by address, groups by display name', () => {
    expect(checkShareGate(golden('sharegate', 'sharegate-mapping.csv'))).toEqual([...mapUsers.map((r) => [r[2], r[4]]), ...groupPairs]);
  });

  it('quest: userPrincipalName,userPrincipalName, UPN to UPN', () => {
    expect(checkQuest(golden('quest', 'quest-mapping.csv'))).toEqual(mapUsers.map((r) => [r[2], r[3]]));
  });

  it('bittitan: the bulk-add header, source and destination e-mail filled', () => {
    expect(checkBitTitan(golden('bittitan', 'bittitan-bulk-add.csv')).map((r) => [r[0], r[3]])).toEqual(mapUsers.map((r) => [r[2], r[4]]));
  });

  it('mover: Source User,Destination User; users and groups', () => {
    expect(checkMover(golden('mover', 'mover-permission-map.csv'))).toEqual([...mapUsers.map((r) => [r[2], r[4]]), ...groupPairs]);
  });

  it('spmt: no header, three columns, FALSE for users and TRUE for groups', () => {
    expect(checkSpmt(golden('spmt', 'spmt-user-mapping.csv'))).toEqual([...mapUsers.map((r) => [r[2], r[3], 'FALSE']), ...groupPairs.map((g) => [...g, 'TRUE'])]);
  });

  it('precreate: the bulk-create template, sign-in blocked, no password, UPNs no target holds', () => {
    const text = golden('precreate', 'precreate-users.csv');
    const [version, header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(version).toEqual(['version:v1.0', ...Array<string>(16).fill('')]);
    expect(header).toEqual([...TEMPLATE_HEADER]);
    const unmatched = review.filter((r) => r['kind'] === 'user' && r['status'] === 'unmatched' && !r['source']!.includes('#EXT#'));
    expect(rows.map((r) => r[0])).toEqual(unmatched.map((r) => r['source_name']));
    const targets = new Set(readCsv(join(DEMO, 'target-users.csv')).map((t) => t['UserPrincipalName']!.toLowerCase()));
    for (const r of rows) {
      expect(r).toHaveLength(17);
      expect([r[2], r[3]]).toEqual(['', 'Yes']);
      expect(isAddress(r[1]!) && !targets.has(r[1]!.toLowerCase())).toBe(true);
    }
  });

  it('precreate: the groups script creates the unmatched Microsoft 365 group, Private for want of a visibility column', () => {
    const script = golden('precreate', '04-target-create-groups.ps1');
    const unmatched = review.filter((r) => r['kind'] === 'group' && r['status'] === 'unmatched').map((r) => r['source']);
    expect(unmatched).toEqual(['8d2f2efe-f972-4948-bb6d-e69bada3a28a']);
    expect(script).toContain("@{ Source = '8d2f2efe-f972-4948-bb6d-e69bada3a28a'; DisplayName = 'Old Project X'; Alias = 'OldProjectX'; AccessType = 'Private'; MailboxRegion = '' }");
  });

  it('graph-delta: bodies of at most 50 items that carry every map row, none removed', () => {
    const names = readdirSync(join(EXPECTED, 'graph-delta')).sort();
    expect(names).toEqual(['graph-group-mappings-001.json', 'graph-user-mappings-001.json', 'graph-user-mappings-002.json']);
    const items = (kind: 'user' | 'group') => names.filter((n) => n.includes(`-${kind}-`)).flatMap((n) => checkGraphBody(golden('graph-delta', n), kind));
    expect(items('user')).toEqual(mapUsers.map((r) => ({ removed: false, source: r[2], target: r[3], type: r[5] === 'GuestUser' ? 'guestUser' : 'regularUser' })));
    expect(items('group')).toEqual(mapGroups.map((r) => ({ removed: false, source: r[2], target: r[3], type: r[5] === 'O365Group' ? 'm365Group' : 'regularGroup' })));
  });
});

describe('ctmap export: removals, overwrite rules, refusals', () => {
  it('graph-delta --previous: rows the previous map had and this one drops become "@removed" items', () => {
    const dir = tempDir();
    const previous = join(dir, 'old-map.csv');
    const tenant = mapRows[0]![1];
    const gone = ['User', tenant, 'left.company@contoso.com', 'left.company@fabrikam.com', 'left.company@fabrikam.com', 'RegularUser'];
    const goneGroup = ['Group', tenant, '0c0ffee0-0000-4000-8000-000000000001', '0c0ffee0-0000-4000-8000-000000000002', 'Gone', 'O365Group'];
    writeFileSync(previous, [mapUsers[0]!, gone, goneGroup].map((r) => r.join(',')).join('\r\n'));
    const { out, run } = exportRun('graph-delta', ['--previous', previous]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2 removals/);
    const users = readdirSync(out).filter((n) => n.includes('-user-')).sort().flatMap((n) => checkGraphBody(readFileSync(join(out, n), 'utf8'), 'user'));
    expect(users.filter((i) => i.removed)).toEqual([{ removed: true, source: 'left.company@contoso.com' }]);
    const groups = readdirSync(out).filter((n) => n.includes('-group-')).flatMap((n) => checkGraphBody(readFileSync(join(out, n), 'utf8'), 'group'));
    expect(groups.filter((i) => i.removed)).toEqual([{ removed: true, source: '0c0ffee0-0000-4000-8000-000000000001' }]);
  });

  it('refuses to overwrite without --force, and with it removes graph bodies an earlier export left', () => {
    const { out } = runs['graph-delta'];
    writeFileSync(join(out, 'graph-user-mappings-009.json'), '{}');
    const again = ctmap(['export', '--from', demo.out, '--format', 'graph-delta', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/output-exists/);
    const forced = ctmap(['export', '--from', demo.out, '--format', 'graph-delta', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(existsSync(join(out, 'graph-user-mappings-009.json'))).toBe(false);
  });

  it('refuses a folder whose files come from different runs, naming the counts (exit 2)', () => {
    const dir = tempDir();
    for (const name of ['identity-map.csv', 'summary.json']) writeFileSync(join(dir, name), readFileSync(join(demo.out, name)));
    const lines = readFileSync(join(demo.out, 'review.csv'), 'utf8').split('\r\n');
    writeFileSync(join(dir, 'review.csv'), lines.slice(0, -3).join('\r\n'));
    const { out, run } = exportRun('spmt', [], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/run-folder-inconsistent/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses --previous with a format that always holds the whole map', () => {
    expect(exportRun('quest', ['--previous', join(demo.out, 'identity-map.csv')]).run.stderr).toMatch(/--previous: only --format graph-delta/);
  });

  it('names the missing review.csv (exit 2)', () => {
    const run = exportRun('quest', [], tempDir()).run;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/summary\.json: file not found/);
  });
});
