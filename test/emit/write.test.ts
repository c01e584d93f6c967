// writeOutputs on a real file system: one set committed together, nothing left behind.
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutFolder } from '../../src/emit/out-folder.js';
import { writeOutputs, type OutputFile } from '../../src/emit/write.js';
import { CtmapError } from '../../src/errors.js';
import { errorMessage } from '../../src/wording/errors.js';
import { tempDir } from '../helpers/fixture-run.js';

const files = (tag: string): OutputFile[] => [
  { name: 'a.csv', content: `a ${tag}` },
  { name: 'b.bin', content: new Uint8Array([1, 2, 3]) },
  { name: 'c.json', content: [`{"tag":`, `"${tag}"}`] },
];

function* failingChunks(): Generator<string> {
  yield 'half a file';
  throw new TypeError('a bug while emitting');
}

function listing(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'latin1')]));
}

describe('writeOutputs', () => {
  it('creates the folder and its missing parents with the usual mode, and nothing beside it', () => {
    const base = tempDir();
    const out = join(base, 'x', 'y', 'out');
    expect(writeOutputs(out, files('one'), false)).toEqual(['a.csv', 'b.bin', 'c.json'].map((n) => join(out, n)));
    expect(listing(out)).toEqual({ 'a.csv': 'a one', 'b.bin': '\u0001\u0002\u0003', 'c.json': '{"tag":"one"}' });
    expect(readdirSync(join(base, 'x', 'y'))).toEqual(['out']);
    mkdirSync(join(base, 'plain'));
    expect(lstatSync(out).mode).toBe(lstatSync(join(base, 'plain')).mode);
  });

  it('replaces the set with force, keeps other files, and removes stale outputs only', () => {
    const out = join(tempDir(), 'out');
    writeOutputs(out, [...files('one'), { name: '06-wave-03.ps1', content: 'old wave' }], false);
    writeFileSync(join(out, '06-wave-03.log.csv'), 'a log');
    expect(() => writeOutputs(out, [{ name: 'd.txt', content: 'd' }], false, { stale: /^\d\d-wave-\d\d\.ps1$/ })).toThrow(
      expect.objectContaining({ code: 'output-exists', context: { detail: join(out, '06-wave-03.ps1') } }),
    );
    writeOutputs(out, files('two'), true, { stale: /^\d\d-wave-\d\d\.ps1$/ });
    expect(listing(out)).toEqual({ 'a.csv': 'a two', 'b.bin': '\u0001\u0002\u0003', 'c.json': '{"tag":"two"}', '06-wave-03.log.csv': 'a log' });
  });

  it.each([
    { name: 'into an existing folder', existing: true },
    { name: 'into a new folder', existing: false },
  ])('a bug while emitting, $name, is rethrown as it is and leaves the previous set', ({ existing }) => {
    const base = tempDir();
    const out = join(base, 'out');
    if (existing) writeOutputs(out, files('one'), false);
    const before = existing ? listing(out) : undefined;
    let thrown: unknown;
    try {
      writeOutputs(out, [{ name: 'a.csv', content: 'new' }, { name: 'c.json', content: failingChunks() }], true);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    if (before) expect(listing(out)).toEqual(before);
    else expect(readdirSync(base)).toEqual([]);
  });

  it('refuses output names that are not plain file names', () => {
    expect(() => writeOutputs(tempDir(), [{ name: '../escape.txt', content: '' }], true)).toThrow(/not a plain, unique file name/);
  });
});

describe('checkOutFolder', () => {
  it('creates nothing, and lists the folders to create outermost first', () => {
    const base = tempDir();
    expect(checkOutFolder(join(base, 'a', 'b'))).toEqual({ path: join(base, 'a', 'b'), exists: false, missing: [join(base, 'a'), join(base, 'a', 'b')] });
    expect(readdirSync(base)).toEqual([]);
    expect(checkOutFolder(base)).toEqual({ path: base, exists: true, missing: [] });
  });
});

describe('output-write-failed says why in plain words', () => {
  it.each(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EBUSY', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ELOOP', 'ENAMETOOLONG', 'EIO'])('%s', (errno) => {
    const message = errorMessage(new CtmapError('output-write-failed', { file: 'out/review.csv', detail: errno }));
    expect(message).toMatch(/^ctmap: out\/review\.csv: cannot write here: [a-z]/);
    expect(message).not.toContain(errno);
    expect(message).toMatch(/earlier outputs are unchanged \[output-write-failed\]$/);
  });
});
