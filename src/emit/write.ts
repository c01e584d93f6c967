// The only place outputs reach the disk. All-or-nothing: every file is checked before any is
// written, each is written to a temp file and renamed, and nothing is replaced without force.

import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CtmapError } from '../errors.js';

export interface OutputFile {
  name: string;
  content: string;
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
    writeFileSync(temp, f.content, 'utf8');
    return temp;
  });
  try {
    temps.forEach((temp, i) => renameSync(temp, paths[i]!));
  } finally {
    for (const temp of temps) rmSync(temp, { force: true });
  }
  return paths;
}
