// ctmap report without a browser: the embedded data cannot end its script block, the page
// allows no network, and a run folder that is not one is a coded error (exit 2).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { embeddedJson, reportHtml } from '../../src/report/html.js';
import { readRun } from '../../src/report/read-run.js';
import { ctmap } from '../helpers/cli.js';
import { runDemoMap, tempDir } from '../helpers/fixture-run.js';

describe('embeddedJson', () => {
  it.each(['</script><script>alert(1)</script>', '<!--', '<img src=x onerror=alert(1)>', '\u2028'])('keeps %j inside the block and parses back', (value) => {
    const json = embeddedJson({ name: value });
    expect(json).not.toMatch(/[<\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: value });
  });
});

describe('reportHtml', () => {
  const bundle = { script: 'console.log(1)', style: 'body{}' };
  const data = readRun(runDemoMap().out, undefined);

  it('allows its own two blocks by hash and nothing from a network', () => {
    const html = reportHtml(data, bundle);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('refuses a bundle that would close its own block', () => {
    expect(() => reportHtml(data, { script: 'x="</script>"', style: '' })).toThrow(/closing tag/);
  });
});

describe('readRun', () => {
  it("counts a plan's moves per wave and kind from its moves.csv (the demo's, named first where to look)", () => {
    const cwd = tempDir();
    const demo = ctmap(['demo', '--out', 'demo'], cwd);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/Where to look:\n {2}demo\/report\.html /);
    const moves = readFileSync(join(cwd, 'demo', 'plan', 'moves.csv'), 'utf8').trim().split('\r\n').slice(1);
    const data = readRun(join(cwd, 'demo'), join(cwd, 'demo', 'plan'));
    expect(data.plan).toEqual({
      dir: join(cwd, 'demo', 'plan'),
      moves: moves.length,
      waves: [{ wave: 1, begin: '2025-05-01T22:00:00Z', end: '2025-05-03T22:00:00Z', byKind: { onedrive: moves.filter((m) => m.includes(',onedrive,')).length, site: 2 } }],
    });
    expect(data.rows).toHaveLength(data.summary.counts.sources);
  });

  it('reads the score arithmetic from the score_terms column, for the page to list', () => {
    const { out } = runDemoMap();
    const records = parse(readFileSync(join(out, 'review.csv')), { bom: true }) as string[][];
    const at = records[0]!.indexOf('score_terms');
    expect(at).toBeGreaterThan(0);
    const terms = ['surname exact +40; given name nickname +25; namesakes -10.5', '', 'no points here'];
    writeFileSync(join(out, 'review.csv'), stringify(records.map((r, i) => (i === 0 ? r : r.map((v, j) => (j === at ? (terms[i - 1] ?? '') : v)))), { bom: true }));
    expect(readRun(out, undefined).arithmetic).toEqual({
      0: [
        { attribute: 'surname exact', points: 40 },
        { attribute: 'given name nickname', points: 25 },
        { attribute: 'namesakes', points: -10.5 },
      ],
    });
  });
});

describe('ctmap report', () => {
  it('writes RUN_DIR/report.html, and replaces it only with --force', () => {
    const { out } = runDemoMap();
    expect(ctmap(['report', '--from', out]).code).toBe(0);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    const again = ctmap(['report', '--from', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(ctmap(['report', '--from', out, '--force']).code).toBe(0);
  });

  it.each([
    ['a folder without review.csv', () => tempDir(), /review\.csv/],
    ['a summary.json that is not ctmap', () => broken('summary.json', '{"x":1}'), /summary\.json/],
    ['a review.csv without a decision column', () => broken('review.csv', 'kind,source,target\r\nuser,a@b.c,\r\n'), /decision/],
  ])('stops with exit 2 on %s', (_name, prepare, message) => {
    const dir = prepare();
    const r = ctmap(['report', '--from', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
  });
});

/** A demo run with one of its files replaced. */
function broken(name: string, content: string): string {
  const { out } = runDemoMap();
  writeFileSync(join(out, name), content);
  return out;
}
