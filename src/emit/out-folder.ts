// Whether an output folder can be written, found before anything is created: the nearest
// existing ancestor must be a writable folder on a real file system. Node's recursive mkdir
// spins forever under /proc, so missing folders are created here one level at a time.

import { accessSync, constants, lstatSync, mkdirSync, rmdirSync, statfsSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CtmapError } from '../errors.js';
import { errnoOf, outputError } from './fs-errors.js';

// Linux file systems that show the kernel's state and cannot hold ctmap's files (statfs f_type).
const VIRTUAL_FS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0xcafe4a11, 'bpf'],
  [0x6165676c, 'pstore'],
  [0x62656570, 'configfs'],
  [0xde5e81e4, 'efivarfs'],
  [0x1cd1, 'devpts'],
]);

export interface OutFolder {
  /** The folder as given. */
  path: string;
  exists: boolean;
  /** Folders to create, outermost first (empty when the folder exists). */
  missing: string[];
}

/** Checks dir without changing anything; throws a coded output error when it cannot be used. */
export function checkOutFolder(dir: string): OutFolder {
  const absolute = resolve(dir);
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    const stats = lstatOrUndefined(current);
    if (stats) {
      checkExisting(current === absolute ? dir : current, stats, current === absolute);
      return { path: dir, exists: missing.length === 0, missing };
    }
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) throw new CtmapError('output-not-folder', { file: current, detail: 'missing-root' });
    current = parent;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (err) {
    // ENOTDIR: a part of the path is a file; walking up finds it and says so.
    if (errnoOf(err) === 'ENOENT' || errnoOf(err) === 'ENOTDIR') return undefined;
    throw outputError(err, path);
  }
}

function checkExisting(path: string, own: Stats, isOut: boolean): void {
  let stats = own;
  if (own.isSymbolicLink()) {
    try {
      stats = statSync(path);
    } catch (err) {
      if (errnoOf(err) === 'ENOENT') throw new CtmapError('output-not-folder', { file: path, detail: 'dangling-link' });
      throw outputError(err, path);
    }
  }
  if (!stats.isDirectory()) {
    const kind = stats.isFile() ? 'file' : 'special';
    throw new CtmapError('output-not-folder', { file: path, detail: isOut ? kind : `under-${kind}` });
  }
  const fs = virtualFs(path);
  if (fs !== undefined) throw new CtmapError('output-virtual-fs', { file: path, value: fs });
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw outputError(err, path);
  }
}

function virtualFs(path: string): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return VIRTUAL_FS.get(statfsSync(path).type);
  } catch {
    return undefined; // the writes that follow report what is wrong
  }
}

/** Creates the missing folders; on failure removes the ones it created and throws. */
export function createFolders(missing: readonly string[]): string[] {
  const created: string[] = [];
  try {
    for (const dir of missing) {
      mkdirSync(dir);
      created.push(dir);
    }
  } catch (err) {
    removeFolders(created);
    throw outputError(err, missing[created.length] ?? '');
  }
  return created;
}

/** Removes folders this run created, innermost first, if they are still empty. */
export function removeFolders(created: readonly string[]): void {
  for (const dir of [...created].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty or gone: leave it and its parents
    }
  }
}
