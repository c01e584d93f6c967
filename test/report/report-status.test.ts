// ctmap report --status without a browser: the golden status.json of fixtures/moves (what
// `ctmap status` writes) is read whole by the status command's own schema, embedded in the page
// per wave with its failures, and a missing or foreign status.json is a coded error (exit 2)
// naming the file, with no page written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../src/report/data.js';
import { reportHtml } from '../../src/report/html.js';
import { readRun } from '../../src/report/read-run.js';
import { readStatus } from '../../src/report/read-status.js';
import { statusJsonSchema, type StatusJson } from '../../src/status/json.js';
import { ctmap, ROOT } from '../helpers/cli.js';
import { runDemoMap, tempDir } from '../helpers/fixture-run.js';

const EXPECTED = join(ROOT, 'fixtures', 'moves', 'expected');
const GOLDEN_FILE = join(EXPECTED, 'status.json');
const golden = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as StatusJson;

describe('status.json schema', () => {
  it('reads the golden status.json whole: nothing ctmap status writes is dropped', () => {
    expect(statusJsonSchema.parse(golden)).toEqual(golden);
  });
});

describe('readStatus', () => {
  it.each([
    ['the folder', EXPECTED],
    ['the file', GOLDEN_FILE],
  ])('reads the waves, failures, stuck and unseen moves and the queue from %s', (_name, given) => {
    expect(readStatus(given)).toEqual({
      file: GOLDEN_FILE,
      snapshots: 3,
      latest: '2026-11-30T09:00:09Z',
      previous: '2026-11-29T08:00:07Z',
      stuckHours: 24,
      queue: { pending: 4, limit: 4000, nextWave: 2, nextWaveMoves: 6, nextWaveMayStart: true },
      waves: [
        { wave: 1, total: 9, byState: { Failed: 2, InProgress: 2, NotStarted: 1, ReadytoTrigger: 1, Success: 2 }, notSeen: 1 },
        { wave: 2, total: 6, byState: {}, notSeen: 6 },
      ],
      failed: golden.failed,
      stuck: golden.stuck,
      notSeen: 7,
      notInPlan: 1,
    });
  });

  it('gives each failure its kind, detail, cause and fix as status.json has them', () => {
    expect(readStatus(EXPECTED).failed.map((f) => [f.wave, f.kind, f.source, f.state, f.cause, f.fix?.slice(0, 10)])).toEqual([
      [1, 'OneDrive', 'alex.wilber@contoso.com', 'Failed', 'target-conflict', 'the target'],
      [1, 'OneDrive', 'grady.archie@contoso.com', 'Failed', 'source-read-only', 'error -161'],
    ]);
  });
});

describe('the page data', () => {
  it('embeds the status with the run, and none without --status', () => {
    const { out } = runDemoMap();
    const embedded = (html: string): ReportData => JSON.parse(/<script type="application\/json" id="ctmap-data">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null') as ReportData;
    const bundle = { script: '', style: '' };
    const data = embedded(reportHtml(readRun(out, undefined, EXPECTED), bundle));
    expect(data.status).toEqual(readStatus(EXPECTED));
    expect(embedded(reportHtml(readRun(out, undefined), bundle)).status).toBeNull();
  });
});

describe('ctmap report --status', () => {
  it('writes the page from a status folder', () => {
    const { out } = runDemoMap();
    const r = ctmap(['report', '--from', out, '--status', EXPECTED]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('"failed":[{"wave":1,"kind":"OneDrive","source":"alex.wilber@contoso.com"');
  });

  const write = (name: string, content: string): string => {
    const dir = tempDir();
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const emptyFolder = (): string => {
    const dir = join(tempDir(), 'plan');
    mkdirSync(dir);
    return dir;
  };
  // One run for every refusal: none of them may write its report.html.
  const { out } = runDemoMap();
  const wrongWave = JSON.stringify({ ...golden, waves: [{ ...golden.waves[0], byState: { Failed: 'two' } }] });
  it.each([
    ['a status.json that is not there', () => ({ given: join(tempDir(), 'status.json'), named: 'status.json' }), 'file-not-found'],
    ['a folder without status.json', () => ({ given: emptyFolder(), named: join('plan', 'status.json') }), 'file-not-found'],
    ['a file that is not JSON', () => ({ given: write('status.json', 'Wave,State\r\n1,Failed\r\n'), named: 'status.json' }), 'invalid-value'],
    ['a JSON file that is not a status.json', () => ({ given: write('summary.json', '{"counts":{}}'), named: 'summary.json' }), 'invalid-value'],
    ['a status.json with a count that is not a number', () => ({ given: write('status.json', wrongWave), named: 'status.json' }), 'invalid-value'],
  ])('stops with exit 2 on %s, naming the file', (_name, prepare, code) => {
    const { given, named } = prepare();
    const r = ctmap(['report', '--from', out, '--status', given]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(named);
    expect(r.stderr).toContain(`[${code}]`);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
  });
});
