// Issue 13, cases 1-3 (identifier tiers, target-side namesakes) end to end through the built
// CLI: one fixture folder per case under fixtures/tiers, each with truth.csv (the expected
// status of every source) and golden outputs; the same bytes again with the rows reversed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ctmap, ROOT } from '../helpers/cli.js';
import { decisionsBesideTruth, tempDir } from '../helpers/fixture-run.js';
import { golden } from '../helpers/golden.js';

const CASES = join(ROOT, 'fixtures', 'tiers');
const GOLDEN = ['identity-map.csv', 'review.csv'] as const;

function map(dir: string, extra: readonly string[] = []) {
  const out = join(tempDir(), 'out');
  const run = ctmap(['map', '--config', join(dir, 'ctmap.json'), '--out', out, ...extra]);
  return { run, out };
}

// The header stays first; the rows come in reverse order.
function reversed(file: string, into: string): string {
  const [head, ...rows] = readFileSync(file, 'utf8').split('\r\n').filter((l) => l !== '');
  const path = join(into, `reversed-${file.split('/').pop()!}`);
  writeFileSync(path, `${[head, ...rows.reverse()].join('\r\n')}\r\n`);
  return path;
}

describe.each(readdirSync(CASES).sort())('fixtures/tiers/%s', (name) => {
  const dir = join(CASES, name);
  const first = map(dir);

  it('runs without a usage error', () => {
    expect(first.run.stderr).toBe('');
    expect(first.run.code).toBeLessThan(2);
  });

  it.each(GOLDEN)('%s equals the golden file', (file) => {
    const actual = readFileSync(join(first.out, file), 'utf8');
    expect(actual).toBe(golden(join(dir, 'expected', file), actual).toString('utf8'));
  });

  it('decides every source as truth.csv says, with its reason', () => {
    const { actual, expected, reviewRows } = decisionsBesideTruth(join(first.out, 'review.csv'), join(dir, 'truth.csv'));
    expect(reviewRows).toBe(expected.length);
    expect(actual).toEqual(expected);
  });

  it('writes the same bytes with the export rows in reverse order', () => {
    const tmp = tempDir();
    const again = map(dir, ['--source-users', reversed(join(dir, 'source-users.csv'), tmp), '--target-users', reversed(join(dir, 'target-users.csv'), tmp)]);
    for (const file of GOLDEN) expect(readFileSync(join(again.out, file), 'utf8')).toBe(readFileSync(join(first.out, file), 'utf8'));
  });
});
