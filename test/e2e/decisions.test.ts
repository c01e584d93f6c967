// The review loop of issue 6 through the built CLI on the demo fixtures: map, edit review.csv as
// a reviewer would, map again with --decisions; the decisions survive fresh exports, Excel's
// re-save and shuffled rows, and every decision that cannot be applied is a finding.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { REVIEW_COLUMNS } from '../../src/emit/review.js';
import { compareKeys } from '../../src/order.js';
import { readExportFile } from '../../src/read/index.js';
import { ctmap } from '../helpers/cli.js';
import { DEMO, readCsv, runDemoMap, tempDir } from '../helpers/fixture-run.js';

const TENANT = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';
const COLUMN = Object.fromEntries(REVIEW_COLUMNS.map((c, i) => [c, i])) as Record<(typeof REVIEW_COLUMNS)[number], number>;

const text = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
const mapLines = (dir: string): string[] => text(dir, 'identity-map.csv').split('\r\n').filter((l) => l !== '');

/** review.csv as records: header first. */
function reviewRecords(dir: string): string[][] {
  return parse(readFileSync(join(dir, 'review.csv')), { bom: true }) as string[][];
}

interface WriteOptions {
  delimiter?: string;
  bom?: boolean;
}

/** Writes records as ctmap does, or as a European Excel saves them (';', no BOM). */
function writeReview(records: readonly string[][], options: WriteOptions = {}): string {
  const file = join(tempDir(), 'reviewed.csv');
  writeFileSync(file, stringify(records as string[][], { bom: options.bom ?? true, delimiter: options.delimiter ?? ',', record_delimiter: 'windows', escape_formulas: true }));
  return file;
}

type Edit = { decision: string; target?: string };

/** The reviewer's work: a decision (and maybe another target) on the rows of some sources. */
function review(records: readonly string[][], edits: Record<string, Edit>): string[][] {
  return records.map((r, i) => {
    const edit = i === 0 ? undefined : edits[r[COLUMN.source]!];
    if (!edit) return r;
    const out = [...r];
    out[COLUMN.decision] = edit.decision;
    if (edit.target !== undefined) out[COLUMN.target] = edit.target;
    return out;
  });
}

const EDITS: Record<string, Edit> = {
  'robert.chamberlain@contoso.com': { decision: 'accept' },
  'adam.fischer@contoso.com': { decision: 'reject' },
  'john.smith@contososales.com': { decision: 'accept', target: 'john.smith2@fabrikam.com' },
};

const first = runDemoMap();
const firstRecords = reviewRecords(first.out);
const reviewed = writeReview(review(firstRecords, EDITS));
const second = runDemoMap(['--decisions', reviewed]);

describe('the review loop on the demo fixtures', () => {
  it('runs, with exit 1 for the fixtures planted duplicate rows only', () => {
    expect({ code: second.run.code, stderr: second.run.stderr }).toEqual({ code: 1, stderr: '' });
    const codes = (dir: string) => (JSON.parse(text(dir, 'summary.json')) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes(second.out)).toEqual(codes(first.out));
  });

  it('writes the decided rows, and changes no other row', () => {
    const records = readCsv(join(second.out, 'review.csv'));
    const before = readCsv(join(first.out, 'review.csv'));
    const changed = Object.keys(EDITS);
    expect(records.filter((r) => changed.includes(r['source']!))).toEqual([
      {
        kind: 'user',
        status: 'excluded',
        reason: 'rejected by a reviewer',
        source: 'adam.fischer@contoso.com',
        source_name: 'Adam Fischer',
        target: 'fischer.adam@fabrikam.com',
        target_name: 'Adam Fischer',
        score: '100',
        score_terms: 'identifier +100',
        rule: 'address-domain',
        evidence: "reviewer's decision (reject); address equal after domain rewrite: a.fischer@contoso.com → a.fischer@fabrikam.com (source proxy, target mail)",
        runner_up: '',
        runner_up_score: '',
        competing: '',
        findings: '',
        decision: 'reject',
      },
      {
        kind: 'user',
        status: 'decided',
        reason: 'accepted by a reviewer',
        source: 'john.smith@contososales.com',
        source_name: 'John Smith',
        target: 'john.smith2@fabrikam.com',
        target_name: 'John Smith',
        score: '0',
        score_terms: '',
        rule: 'decision',
        evidence: "reviewer's decision (accept)",
        runner_up: 'john.smith@fabrikam.com',
        runner_up_score: '100',
        competing: '',
        findings: '',
        decision: 'accept',
      },
      {
        kind: 'user',
        status: 'decided',
        reason: 'accepted by a reviewer',
        source: 'robert.chamberlain@contoso.com',
        source_name: 'Robert Chamberlain',
        target: 'bchamberlain@fabrikam.com',
        target_name: 'Bob Chamberlain',
        score: '68',
        score_terms: 'nickname +70; common name -2',
        rule: 'decision',
        evidence: "reviewer's decision (accept); given names are nickname and name, surname equal: Robert Chamberlain / Bob Chamberlain",
        runner_up: '',
        runner_up_score: '',
        competing: '',
        findings: '',
        decision: 'accept',
      },
    ]);
    expect(records.filter((r) => !changed.includes(r['source']!))).toEqual(before.filter((r) => !changed.includes(r['source']!)));
    expect(records.length).toBe(before.length);
  });

  it('maps the accepted rows, drops the rejected one, and keeps every other map row', () => {
    const row = (source: string, target: string) => `User,${TENANT},${source},${target},${target},RegularUser`;
    const users = [
      ...mapLines(first.out).filter((l) => l.startsWith('User,') && !l.includes(',adam.fischer@contoso.com,')),
      row('robert.chamberlain@contoso.com', 'bchamberlain@fabrikam.com'),
      row('john.smith@contososales.com', 'john.smith2@fabrikam.com'),
    ].sort((a, b) => compareKeys(a.split(',')[2]!, b.split(',')[2]!));
    expect(mapLines(second.out)).toEqual([...users, ...mapLines(first.out).filter((l) => l.startsWith('Group,'))]);
  });

  it('counts decided rows and names the decisions file in summary.json', () => {
    type Counts = { counts: { byStatus: Record<string, number>; inMap: number }; inputs: { role: string; file: string }[] };
    const before = JSON.parse(text(first.out, 'summary.json')) as Counts;
    const summary = JSON.parse(text(second.out, 'summary.json')) as Counts;
    // adam.fischer matched → excluded; robert.chamberlain review → decided; john.smith@contososales.com ambiguous → decided.
    const b = before.counts.byStatus;
    expect(summary.counts.byStatus).toEqual({ ...b, matched: b['matched']! - 1, decided: 2, review: b['review']! - 1, ambiguous: b['ambiguous']! - 1, excluded: b['excluded']! + 1 });
    expect(summary.counts.inMap).toBe(before.counts.inMap + 1);
    expect(summary.inputs.map((i) => [i.role, i.file])).toContainEqual(['decisions', reviewed]);
  });

  it('feeding the new review.csv back changes nothing: the decisions survive the round trip', () => {
    const third = runDemoMap(['--decisions', join(second.out, 'review.csv')]);
    expect(third.run.code).toBe(1);
    for (const name of ['identity-map.csv', 'review.csv']) expect(text(third.out, name)).toBe(text(second.out, name));
  });
});

describe('decisions are keyed by kind and keys, not by row position', () => {
  const [header, ...body] = review(firstRecords, EDITS);
  const decided = body.filter((r) => r[COLUMN.decision] !== '');

  it.each([
    { name: 'rows reversed', records: [header!, ...[...body].reverse()], options: {} },
    { name: "rows reversed, saved by a European Excel (';', no BOM)", records: [header!, ...[...body].reverse()], options: { delimiter: ';', bom: false } },
    { name: 'only the decided rows, decision rows rotated', records: [header!, ...decided.slice(1), decided[0]!], options: {} },
    {
      name: 'only the four key columns, keys in upper case',
      records: [
        ['decision', 'target', 'source', 'kind'],
        ...decided.map((r) => [r[COLUMN.decision]!, r[COLUMN.target]!.toUpperCase(), r[COLUMN.source]!.toUpperCase(), r[COLUMN.kind]!]),
      ],
      options: { delimiter: ';' },
    },
  ])('$name: byte-identical outputs', ({ records, options }) => {
    const again = runDemoMap(['--decisions', writeReview(records, options)]);
    expect(again.run.code).toBe(1);
    for (const name of ['identity-map.csv', 'review.csv']) expect(text(again.out, name)).toBe(text(second.out, name));
  });

  it('fresh exports, reordered and with a new user, keep the decisions', () => {
    const dir = tempDir();
    const reexport = (name: string, headerLines: number, extra: string[] = []) => {
      const lines = readFileSync(join(DEMO, name), 'utf8').split('\r\n').filter((l) => l !== '');
      writeFileSync(join(dir, name), `${[...lines.slice(0, headerLines), ...extra, ...lines.slice(headerLines).reverse()].join('\r\n')}\r\n`);
      return join(dir, name);
    };
    const newcomer = '"0f4d2c1b-1111-4222-8333-944455566677";"new.hire@contoso.com";"Nina Hire";"Nina";"Hire";"new.hire@contoso.com";"SMTP:new.hire@contoso.com";"E19999";"";"Member";"True";"Contoso"';
    const again = runDemoMap([
      '--source-users',
      reexport('source-users.csv', 2, [newcomer]),
      '--target-users',
      reexport('target-users.csv', 1),
      '--decisions',
      reviewed,
    ]);
    expect(again.run.code).toBe(1);
    expect(text(again.out, 'identity-map.csv')).toBe(text(second.out, 'identity-map.csv'));
    const records = readCsv(join(again.out, 'review.csv'));
    expect(records.filter((r) => r['source'] !== 'new.hire@contoso.com')).toEqual(readCsv(join(second.out, 'review.csv')));
    expect(records.find((r) => r['source'] === 'new.hire@contoso.com')).toMatchObject({ status: 'unmatched', decision: '' });
  });
});

describe('decisions that cannot be applied are findings with file and line', () => {
  const file = join(tempDir(), 'decisions.csv');
  writeFileSync(
    file,
    [
      'kind,source,target,decision',
      'user,gone@contoso.com,arjun.patel@fabrikam.com,accept',
      'user,peter.vandenberg@contoso.com,nobody@fabrikam.com,accept',
      'user,wei.chen@contoso.com,wchen@fabrikam.com,maybe',
      'user,ahmed.karim@contoso.com,imogen.shaw@fabrikam.com,accept',
      'user,colin.fraser@contoso.com,imogen.shaw@fabrikam.com,accept',
      'user,bianca.moretti@contoso.com,arjun.patel@fabrikam.com,accept',
      '',
    ].join('\r\n'),
  );
  const run = runDemoMap(['--decisions', file]);
  const summary = JSON.parse(text(run.out, 'summary.json')) as { findings: Record<string, unknown>[] };
  const at = (line: number) => ({ tenant: 'source', file, line });

  it('lists each in summary.json, in a stable order', () => {
    expect(run.run.code).toBe(1);
    expect(summary.findings.filter((f) => String(f['code']).startsWith('decision-'))).toEqual([
      {
        code: 'decision-invalid',
        severity: 'error',
        message: "decision 'maybe' not understood: write accept, reject or create, or leave it empty",
        principal: 'wei.chen@contoso.com',
        ...at(4),
        column: 'decision',
      },
      {
        code: 'decision-breaks-one-to-one',
        severity: 'error',
        message: 'decision for ahmed.karim@contoso.com ignored: target imogen.shaw@fabrikam.com is accepted for colin.fraser@contoso.com (line 6) as well. Accept it for one source only',
        principal: 'ahmed.karim@contoso.com',
        ...at(5),
      },
      {
        code: 'decision-breaks-one-to-one',
        severity: 'error',
        message:
          "a reviewer's decision maps arjun.patel@fabrikam.com to bianca.moretti@contoso.com, so arjun.patel@contoso.com loses its automatic match to it and is no longer in the map: decide arjun.patel@contoso.com too",
        principal: 'arjun.patel@contoso.com',
        ...at(7),
      },
      {
        code: 'decision-breaks-one-to-one',
        severity: 'error',
        message: 'decision for colin.fraser@contoso.com ignored: target imogen.shaw@fabrikam.com is accepted for ahmed.karim@contoso.com (line 5) as well. Accept it for one source only',
        principal: 'colin.fraser@contoso.com',
        ...at(6),
      },
      {
        code: 'decision-source-gone',
        severity: 'error',
        message: 'decision for gone@contoso.com ignored: the source is no longer in the source export. Delete the row, or check the key',
        principal: 'gone@contoso.com',
        ...at(2),
      },
      {
        code: 'decision-target-gone',
        severity: 'error',
        message: 'decision for peter.vandenberg@contoso.com ignored: target nobody@fabrikam.com is not in the target export. Check the key in the target column, or export the target tenant again',
        principal: 'peter.vandenberg@contoso.com',
        ...at(3),
      },
    ]);
  });

  it('shows them in the rows of review.csv, and leaves ignored sources as the rules decided them', () => {
    const before = new Map(readCsv(join(first.out, 'review.csv')).map((r) => [r['source'], r]));
    const pick = (r: Record<string, string>) => ({ source: r['source'], status: r['status'], target: r['target'], findings: r['findings'], decision: r['decision'] });
    const rows = readCsv(join(run.out, 'review.csv')).filter((r) => r['findings']!.includes('decision-') || r['decision'] !== '' || r['status'] !== before.get(r['source'])?.['status']);
    expect(rows.map(pick)).toEqual([
      { source: 'ahmed.karim@contoso.com', status: 'unmatched', target: '', findings: 'decision-breaks-one-to-one', decision: '' },
      { source: 'arjun.patel@contoso.com', status: 'conflict', target: 'arjun.patel@fabrikam.com', findings: 'decision-breaks-one-to-one', decision: '' },
      { source: 'bianca.moretti@contoso.com', status: 'decided', target: 'arjun.patel@fabrikam.com', findings: '', decision: 'accept' },
      { source: 'colin.fraser@contoso.com', status: 'unmatched', target: '', findings: 'decision-breaks-one-to-one', decision: '' },
      { source: 'peter.vandenberg@contoso.com', status: 'review', target: 'pvandenberg@fabrikam.com', findings: 'decision-target-gone', decision: '' },
      { source: 'wei.chen@contoso.com', status: 'ambiguous', target: 'wchen@fabrikam.com', findings: 'decision-invalid', decision: '' },
    ]);
  });
});

describe('a decisions file that cannot be read', () => {
  it('exits 2 on a missing column, naming file, line and the columns found, and writes nothing', () => {
    const file = join(tempDir(), 'decisions.csv');
    writeFileSync(file, 'kind;source;decision\r\nuser;a@contoso.com;accept\r\n');
    const { run, out } = runDemoMap(['--decisions', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `ctmap: ${file}:1: no column for 'target'. Looked for: target. Found: kind, source, decision. Give --decisions a review.csv that ctmap wrote, with its header row kept [missing-column]\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('--help shows the option and an example', () => {
    const help = ctmap(['map', '--help']).stdout;
    expect(help).toMatch(/--decisions\s+A review\.csv with the reviewer's decisions/);
    // yargs wraps the example to the terminal width: its parts, not its layout.
    expect(help).toMatch(/ctmap map --config ctmap\.json --decisions\s/);
    expect(help).toMatch(/\srun-1\/review\.csv --out run-2\s/);
    expect(help).toContain("Apply the reviewer's decisions from run-1's");
  });
});

describe('decisions on groups', () => {
  it('an accepted ambiguous group is decided and mapped with its group row', () => {
    const groups = (name: string, tenant: 'source' | 'target') => readExportFile(join(DEMO, name), { kind: 'group', tenant }).principals;
    const source = groups('source-groups.csv', 'source').find((g) => g.displayName === 'Engineering')!.id;
    const target = groups('target-groups.csv', 'target').find((g) => g.displayName === 'FAB Engineering')!.id;
    const file = join(tempDir(), 'decisions.csv');
    writeFileSync(file, `kind,source,target,decision\r\ngroup,${source},${target},accept\r\n`);
    const run = runDemoMap(['--decisions', file]);
    expect(run.run.code).toBe(1);
    expect(readCsv(join(run.out, 'review.csv')).find((r) => r['source'] === source)).toMatchObject({ kind: 'group', status: 'decided', target, decision: 'accept' });
    expect(mapLines(run.out)).toContain(`Group,${TENANT},${source},${target},${target},RegularGroup`);
  });
});
