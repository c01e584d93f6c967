// Output safety through the built CLI: one run's outputs are committed together; a folder that
// cannot be written, a full disk or a file in use is exit 2 with the path and the reason, the
// previous outputs unchanged and no temporary file; an unexpected exception is exit 3.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ctmap, ctmapWith, FS_FAULT, type Run } from '../helpers/cli.js';
import { DEMO, tempDir } from '../helpers/fixture-run.js';

const MAP_CONFIG = join(DEMO, 'ctmap.json');
const OUTPUTS = ['identity-map.csv', 'review.csv', 'summary.json'];
const STACK = /^\s+at /m;

function mapInto(out: string, extra: string[] = [], o: Parameters<typeof ctmapWith>[1] = {}): Run {
  return ctmapWith(['map', '--config', MAP_CONFIG, '--out', out, ...extra], o);
}

/** Every entry of dir with its bytes (folders as '<folder>'), to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) entries[e.name] = e.isDirectory() ? '<folder>' : readFileSync(join(dir, e.name), 'latin1');
  return entries;
}

function expectCodedFailure(r: Run, code: string, path: string): void {
  expect(r.stderr).toContain(`[${code}]`);
  expect(r.stderr).toContain(path);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(/bug in ctmap/);
  expect(r.code).toBe(2);
}

/** A map run into a fresh folder: the previous outputs the next run must leave alone. */
function previousRun(): { dir: string; out: string; before: Record<string, string> } {
  const dir = tempDir();
  const out = join(dir, 'out');
  expect(mapInto(out).code).toBe(1);
  return { dir, out, before: snapshot(out) };
}

describe('a failure leaves the previous outputs or nothing, never a mix', () => {
  it('refuses to replace an output that is now a folder, even with --force, and changes nothing', () => {
    const { out } = previousRun();
    rmSync(join(out, 'review.csv'));
    mkdirSync(join(out, 'review.csv'));
    const before = snapshot(out);
    const r = mapInto(out, ['--force']);
    expectCodedFailure(r, 'output-not-file', join(out, 'review.csv'));
    expect(snapshot(out)).toEqual(before);
  });

  it.each([
    { name: 'the main thread', env: {} },
    { name: 'a worker thread', env: { CTMAP_LARGE_INPUT_BYTES: '0' } },
  ])('a full disk while writing, in $name, keeps the previous outputs and leaves no temporary file', ({ env }) => {
    const { out, before } = previousRun();
    // 20,000 bytes: identity-map.csv fits, review.csv does not.
    const r = mapInto(out, ['--force'], { nodeArgs: ['--import', FS_FAULT], env: { ...env, CTMAP_FAULT: 'enospc:20000' } });
    expectCodedFailure(r, 'output-write-failed', join(out, 'review.csv'));
    expect(r.stderr).toMatch(/the disk is full/);
    expect(snapshot(out)).toEqual(before);
  });

  it('a full disk on a first run writes nothing: no folder, no temporary file beside it', () => {
    const dir = tempDir();
    const r = mapInto(join(dir, 'new', 'out'), [], { nodeArgs: ['--import', FS_FAULT], env: { CTMAP_FAULT: 'enospc:20000' } });
    expectCodedFailure(r, 'output-write-failed', join(dir, 'new', 'out', 'review.csv'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file that cannot be replaced (open in Excel) puts every moved file back', () => {
    const { out, before } = previousRun();
    writeFileSync(join(out, 'notes.txt'), 'the reviewer keeps notes here');
    const r = mapInto(out, ['--force'], { nodeArgs: ['--import', FS_FAULT], env: { CTMAP_FAULT: 'rename:summary.json' } });
    expectCodedFailure(r, 'output-write-failed', join(out, 'summary.json'));
    expect(r.stderr).toMatch(/in use by another program/);
    expect(snapshot(out)).toEqual({ ...before, 'notes.txt': 'the reviewer keeps notes here' });
  });

  it('when a previous output cannot be put back either, it is kept and the message says where', () => {
    const { out, before } = previousRun();
    const r = mapInto(out, ['--force'], { nodeArgs: ['--import', FS_FAULT], env: { CTMAP_FAULT: 'stuck:summary.json' } });
    expectCodedFailure(r, 'output-write-failed', join(out, 'summary.json'));
    const kept = /some earlier outputs could not be put back: they are in (\S+) \[/.exec(r.stderr)?.[1] ?? '';
    expect(kept).toMatch(new RegExp(`^${join(out, '.ctmap-staging-')}[0-9a-f]+/old$`));
    const staging = kept.slice(0, -'/old'.length).split('/').pop() ?? '';
    const { [staging]: _, ...rest } = snapshot(out);
    expect({ ...rest, ...snapshot(kept) }).toEqual(before);
  });

  it('plan --force that fails keeps the scripts of the earlier plan, stale waves included', () => {
    const dir = tempDir();
    const out = join(dir, 'plan');
    const plan = (extra: string[], o = {}) => ctmapWith(['plan', '--config', join(DEMO, 'plan.json'), '--from', join(dir, 'map'), '--out', out, ...extra], o);
    expect(mapInto(join(dir, 'map')).code).toBe(1);
    expect(plan(['--wave-size', '2']).code).toBe(0);
    const before = snapshot(out);
    expect(Object.keys(before).filter((n) => n.includes('wave-0')).length).toBeGreaterThan(2);
    const r = plan(['--force'], { nodeArgs: ['--import', FS_FAULT], env: { CTMAP_FAULT: 'rename:RUNBOOK.md' } });
    expectCodedFailure(r, 'output-write-failed', join(out, 'RUNBOOK.md'));
    expect(snapshot(out)).toEqual(before);
  });

  it.for([
    { name: 'a real full disk (a 20 KB tmpfs)', mount: 'size=20k', reason: 'the disk is full' },
    { name: 'a real read-only file system', mount: 'ro', reason: 'the file system is read-only' },
  ])('$name as --out, in a private mount namespace when unshare is available', ({ mount, reason }, ctx) => {
    const dir = tempDir();
    const out = join(dir, 'tmpfs');
    mkdirSync(out);
    const script = `mount -t tmpfs -o ${mount} tmpfs "$1" || exit 99; shift; "$@"; code=$?; ls -A "$OUT_DIR"; exit $code`;
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', out, process.execPath, CLI, 'map', '--config', MAP_CONFIG, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: out },
    });
    if (r.error || r.status === 99 || /unshare/.test(r.stderr)) {
      console.warn(`skipped: no private mount namespace here (${r.error?.message ?? r.stderr.trim()})`);
      ctx.skip();
    }
    expect(r.stderr).toContain(`: cannot write here: ${reason}. Nothing was written; earlier outputs are unchanged [output-write-failed]`);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout.trim()).toBe(''); // ls -A: nothing left in the tmpfs
    expect(r.status).toBe(2);
  });
});

describe('an output folder that cannot be used is exit 2 with the path and the reason', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a-file'), 'not a folder');
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));

  it.each([
    { name: '--out naming a file', out: join(dir, 'a-file'), code: 'output-not-folder', path: join(dir, 'a-file'), reason: /names a file, not a folder/ },
    { name: '--out under a file', out: join(dir, 'a-file', 'x', 'y'), code: 'output-not-folder', path: join(dir, 'a-file'), reason: /under this file/ },
    { name: '--out a dangling symlink', out: join(dir, 'dangling'), code: 'output-not-folder', path: join(dir, 'dangling'), reason: /symbolic link to something that does not exist/ },
    { name: '--out a device', out: '/dev/null', code: 'output-not-folder', path: '/dev/null', reason: /device/ },
    { name: '--out under /sys', out: '/sys/kernel/ctmap-out', code: 'output-virtual-fs', path: '/sys/kernel', reason: /sysfs file system/ },
    { name: '--out under /proc (Node would spin forever)', out: '/proc/ctmap-out', code: 'output-virtual-fs', path: '/proc', reason: /proc file system/ },
  ])('map with $name', ({ out, code, path, reason }) => {
    const r = mapInto(out, [], { timeoutMs: 20_000 });
    expectCodedFailure(r, code, path);
    expect(r.stderr).toMatch(reason);
  });

  it.each([
    { name: 'plan --out naming a file', args: ['plan', '--config', join(DEMO, 'plan.json'), '--map', join(DEMO, 'expected', 'identity-map.csv'), '--out', join(dir, 'a-file')], code: 'output-not-folder', path: join(dir, 'a-file') },
    { name: 'plan --out /proc/ctmap-out', args: ['plan', '--config', join(DEMO, 'plan.json'), '--map', join(DEMO, 'expected', 'identity-map.csv'), '--out', '/proc/ctmap-out'], code: 'output-virtual-fs', path: '/proc' },
    { name: 'demo --out /proc/ctmap-out', args: ['demo', '--out', '/proc/ctmap-out'], code: 'output-virtual-fs', path: '/proc' },
    { name: 'demo --out naming a file', args: ['demo', '--out', join(dir, 'a-file')], code: 'output-not-folder', path: join(dir, 'a-file') },
  ])('$name', ({ args, code, path }) => {
    expectCodedFailure(ctmapWith(args, { timeoutMs: 20_000 }), code, path);
  });

  it('a read-only folder, for a user who cannot write it', () => {
    // As root, permissions do not stop writes: run as nobody then (CI runs as root).
    const asRoot = process.getuid?.() === 0;
    const base = tempDir();
    chmodSync(base, 0o755);
    const out = join(base, 'read-only');
    mkdirSync(out, { mode: 0o555 });
    chmodSync(out, 0o555);
    const r = mapInto(out, [], asRoot ? { uid: 65534, gid: 65534 } : {});
    expectCodedFailure(r, 'output-write-failed', out);
    expect(r.stderr).toMatch(/permission denied/);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('an unexpected exception is a bug in ctmap: exit 3, the stack only with --debug', () => {
  it.each([
    { name: 'the main thread', env: {} },
    { name: 'a worker thread', env: { CTMAP_LARGE_INPUT_BYTES: '0' } },
  ])('in $name', ({ env }) => {
    const dir = tempDir();
    const o = { nodeArgs: ['--import', FS_FAULT], env: { ...env, CTMAP_FAULT: 'bug:review.csv' } };
    const r = mapInto(join(dir, 'out'), [], o);
    expect(r.stderr).toMatch(/^ctmap: internal error: TypeError: simulated bug.*\nThis is a bug in ctmap/);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(3);
    expect(readdirSync(dir)).toEqual([]);
    const debug = mapInto(join(dir, 'out'), ['--debug'], o);
    expect(debug.stderr).toMatch(STACK);
    expect(debug.code).toBe(3);
  });

  it('says so in --help', () => {
    expect(ctmap(['--help']).stdout).toMatch(/3 a bug in ctmap/);
  });
});
