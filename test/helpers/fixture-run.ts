import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ReasonCode } from '../../src/model.js';
import { reasonText } from '../../src/wording/evidence.js';
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

/** Each truth.csv row beside its review.csv row: status, target and reason (as worded), in truth order. */
export function decisionsBesideTruth(reviewFile: string, truthFile: string) {
  const review = readCsv(reviewFile);
  const truth = readCsv(truthFile);
  const actual = truth.map((t) => {
    const row = review.find((r) => r['source'] === t['source']);
    return { source: t['source'], status: row?.['status'], target: row?.['target'], reason: row?.['reason'] };
  });
  const expected = truth.map((t) => ({ source: t['source'], status: t['status'], target: t['target'], reason: reasonText(t['reason'] as ReasonCode) }));
  return { actual, expected, reviewRows: review.length };
}
