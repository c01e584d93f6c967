// The only place outputs reach the disk. All-or-nothing: every file is checked before any is
// written, each is written to a temp file and renamed, and nothing is replaced without force.

import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CtmapError } from '../errors.js';

export interface OutputFile {
  name: string;
  /** Text is written as UTF-8; bytes as they are; chunks one after another, as they come. */
  content: string | Uint8Array | Iterable<string>;
}

/** Throws output-exists when any of the files is present and force is off. */
export function assertWritable(dir: string, names: readonly string[], force: boolean): void {
  if (force) return;
  const existing = names.map((n) => join(dir, n)).filter((p) => existsSync(p));
  if (existing.length > 0) throw new CtmapError('output-exists', { detail: existing.join(', ') });
}

export function writeOutputs(dir: string, files: readonly OutputFile[], force: boolean): string[] {
  assertWritable(dir, files.map((f) => f.name), force);
  const paths = files.map((f) => join(dir, f.name));
  mkdirSync(dir, { recursive: true });
  const temps = files.map((f, i) => {
    const temp = `${paths[i]}.${process.pid}.tmp`;
    if (typeof f.content === 'string' || f.content instanceof Uint8Array) writeFileSync(temp, f.content);
    else writeChunks(temp, f.content);
    return temp;
  });
  try {
    temps.forEach((temp, i) => renameSync(temp, paths[i]!));
  } finally {
    for (const temp of temps) rmSync(temp, { force: true });
  }
  return paths;
}

function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** Files in dir whose names match pattern but are not among names: left by an earlier run. */
export function staleOutputs(dir: string, pattern: RegExp, names: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const keep = new Set(names);
  return readdirSync(dir)
    .filter((n) => pattern.test(n) && !keep.has(n))
    .sort();
}

/** Removes outputs of an earlier run that the new outputs do not replace. */
export function removeOutputs(dir: string, names: readonly string[]): void {
  for (const name of names) rmSync(join(dir, name), { force: true });
}
