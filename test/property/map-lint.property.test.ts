// DESIGN invariants as a property, for random hostile exports: ctmap map either refuses with a
// coded error (exit 2) and writes nothing, or writes an identity map that ctmap lint (with the
// exports) accepts without error, a review.csv with one row per source row, and the same
// bytes again for the same inputs. The commands run in-process, so that 1,000 cases take
// seconds. `npm run fuzz` runs many more with a random seed (CTMAP_FUZZ_RUNS, CTMAP_FUZZ_SEED).

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMapCommand } from '../../src/commands/map.js';
import type { Io } from '../../src/commands/io.js';
import { CtmapError } from '../../src/errors.js';
import { lintMap } from '../../src/lint/index.js';
import { readMapFile } from '../../src/read/identity-map.js';
import { readExportFile } from '../../src/read/index.js';
import { oneLine as visible } from '../../src/display.js';
import { tempDir } from '../helpers/fixture-run.js';
import { exportText, randomExport, randomGroupExport, type RandomExport } from '../helpers/random-exports.js';

const TENANT = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';
const RUNS = Number(process.env['CTMAP_FUZZ_RUNS'] ?? 1_000);
const SEED = Number(process.env['CTMAP_FUZZ_SEED'] ?? 20_261_201);

const quiet: Io = { out: () => {}, err: () => {}, interactive: false };

interface Case {
  source: RandomExport;
  target: RandomExport;
  /** Group exports, in a quarter of the cases. */
  groups: { source: RandomExport; target: RandomExport } | null;
  domain: boolean;
}

const cases: fc.Arbitrary<Case> = fc.record({
  source: randomExport,
  target: randomExport,
  groups: fc.option(fc.record({ source: randomGroupExport, target: randomGroupExport }), { freq: 3 }),
  domain: fc.boolean(),
});

/** Non-blank records after the header, as csv-parse reads the file with its delimiter. */
function dataRows(text: string, delimiter: string): string[][] {
  const records = parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  return records.slice(1).filter((r) => r.some((v) => v.trim() !== ''));
}

// csv-stringify's formula escaping puts a ' before a leading = + - @ (and tab, CR).
const asExcelSees = (v: string): string => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

function runMap(dir: string, out: string, c: Case): { code: number } | { error: CtmapError } {
  try {
    const args = {
      sourceUsers: join(dir, 's.csv'),
      targetUsers: join(dir, 't.csv'),
      sourceTenantId: TENANT,
      ...(c.domain ? { domain: ['contoso.com=fabrikam.com'] } : {}),
      ...(c.groups ? { sourceGroups: join(dir, 'sg.csv'), targetGroups: join(dir, 'tg.csv') } : {}),
      out,
      force: false,
      strict: false,
      json: false,
    };
    return { code: runMapCommand(args, quiet).exitCode };
  } catch (err) {
    if (err instanceof CtmapError) return { error: err };
    throw err;
  }
}

// What the cases exercised, printed by npm run fuzz: refusals by code, maps written, rows.
const seen = new Map<string, number>();
const count = (what: string, n = 1): void => void seen.set(what, (seen.get(what) ?? 0) + n);

// One folder for the whole run, a fresh subfolder per case: cheaper than a temp folder each.
let root: string | undefined;
let caseNumber = 0;

function checkCase(c: Case): void {
  root ??= tempDir('ctmap-prop-');
  const dir = join(root, String(++caseNumber));
  mkdirSync(dir);
  try {
    const sourceText = exportText(c.source);
    writeFileSync(join(dir, 's.csv'), sourceText);
    writeFileSync(join(dir, 't.csv'), exportText(c.target));
    const groupText = c.groups ? exportText(c.groups.source) : '';
    if (c.groups) {
      writeFileSync(join(dir, 'sg.csv'), groupText);
      writeFileSync(join(dir, 'tg.csv'), exportText(c.groups.target));
    }
    const out = join(dir, 'out');
    const first = runMap(dir, out, c);
    if ('error' in first) {
      count(`refused: ${first.error.code}`);
      // Exit 2: nothing written.
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
      return;
    }
    expect([0, 1]).toContain(first.code);

    // Lint, with the exports, accepts the map; an empty map is only 'no-rows' (nothing matched).
    const map = readMapFile(join(out, 'identity-map.csv'));
    const read = (name: string, kind: 'user' | 'group', tenant: 'source' | 'target') => ({ file: name, principals: readExportFile(join(dir, name), { kind, tenant }).principals });
    const exports = {
      sourceUsers: read('s.csv', 'user', 'source'),
      targetUsers: read('t.csv', 'user', 'target'),
      ...(c.groups ? { sourceGroups: read('sg.csv', 'group', 'source'), targetGroups: read('tg.csv', 'group', 'target') } : {}),
    };
    const lint = lintMap({ map, sourceTenantId: TENANT, exports });
    const errors = lint.findings.filter((f) => f.severity === 'error' && !(f.code === 'no-rows' && lint.rows === 0));
    expect(errors).toEqual([]);

    // One review row per source row, every readable principal by its key, escaped.
    count('written');
    count('map rows', lint.rows);
    count('map group rows', lint.groups);
    const review = parse(readFileSync(join(out, 'review.csv')), { columns: true, bom: true }) as Record<string, string>[];
    const groupRows = c.groups ? dataRows(groupText, c.groups.source.delimiter).length : 0;
    expect(review.length).toBe(dataRows(sourceText, c.source.delimiter).length + groupRows);
    const sources = review.map((r) => r['source']);
    for (const p of [...exports.sourceUsers.principals, ...(exports.sourceGroups?.principals ?? [])]) expect(sources).toContain(asExcelSees(visible(p.key)));
    for (const r of review) expect(visible(Object.values(r).join(''))).toBe(Object.values(r).join(''));
    count('review rows', review.length);
    count('kept out of the map (unsafe-map-value)', review.filter((r) => (r['findings'] ?? '').includes('unsafe-map-value')).length);
    count('unreadable rows listed', review.filter((r) => r['reason']?.startsWith('the export row could not be read')).length);

    // The same inputs give the same bytes.
    const again = join(dir, 'again');
    expect(runMap(dir, again, c)).toEqual(first);
    for (const name of ['identity-map.csv', 'review.csv']) {
      expect(readFileSync(join(again, name)).equals(readFileSync(join(out, name)))).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('ctmap map on random hostile exports', () => {
  it(`refuses with nothing written, or writes what lint accepts, every source once, the same bytes again (${RUNS} cases, seed ${SEED})`, () => {
    if (process.env['CTMAP_FUZZ_RUNS'] !== undefined) console.log(`fuzz: ${RUNS} cases, seed ${SEED}`);
    fc.assert(fc.property(cases, checkCase), { numRuns: RUNS, seed: SEED });
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
    if (process.env['CTMAP_FUZZ_RUNS'] !== undefined) console.log([...seen].sort().map(([k, n]) => `  ${k}: ${n}`).join('\n'));
  });
});
