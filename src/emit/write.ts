// The only place outputs reach the disk. All or nothing: the files of one run are written to a
// staging folder and swapped in together at the end, so that any failure leaves the previous
// run's outputs or nothing, never a mix, and no temporary file. Nothing is replaced without force.
//
// A new folder is staged beside it (same parent, same file system) and renamed into place. An
// existing folder may hold other files (logs, the plan folder) and may be a mount point of its
// own, so there the staging folder is inside it: the files it replaces are moved aside first,
// the new ones moved in, and on a failure every move is undone.

import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CtmapError } from '../errors.js';
import { errnoOf, outputError } from './fs-errors.js';
import { checkOutFolder, createFolders, removeFolders, type OutFolder } from './out-folder.js';

export interface OutputFile {
  name: string;
  /** Text is written as UTF-8; bytes as they are; chunks one after another, as they come. */
  content: string | Uint8Array | Iterable<string>;
}

export interface WriteOptions {
  /**
   * Names of an earlier run's outputs that this run may no longer write (plan: scripts of waves
   * that no longer exist): those present in the folder are removed in the same swap, and count as
   * existing outputs for force. Other files in the folder stay.
   */
  stale?: RegExp;
}

/**
 * Throws a coded error when the folder cannot hold the outputs: it is a file, under /proc, not
 * writable, an output name is a folder, or (without force) one of the files exists.
 */
export function assertWritable(dir: string, names: readonly string[], force: boolean): OutFolder {
  const folder = checkOutFolder(dir);
  if (!folder.exists) return folder;
  const existing: string[] = [];
  for (const name of names) {
    const path = join(folder.path, name);
    const stats = lstatOrUndefined(path);
    if (stats === undefined) continue;
    if (stats.isDirectory()) throw new CtmapError('output-not-file', { file: path });
    existing.push(join(dir, name));
  }
  if (!force && existing.length > 0) throw new CtmapError('output-exists', { detail: existing.join(', ') });
  return folder;
}

/** Writes the files into dir as one set; returns their paths. */
export function writeOutputs(dir: string, files: readonly OutputFile[], force: boolean, options: WriteOptions = {}): string[] {
  const names = files.map((f) => f.name);
  for (const [i, name] of names.entries()) {
    if (name !== basename(name) || name.startsWith('.') || names.indexOf(name) !== i) throw new Error(`output name ${name} is not a plain, unique file name`);
  }
  const stale = options.stale ? staleOutputs(dir, options.stale, names) : [];
  const folder = assertWritable(dir, [...names, ...stale], force);
  const paths = names.map((n) => join(dir, n));
  if (folder.exists) swapIntoFolder(folder.path, files, stale);
  else stageNewFolder(folder, files);
  return paths;
}

function stageNewFolder(folder: OutFolder, files: readonly OutputFile[]): void {
  const created = createFolders(folder.missing.slice(0, -1));
  let staging: string | undefined;
  try {
    staging = makeStaging(join(dirname(folder.path), `.${basename(folder.path)}.ctmap-`));
    writeFiles(staging, files, folder.path);
    rename(staging, folder.path, folder.path);
  } catch (err) {
    if (staging !== undefined) removeQuietly(staging);
    removeFolders(created);
    throw err;
  }
}

function swapIntoFolder(dir: string, files: readonly OutputFile[], stale: readonly string[]): void {
  const staging = makeStaging(join(dir, '.ctmap-staging-'));
  const fresh = join(staging, 'new');
  const old = join(staging, 'old');
  let keepStaging = false;
  try {
    mkdir(fresh, dir);
    mkdir(old, dir);
    writeFiles(fresh, files, dir);
    const moved: Array<[from: string, to: string]> = [];
    try {
      for (const name of [...files.map((f) => f.name), ...stale]) {
        if (lstatOrUndefined(join(dir, name)) === undefined) continue;
        moved.push(rename(join(dir, name), join(old, name), join(dir, name)));
      }
      for (const { name } of files) moved.push(rename(join(fresh, name), join(dir, name), join(dir, name)));
    } catch (err) {
      // Undo in reverse; a previous output that cannot be put back stays in the staging folder.
      for (const [from, to] of moved.reverse()) {
        try {
          renameSync(to, from);
        } catch {
          keepStaging = true;
        }
      }
      if (keepStaging && err instanceof CtmapError) throw new CtmapError(err.code, { ...err.context, value: old });
      throw err;
    }
  } finally {
    if (!keepStaging) removeQuietly(staging);
  }
}

/** Removes a staging folder; a failure here must not hide the run's own outcome or error. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // left behind only if the system refuses to delete what this run just created
  }
}

/** A new folder named prefix + random; with the usual mode (mkdtemp's 0700 would become --out's). */
function makeStaging(prefix: string): string {
  for (let attempt = 0; ; attempt++) {
    const path = `${prefix}${randomBytes(6).toString('hex')}`;
    try {
      mkdirSync(path);
      return path;
    } catch (err) {
      if (errnoOf(err) !== 'EEXIST' || attempt >= 5) throw outputError(err, dirname(prefix));
    }
  }
}

/** mkdir, whose failure names the output folder (shown) rather than the staging folder. */
function mkdir(path: string, shown: string): void {
  try {
    mkdirSync(path);
  } catch (err) {
    throw outputError(err, shown);
  }
}

function rename(from: string, to: string, shown: string): [string, string] {
  try {
    renameSync(from, to);
    return [from, to];
  } catch (err) {
    throw outputError(err, shown);
  }
}

/** Writes each file into dir; a failure names the file as it will be in the output folder. */
function writeFiles(dir: string, files: readonly OutputFile[], outDir: string): void {
  for (const file of files) {
    const shown = join(outDir, file.name);
    let fd: number;
    try {
      fd = openSync(join(dir, file.name), 'wx');
    } catch (err) {
      throw outputError(err, shown);
    }
    try {
      const { content } = file;
      if (typeof content === 'string' || content instanceof Uint8Array) writeAll(fd, content, shown);
      else for (const chunk of content) writeAll(fd, chunk, shown);
    } finally {
      closeSync(fd);
    }
  }
}

function writeAll(fd: number, data: string | Uint8Array, shown: string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  } catch (err) {
    throw outputError(err, shown);
  }
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return undefined;
    throw outputError(err, path);
  }
}

/** Files in dir whose names match pattern but are not among names: left by an earlier run. */
export function staleOutputs(dir: string, pattern: RegExp, names: readonly string[]): string[] {
  const keep = new Set(names);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (err) {
    if (errnoOf(err) === 'ENOENT' || errnoOf(err) === 'ENOTDIR') return [];
    throw outputError(err, dir);
  }
  return entries.filter((n) => pattern.test(n) && !keep.has(n)).sort();
}
