import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ctmap, ROOT, type Run } from './cli.js';

export const DEMO = join(ROOT, 'fixtures', 'demo');

export function tempDir(prefix = 'ctmap-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs ctmap map with the demo config, optionally on other export files. */
export function runDemoMap(extra: readonly string[] = []): { run: Run; out: string } {
  const out = join(tempDir(), 'out');
  const run = ctmap(['map', '--config', join(DEMO, 'ctmap.json'), '--out', out, ...extra]);
  return { run, out };
}

export function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
}
