// The runbooks the PowerShell suite runs: written by ctmap's own code into a folder, one plan a
// subfolder, each with facts.json (the tenants the plan was asked for: what the scripts must
// connect to and pass) that the Pester tests compare the recorded calls with.
//   demo    `ctmap demo` as a new user runs it (OneDrives and sites, one dated wave)
//   ten     10 moves of every kind in one dated wave (the partial-failure re-run)
//   large   9,000 OneDrives and 500 sites: 3 waves of at most 4,000
//   hostile the scripts for values that bypass the shape checks (Unicode, $, `, ;, quotes),
//           built from a context directly, to prove the quoting by running it

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { runDemo } from '../../src/commands/demo.js';
import { runPlanCommand } from '../../src/commands/plan.js';
import { identityMapCsv, type MapRow } from '../../src/emit/identity-map.js';
import { movesCsv } from '../../src/emit/moves-csv.js';
import type { RunbookContext } from '../../src/emit/powershell/context.js';
import { runbookScripts } from '../../src/emit/powershell/index.js';
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
  writeFileSync(join(dir, 'moves.csv'), movesCsv(waves));
  writeFileSync(join(dir, 'identity-map.csv'), identityMapCsv(rows));
  facts(dir, { mapRows: rows, moves: moves.map((m) => ({ kind: m.kind, source: m.source, target: m.target })) });
}

/** Writes every plan the suite runs into root (which must not hold older plans). */
export function writePowerShellPlans(root: string): string[] {
  mkdirSync(root, { recursive: true });
  demo(root);
  planned(root, 'ten', 8, 1, 1);
  planned(root, 'large', 9000, 500, 0);
  hostile(root);
  return ['demo-map/plan', 'ten', 'large', 'hostile'];
}
