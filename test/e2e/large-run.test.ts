// Large runs go to a worker thread with a larger young generation (src/large-run.ts). The
// threshold is lowered here so that the demo takes that path: the outputs, the report and the
// exit codes must be the same as in the main thread.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectBefore, isLargeInput, oldGenerationMb, totalBytes } from '../../src/large-run.js';
import { ctmap } from '../helpers/cli.js';
import { DEMO, tempDir } from '../helpers/fixture-run.js';

const IN_WORKER = { CTMAP_LARGE_INPUT_BYTES: '0' };
const IN_MAIN_THREAD = { CTMAP_LARGE_INPUT_BYTES: 'never' };

// Both runs write to one folder (the second with --force), so that the report's paths agree.
const out = join(tempDir(), 'out');

function demoMap(env: NodeJS.ProcessEnv) {
  const run = ctmap(['map', '--config', join(DEMO, 'ctmap.json'), '--out', out, '--force'], undefined, env);
  const read = (name: string): string => readFileSync(join(out, name), 'utf8');
  // summary.json without its timings, which differ from run to run.
  const { timings: _, ...summary } = JSON.parse(read('summary.json')) as Record<string, unknown>;
  return { run, map: read('identity-map.csv'), review: read('review.csv'), summary };
}

describe('a map run handed to a worker thread', () => {
  it('writes the same outputs and report, with the same exit code, as the main thread', () => {
    const worker = demoMap(IN_WORKER);
    const main = demoMap(IN_MAIN_THREAD);
    expect(worker.run).toEqual(main.run);
    expect(worker.map).toBe(main.map);
    expect(worker.review).toBe(main.review);
    // The worker's principals come in UPN order (read/hand-over.ts): the findings are the same, in the same order.
    expect(worker.summary).toEqual(main.summary);
    expect(worker.summary['findings']).not.toEqual([]);
    expect(worker.run.code).toBe(1);
  });

  // A reader worker parses each user export for the map worker.
  it.each([
    { name: 'the source export', s: 'mail\r\na@contoso.com\r\n', t: 'userPrincipalName\r\na@fabrikam.com\r\n', message: /s\.csv:1: no column for 'upn'/ },
    { name: 'the target export, parsed by the reader worker', s: 'userPrincipalName\r\na@contoso.com\r\n', t: 'userPrincipalName,displayName\r\na@fabrikam.com,"Ann\r\n', message: /t\.csv:2: a quoted value starts/ },
    { name: 'both exports: the source is reported', s: 'mail\r\na@contoso.com\r\n', t: '', message: /s\.csv:1: no column for 'upn'/ },
  ])('reports an input error in $name with exit code 2 and writes nothing', ({ s, t, message }) => {
    const dir = tempDir();
    writeFileSync(join(dir, 's.csv'), s);
    writeFileSync(join(dir, 't.csv'), t);
    const out = join(dir, 'out');
    const run = ctmap(['map', '--source-users', join(dir, 's.csv'), '--target-users', join(dir, 't.csv'), '--source-tenant-id', 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718', '--out', out], undefined, IN_WORKER);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe('isLargeInput', () => {
  it.each([
    { bytes: 16 * 1024 * 1024, env: {}, large: true },
    { bytes: 16 * 1024 * 1024 - 1, env: {}, large: false },
    { bytes: 0, env: { CTMAP_LARGE_INPUT_BYTES: '0' }, large: true },
    { bytes: 999, env: { CTMAP_LARGE_INPUT_BYTES: '1000' }, large: false },
    { bytes: 1000, env: { CTMAP_LARGE_INPUT_BYTES: '1000' }, large: true },
    { bytes: 1e12, env: { CTMAP_LARGE_INPUT_BYTES: 'never' }, large: false },
  ])('$bytes bytes with $env: $large', ({ bytes, env, large }) => {
    expect(isLargeInput(bytes, env)).toBe(large);
  });

  it('adds up the sizes of the files that exist', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), 'x'.repeat(10));
    writeFileSync(join(dir, 'b.csv'), 'x'.repeat(32));
    expect(totalBytes([join(dir, 'a.csv'), join(dir, 'b.csv'), join(dir, 'missing.csv')])).toBe(42);
  });
});

describe('oldGenerationMb', () => {
  const GB = 1024 ** 3;
  it.each([
    { memory: 2 * GB, mb: 4_096 },
    { memory: 24 * GB, mb: 12_288 },
    { memory: 256 * GB, mb: 16_384 },
  ])('$memory bytes of memory: $mb MB', ({ memory, mb }) => {
    expect(oldGenerationMb(memory)).toBe(mb);
  });
});

describe('collectBefore', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('collects before the stages that follow much garbage, when the thread has gc()', () => {
    const gc = vi.fn();
    vi.stubGlobal('gc', gc);
    for (const stage of ['read', 'normalize', 'names', 'attributes', 'assign', 'groups', 'emit', 'lint-check']) collectBefore(stage);
    expect(gc).toHaveBeenCalledTimes(4);
  });

  it('does nothing without gc() (the main thread, small runs)', () => {
    vi.stubGlobal('gc', undefined);
    expect(collectBefore('groups')).toBe(0);
  });
});
