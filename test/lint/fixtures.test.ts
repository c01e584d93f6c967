// Lint on the fixture maps: every planted mistake of an Excel-saved map found at its row and
// column, the report byte-identical to the golden file, and ctmap's own demo map clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintMap } from '../../src/lint/index.js';
import { readMapFile } from '../../src/read/identity-map.js';
import { readExportFile } from '../../src/read/index.js';
import { ctmap, ROOT } from '../helpers/cli.js';
import { golden } from '../helpers/golden.js';
import { TENANT } from '../helpers/ids.js';

const EXCEL = 'fixtures/lint/excel-saved.csv';
const DEMO_MAP = 'fixtures/demo/expected/identity-map.csv';
const DEMO_TENANT = TENANT;

describe('lint on a map saved by Excel with planted mistakes', () => {
  const result = lintMap({ map: readMapFile(join(ROOT, EXCEL)) });

  it('reports each mistake with its row and column, and nothing else', () => {
    expect(result.findings.map((f) => ({ code: f.code, line: f.line, column: f.column ?? null }))).toEqual([
      { code: 'bom', line: 1, column: 1 },
      { code: 'header-row', line: 1, column: 1 },
      { code: 'column-count', line: 3, column: null },
      { code: 'kind-case', line: 4, column: 1 },
      { code: 'tenant-not-guid', line: 5, column: 2 },
      { code: 'tenant-differs', line: 6, column: 2 },
      { code: 'not-upn', line: 7, column: 3 },
      { code: 'type-invalid', line: 8, column: 6 },
      { code: 'duplicate-source', line: 9, column: 3 },
      { code: 'duplicate-target', line: 10, column: 4 },
      { code: 'apostrophe', line: 11, column: 3 },
      { code: 'alias-dot', line: 12, column: 5 },
      { code: 'trailing-empty-columns', line: 13, column: 7 },
      { code: 'stray-space', line: 14, column: 3 },
      { code: 'blank-line', line: 15, column: null },
      { code: 'wrong-delimiter', line: 16, column: null },
      { code: 'type-invalid', line: 18, column: 6 },
      { code: 'type-admin', line: 19, column: 6 },
    ]);
  });

  it('suggests the enum name meant by an invented column-6 value', () => {
    expect(result.findings.filter((f) => f.code === 'type-invalid').map((f) => f.data['expected'])).toEqual(['RegularUser', 'RegularGroup']);
  });

  it('prints the golden report and exits 1', () => {
    const run = ctmap(['lint', EXCEL]);
    const expected = golden(join(ROOT, 'fixtures', 'lint', 'expected', 'excel-saved.txt'), run.stdout).toString('utf8');
    expect({ code: run.code, stderr: run.stderr, stdout: run.stdout }).toEqual({ code: 1, stderr: '', stdout: expected });
  });

  it('prints the same findings as JSON with --json', () => {
    const run = ctmap(['lint', EXCEL, '--json']);
    const json = JSON.parse(run.stdout) as { counts: unknown; findings: { code: string; line: number; column: number | null; message: string }[] };
    expect(run.code).toBe(1);
    expect(json.counts).toEqual({ error: 15, warning: 3 });
    expect(json.findings.map(({ code, line, column }) => ({ code, line, column }))).toEqual(result.findings.map((f) => ({ code: f.code, line: f.line, column: f.column ?? null })));
    expect(json.findings.every((f) => f.message.length > 0)).toBe(true);
  });
});

// Data rows of a demo export: its lines less the #TYPE line and the header.
const exportRows = (name: string): number => readExportFile(join(ROOT, 'fixtures', 'demo', name), { kind: 'user', tenant: 'source' }).info.rows;

describe("lint on ctmap's own demo map", () => {
  const golden = readFileSync(join(ROOT, DEMO_MAP), 'utf8').split('\r\n').filter((l) => l !== '');
  const users = golden.filter((l) => l.startsWith('User,')).length;
  const groups = golden.length - users;

  it('finds nothing without the exports', () => {
    expect(lintMap({ map: readMapFile(join(ROOT, DEMO_MAP)) }).findings).toEqual([]);
  });

  it('finds nothing with the demo exports and the source tenant ID', () => {
    const read = (name: string, tenant: 'source' | 'target') => ({ file: name, principals: readExportFile(join(ROOT, 'fixtures', 'demo', name), { kind: 'user', tenant }).principals });
    const result = lintMap({
      map: readMapFile(join(ROOT, DEMO_MAP)),
      sourceTenantId: DEMO_TENANT,
      exports: { sourceUsers: read('source-users.csv', 'source'), targetUsers: read('target-users.csv', 'target') },
    });
    expect(result).toEqual({ findings: [], rows: golden.length, users, groups });
  });

  it('exits 0 from the CLI, saying what it checked', () => {
    const run = ctmap(['lint', DEMO_MAP, '--source-tenant-id', DEMO_TENANT, '--source-users', 'fixtures/demo/source-users.csv', '--target-users', 'fixtures/demo/target-users.csv']);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout:
        `ctmap lint ${DEMO_MAP}: ${golden.length} rows (${users} users, ${groups} groups): no problems found\n` +
        `checked against: source users fixtures/demo/source-users.csv (${exportRows('source-users.csv')}), target users fixtures/demo/target-users.csv (${exportRows('target-users.csv')})\n`,
    });
  });
});
