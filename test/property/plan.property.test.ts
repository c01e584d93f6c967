// A property of ctmap plan (issue 10): for any identity map and move lists, plan either refuses
// with a coded error (exit 2) and writes nothing, or the map is one ctmap lint accepts and every
// script it writes parses, calls exactly the commands of its kind, and holds each value as a
// single-quoted string that ends where PowerShell ends it. In-process; fixed seed;
// `npm run fuzz` runs many more with a random seed (CTMAP_FUZZ_RUNS, CTMAP_FUZZ_SEED).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPlanCommand } from '../../src/commands/plan.js';
import { CtmapError } from '../../src/errors.js';
import { lintMap } from '../../src/lint/index.js';
import { readMapFile } from '../../src/read/identity-map.js';
import { tempDir } from '../helpers/fixture-run.js';
import { parsePs, psParser, psVerbatim, quickScan } from '../helpers/powershell.js';
import { expectedCommands } from '../helpers/runbook-commands.js';

const parser = await psParser();
const silent = { out: () => {}, err: () => {}, interactive: false };
const RUNS = Number(process.env['CTMAP_FUZZ_RUNS'] ?? 1000);
const SEED = Number(process.env['CTMAP_FUZZ_SEED'] ?? 20_261_201);
const TENANTS = ['b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'not-a-guid', ''];

// Mostly sound values, now and then one with a character that matters to CSV, to PowerShell or
// to the shape checks, so that both refusals and accepted plans are common.
const hostile = fc.constantFrom("'", '’', '‘', '"', ';', ',', '$', '`', '$(x)', '@', ' ', '\n', '\r\n', '\t', 'é', '日', '#', '!', '~', '%20', '.', '');
const clean = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
const word = fc.oneof({ weight: 12, arbitrary: clean }, { weight: 1, arbitrary: fc.tuple(clean, hostile, clean).map(([a, h, b]) => a + h + b) });
const often = <T>(usual: T, ...rare: T[]) => fc.oneof({ weight: 12, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constantFrom(usual, ...rare) });
const upn = (domain: string) => fc.oneof({ weight: 12, arbitrary: word.map((l) => `${l}@${domain}`) }, { weight: 1, arbitrary: word });
const guid = fc.oneof({ weight: 12, arbitrary: fc.uuid({ version: 4 }) }, { weight: 1, arbitrary: word });
const userRow = fc
  .tuple(often(TENANTS[0]!, ...TENANTS), upn('contoso.com'), upn('fabrikam.com'), often('RegularUser', 'GuestUser', 'AdminUser', 'User', ''))
  .map(([t, s, d, k]) => ['User', t, s, d, d, k]);
const groupRow = fc
  .tuple(often(TENANTS[0]!, ...TENANTS), guid, guid, word, often('O365Group', 'RegularGroup', 'Group'))
  .map(([t, s, d, n, k]) => ['Group', t, s, d, n, k]);
const row = fc.oneof({ weight: 8, arbitrary: userRow }, { weight: 3, arbitrary: groupRow }, { weight: 1, arbitrary: fc.array(word, { maxLength: 7 }) });
const siteUrl = (tenant: string) =>
  fc.tuple(often(`https://${tenant}.sharepoint.com/sites/`, `https://${tenant}.sharepoint.com/teams/`, 'https://other.sharepoint.com/sites/', 'http://x/'), word).map(([b, w]) => b + w);

const inputs = fc.record({
  rows: fc.uniqueArray(row, { minLength: 1, maxLength: 8, selector: (r) => r[2] ?? '' }),
  delimiter: often(',', ';'),
  sites: fc.option(fc.array(fc.tuple(siteUrl('contoso'), siteUrl('fabrikam')), { maxLength: 3 }), { nil: undefined }),
  groupSites: fc.option(fc.array(fc.tuple(word, word), { maxLength: 3 }), { nil: undefined }),
  waveSize: fc.integer({ min: 2, max: 12 }),
  start: often<string | undefined>(undefined, '2999-05-01T22:00:00Z', '2020-01-01T00:00:00Z', '2999-05-01T22:00:00+02:00'),
});

type Inputs = typeof inputs extends fc.Arbitrary<infer T> ? T : never;

function check(dir: string, input: Inputs): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const csv = (rows: readonly (readonly string[])[], delimiter = ',') => stringify(rows as string[][], { record_delimiter: 'windows', delimiter });
  const map = join(dir, 'map.csv');
  writeFileSync(map, csv(input.rows, input.delimiter));
  const file = (name: string, rows: readonly (readonly string[])[] | undefined) => {
    if (rows === undefined) return undefined;
    writeFileSync(join(dir, name), csv(rows));
    return join(dir, name);
  };
  const out = join(dir, 'out');
  const args = {
    map,
    sourceAdminUrl: 'https://contoso-admin.sharepoint.com',
    targetAdminUrl: 'https://fabrikam-admin.sharepoint.com',
    sourceHostUrl: 'https://contoso-my.sharepoint.com/',
    targetHostUrl: 'https://fabrikam-my.sharepoint.com/',
    sites: file('sites.csv', input.sites),
    groupSites: file('group-sites.csv', input.groupSites),
    waveSize: input.waveSize,
    start: input.start,
    out,
    force: false,
  };
  let outcome: ReturnType<typeof runPlanCommand>;
  try {
    outcome = runPlanCommand(args, silent);
  } catch (error) {
    // Refused: a coded user error, and nothing written.
    expect(error).toBeInstanceOf(CtmapError);
    expect(existsSync(out)).toBe(false);
    return;
  }
  // Accepted: lint accepts the map, and every script is sound.
  expect(lintMap({ map: readMapFile(map) }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  for (const f of outcome.files.filter((x) => x.name.endsWith('.ps1'))) {
    const text = f.content as string;
    // Scripts without a table are the same text in every plan of these tenants: checked once.
    if (FIXED.test(f.name) && checkedFixed.get(f.name) === text) continue;
    const tree = parsePs(parser, text);
    try {
      const scan = quickScan(tree);
      expect(scan.errors, f.name).toEqual([]);
      expect(scan.commands, f.name).toEqual(expectedCommands(f.name, 'Test'));
      for (const literal of scan.verbatims) expect(psVerbatim(text, literal.startIndex).end).toBe(literal.endIndex);
    } finally {
      tree.delete();
    }
    if (FIXED.test(f.name)) checkedFixed.set(f.name, text);
  }
}

const FIXED = /^\d\d-(source|target)-(trust|verify|compat|remove-trust)\.ps1$/;
const checkedFixed = new Map<string, string>();

describe('ctmap plan on any input', () => {
  it(`refuses it (exit 2, nothing written) or writes scripts that parse and call only their commands: ${RUNS} cases`, () => {
    const dir = join(tempDir('ctmap-plan-property-'), 'case');
    let accepted = 0;
    fc.assert(
      fc.property(inputs, (input) => {
        check(dir, input);
        if (existsSync(join(dir, 'out'))) accepted++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator must reach both outcomes, or the property proves little.
    expect(accepted).toBeGreaterThan(RUNS / 10);
    expect(accepted).toBeLessThan(RUNS - RUNS / 10);
    console.log(`plan property: ${RUNS} cases, ${accepted} accepted, ${RUNS - accepted} refused`);
  });
});
