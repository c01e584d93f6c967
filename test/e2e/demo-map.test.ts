// The demo fixtures end to end through the built CLI: golden outputs, byte-identical again
// with shuffled inputs, and every decision checked against truth.csv.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionsBesideTruth, DEMO, readCsv, runDemoMap, tempDir } from '../helpers/fixture-run.js';
import { golden } from '../helpers/golden.js';

const GOLDEN = ['identity-map.csv', 'review.csv'] as const;
const first = runDemoMap();

describe('ctmap map on the demo fixtures', () => {
  it('exits 1 because the fixtures hold planted duplicate rows', () => {
    expect(first.run.stderr).toBe('');
    expect(first.run.code).toBe(1);
  });

  it.each(GOLDEN)('%s equals the golden file', (name) => {
    const actual = readFileSync(join(first.out, name), 'utf8');
    expect(actual).toBe(golden(join(DEMO, 'expected', name), actual).toString('utf8'));
  });

  it('writes the same bytes when the input rows are shuffled', () => {
    const dir = tempDir();
    const shuffled = (name: string, headerLines: number, seed: number) => {
      const text = readFileSync(join(DEMO, name), 'utf8');
      const lines = text.split('\r\n').filter((l) => l !== '');
      const head = lines.slice(0, headerLines);
      const body = lines.slice(headerLines);
      let state = seed;
      for (let i = body.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const j = state % (i + 1);
        [body[i], body[j]] = [body[j]!, body[i]!];
      }
      const path = join(dir, name);
      writeFileSync(path, `${[...head, ...body].join('\r\n')}\r\n`);
      return path;
    };
    const again = runDemoMap([
      ...['--source-users', shuffled('source-users.csv', 2, 7), '--target-users', shuffled('target-users.csv', 1, 11)],
      ...['--source-groups', shuffled('source-groups.csv', 2, 13), '--target-groups', shuffled('target-groups.csv', 1, 17)],
    ]);
    expect(again.run.code).toBe(1);
    for (const name of GOLDEN) expect(readFileSync(join(again.out, name), 'utf8')).toBe(readFileSync(join(first.out, name), 'utf8'));
  });

  it('maps no source to a wrong target', () => {
    const truth = new Map(readCsv(join(DEMO, 'truth.csv')).map((t) => [t['source']!, t]));
    const map = readFileSync(join(first.out, 'identity-map.csv'), 'utf8').trim().split('\r\n').map((l) => l.split(','));
    for (const [, , source, target] of map) {
      expect({ source, target }).toEqual({ source, target: truth.get(source!)?.['target'] });
      expect(truth.get(source!)?.['status']).toBe('matched');
    }
  });

  it('decides every source as truth.csv says, with its reason', () => {
    const { actual, expected } = decisionsBesideTruth(join(first.out, 'review.csv'), join(DEMO, 'truth.csv'));
    expect(actual).toEqual(expected);
  });
});
