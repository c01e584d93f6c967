// The runbooks the PowerShell suite runs: written by ctmap's own code into a folder, one plan a
// subfolder, each with facts.json (the tenants the plan was asked for: what the scripts must
// connect to and pass) that the Pester tests compare the recorded calls with.
//   demo    `ctmap demo` as a new user runs it (OneDrives and sites, one dated wave)
//   ten     10 moves of every kind in one dated wave (the partial-failure re-run)
//   large   9,000 OneDrives and 500 sites: 3 waves of at most 4,000
//   hostile the scripts for values that bypass the shape checks (Unicode, $, `, ;, quotes),
//           built from a context directly, to prove the quoting by running it
//   moves   fixtures/moves (15 moves, three snapshots) with what `ctmap preflight` and
//           `ctmap status` write there: the clear-onedrives, retry and stop-pending scripts
//   groups  04-target-create-groups.ps1 (ctmap export --format precreate) for a few groups of
//           each kind, hostile names and a mailbox region among them

import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { runDemo } from '../../src/commands/demo.js';
import { packageRoot } from '../../src/commands/package-root.js';
import { runPreflightCommand } from '../../src/commands/preflight.js';
import { runStatusCommand } from '../../src/commands/status.js';
import { createGroupsScript, CREATE_GROUPS_SCRIPT } from '../../src/emit/powershell/create-groups.js';
import type { NewM365Group, NewSecurityGroup } from '../../src/export/precreate/groups.js';
import { runPlanCommand } from '../../src/commands/plan.js';
import { identityMapCsv, type MapRow } from '../../src/emit/identity-map.js';
import { movesCsv } from '../../src/emit/moves-csv.js';
import type { RunbookContext } from '../../src/emit/powershell/context.js';
import { runbookScripts } from '../../src/emit/powershell/index.js';
import { retryScript, stopPendingScript } from '../../src/emit/powershell/retry.js';
import { renderScript } from '../../src/emit/powershell/script.js';
import { SNAPSHOT_COLUMNS, SNAPSHOT_KIND } from '../../src/emit/powershell/status.js';
import { cutWaves } from '../../src/plan/waves.js';
import type { Move } from '../../src/plan/types.js';

const silent = { out: () => {}, err: () => {}, interactive: false };
const TENANT = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';
export const URLS = {
  sourceAdminUrl: 'https://contoso-admin.sharepoint.com',
  targetAdminUrl: 'https://fabrikam-admin.sharepoint.com',
  sourceHostUrl: 'https://contoso-my.sharepoint.com/',
  targetHostUrl: 'https://fabrikam-my.sharepoint.com/',
};
const START = '2025-05-01T22:00:00Z';

const csv = (rows: readonly (readonly string[])[]) => stringify(rows as string[][], { record_delimiter: 'windows' });
const pad = (n: number) => String(n).padStart(5, '0');

function facts(dir: string, extra: Record<string, unknown> = {}): void {
  writeFileSync(join(dir, 'facts.json'), `${JSON.stringify({ ...URLS, ...extra }, null, 2)}\n`);
}

function demo(root: string): void {
  const out = join(root, 'demo-map');
  runDemo({ out }, silent);
  facts(join(out, 'plan'));
}

/** A plan through `ctmap plan` from a generated map and site lists. */
function planned(root: string, name: string, users: number, sites: number, groups: number): void {
  const dir = join(root, `${name}-inputs`);
  mkdirSync(dir, { recursive: true });
  const rows: MapRow[] = [];
  for (let i = 0; i < users; i++) rows.push(['User', TENANT, `user${pad(i)}@contoso.com`, `user${pad(i)}@fabrikam.com`, `user${pad(i)}@fabrikam.com`, 'RegularUser']);
  for (let i = 0; i < groups; i++) {
    const id = (side: number) => `${String(side).repeat(8)}-0000-4000-8000-${String(i).padStart(12, '0')}`;
    rows.push(['Group', TENANT, id(1), id(2), `Team${pad(i)}`, 'O365Group']);
  }
  writeFileSync(join(dir, 'identity-map.csv'), identityMapCsv(rows));
  writeFileSync(join(dir, 'sites.csv'), csv(Array.from({ length: sites }, (_, i) => [`https://contoso.sharepoint.com/sites/s${pad(i)}`, `https://fabrikam.sharepoint.com/sites/s${pad(i)}`])));
  writeFileSync(join(dir, 'group-sites.csv'), csv(Array.from({ length: groups }, (_, i) => [`Team${pad(i)}`, `Team${pad(i)}`])));
  const out = join(root, name);
  const { exitCode } = runPlanCommand(
    {
      ...URLS,
      map: join(dir, 'identity-map.csv'),
      sites: join(dir, 'sites.csv'),
      groupSites: groups > 0 ? join(dir, 'group-sites.csv') : undefined,
      start: START,
      allowPastStart: true,
      window: 48,
      waveGap: 72,
      out,
      force: true,
    },
    silent,
  );
  if (exitCode !== 0) throw new Error(`the ${name} plan exited ${exitCode}`);
  facts(out, name === 'ten' ? { mapRows: rows } : {});
}

// Values no shape check lets through today, but psQuote must still carry byte for byte if one
// ever does: every quote PowerShell knows, $, `, ;, subexpressions, non-ASCII letters.
export const HOSTILE_VALUES = [
  'Jürgen.Groß@contoso.com',
  "o'brien@contoso.com",
  'a‘b’c‚d‛e@contoso.com',
  '$(Set-Variable -Name SpoPwned -Value 1 -Scope Global)@contoso.com',
  '${env:PATH}@contoso.com',
  'tick`n`$x@contoso.com',
  'semi;Remove-SPOSite -Identity x;@contoso.com',
  '"double" #hash <#c#> @{a=1}@contoso.com',
  '日本語ユーザー@contoso.com',
  'Zoë & “Chloé” – ok@contoso.com',
];

function hostile(root: string): void {
  const dir = join(root, 'hostile');
  mkdirSync(dir, { recursive: true });
  const origin = { file: 'hostile', line: 1 };
  const moves: Move[] = HOSTILE_VALUES.map((v, i) => ({ kind: 'onedrive', source: v, target: `${v.replace(/@contoso\.com$/, '')}-${i}@fabrikam.com`, origin }));
  const siteValue = "https://contoso.sharepoint.com/sites/Ünïcødé$(x)`;'’";
  moves.push({ kind: 'site', source: siteValue, target: siteValue.replace('contoso', 'fabrikam'), origin });
  moves.push({ kind: 'group-site', source: "Grüppe$x`;'‘", target: "Grüppe$x`;'‘-2", origin });
  const waves = cutWaves(moves, 4000).map((w) => ({ ...w, begin: new Date(START), end: new Date(Date.parse(START) + 48 * 3_600_000) }));
  const rows: MapRow[] = moves
    .filter((m) => m.kind === 'onedrive')
    .map((m) => ['User', TENANT, m.source, m.target, m.target, 'RegularUser']);
  rows.push(['Group', TENANT, '11111111-0000-4000-8000-000000000001', '22222222-0000-4000-8000-000000000001', "Grüppe$x`;'‘-2", 'O365Group']);
  const ctx: RunbookContext = {
    source: { adminUrl: URLS.sourceAdminUrl, hostUrl: URLS.sourceHostUrl },
    target: { adminUrl: URLS.targetAdminUrl, hostUrl: URLS.targetHostUrl },
    verifyVerb: 'Test',
    waves,
    users: moves.filter((m) => m.kind === 'onedrive').map((m, i) => ({ source: m.source, target: m.target, line: i + 1 })),
    groups: [{ source: '11111111-0000-4000-8000-000000000001', target: '22222222-0000-4000-8000-000000000001', name: "Grüppe$x`;'‘-2", type: 'O365Group', line: rows.length }],
  };
  for (const file of runbookScripts(ctx)) writeFileSync(join(dir, file.name), file.content as string);
  // What ctmap status would write for a snapshot with the OneDrives failed and the rest not
  // begun: the retry and stop scripts, and that snapshot, from which the suite derives its calls.
  const failed = moves.filter((m) => m.kind === 'onedrive');
  const pending = moves.filter((m) => m.kind !== 'onedrive');
  writeFileSync(join(dir, '06-source-retry-01.ps1'), renderScript(retryScript(ctx, 1, failed)));
  writeFileSync(join(dir, '06-source-stop-pending.ps1'), renderScript(stopPendingScript(ctx, pending)));
  const snapshot = moves.map((m, i) => ['2025-05-02T08:00:00Z', '1', SNAPSHOT_KIND[m.kind], m.source, m.target, m.kind === 'onedrive' ? 'Failed' : 'NotStarted', i === 0 ? 'error -161' : '']);
  writeFileSync(join(dir, 'status-20250502T080000Z.csv'), csv([[...SNAPSHOT_COLUMNS], ...snapshot]));
  writeFileSync(join(dir, 'moves.csv'), movesCsv(waves));
  writeFileSync(join(dir, 'identity-map.csv'), identityMapCsv(rows));
  facts(dir, { mapRows: rows, moves: moves.map((m) => ({ kind: m.kind, source: m.source, target: m.target })) });
}

/** The moves fixture, then what preflight and status write into it (their exit 1: blockers, failures). */
function moves(root: string): void {
  const fixture = join(packageRoot(), 'fixtures', 'moves');
  const dir = join(root, 'moves');
  mkdirSync(dir, { recursive: true });
  for (const name of ['moves.csv', 'tenants.json']) copyFileSync(join(fixture, 'plan', name), join(dir, name));
  for (const name of readdirSync(join(fixture, 'snapshots'))) copyFileSync(join(fixture, 'snapshots', name), join(dir, name));
  const sites = (side: string) => join(fixture, `${side}-sites.csv`);
  runPreflightCommand({ plan: dir, sourceSites: sites('source'), targetSites: sites('target'), targetUsers: join(fixture, 'target-users.csv'), force: true }, silent);
  runStatusCommand({ plan: dir, stuckHours: 24, force: true }, silent);
  facts(dir, { targetSites: sites('target') });
}

// Values of each kind the groups script carries: a region, Unicode, quotes, $ and backticks.
const M365_GROUPS: NewM365Group[] = [
  { source: '8d2f2efe-f972-4948-bb6d-e69bada3a28a', displayName: 'Old Project X', alias: 'OldProjectX', accessType: 'Private', mailboxRegion: '' },
  { source: '0b1c2d3e-0000-4000-8000-000000000002', displayName: 'Vertrieb Süd', alias: 'VertriebSued', accessType: 'Public', mailboxRegion: 'EUR' },
  { source: '0b1c2d3e-0000-4000-8000-000000000003', displayName: "O'Brien $(x) `n; “Team”", alias: "o'brien$x", accessType: 'Private', mailboxRegion: '' },
];
const SECURITY_GROUPS: NewSecurityGroup[] = [
  { source: '0b1c2d3e-0000-4000-8000-000000000004', displayName: 'Finance Readers', mailNickname: 'FinanceReaders' },
  { source: '0b1c2d3e-0000-4000-8000-000000000005', displayName: "D'Arcy's ${env:PATH} 日本", mailNickname: "d'arcy`$" },
];

function groups(root: string): void {
  const dir = join(root, 'groups');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, CREATE_GROUPS_SCRIPT), createGroupsScript(M365_GROUPS, SECURITY_GROUPS, 'fabrikam.com'));
  facts(dir, { targetDomain: 'fabrikam.com', m365Groups: M365_GROUPS, securityGroups: SECURITY_GROUPS });
}

/** Writes every plan the suite runs into root (which must not hold older plans). */
export function writePowerShellPlans(root: string): string[] {
  mkdirSync(root, { recursive: true });
  demo(root);
  planned(root, 'ten', 8, 1, 1);
  planned(root, 'large', 9000, 500, 0);
  hostile(root);
  moves(root);
  groups(root);
  return ['demo-map/plan', 'ten', 'large', 'hostile', 'moves', 'groups'];
}
