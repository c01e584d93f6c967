// trackMoves is order-free: every order of the fixture's snapshots, with rows shuffled and
// snapshots doubled, gives the same result; known states fold case, unknown ones are kept;
// failure causes are read from the detail (facts §5, §16.1).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlannedMoves } from '../../src/read/plan-folder.js';
import { readSnapshot, type SnapshotRow } from '../../src/read/snapshots.js';
import { canonicalState, failureCause } from '../../src/status/states.js';
import { trackMoves } from '../../src/status/track.js';
import { ROOT } from '../helpers/cli.js';

const DIR = join(ROOT, 'fixtures', 'moves');
const moves = readPlannedMoves(join(DIR, 'plan'));
const snaps = ['status-20261128T080001Z.csv', 'status-20261129T080001Z.csv', 'status-20261130T090001Z.csv'].map((n) => readSnapshot(join(DIR, 'snapshots', n)));

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

// A small deterministic generator, so a failure can be replayed from its seed.
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('trackMoves', () => {
  const expected = JSON.stringify(trackMoves(moves, snaps, 24));

  it.each(permutations([0, 1, 2]).map((p) => [p.join(',')]))('gives the same result for the order %s, doubled and shuffled', (order) => {
    const picked = order.split(',').map((i) => snaps[Number(i)]!);
    for (const seed of [1, 7, 42]) {
      const input: SnapshotRow[][] = shuffled([...picked, ...picked].map((s, i) => shuffled(s, seed + i)), seed);
      expect(JSON.stringify(trackMoves(shuffled(moves, seed), input, 24))).toBe(expected);
    }
  });

  it('counts a snapshot once however often it is given', () => {
    expect(trackMoves(moves, [snaps[0]!, snaps[0]!, snaps[0]!], 24).snapshots).toBe(1);
  });

  it('says the next wave must wait when it would overfill the 4,000 queue', () => {
    const many = Array.from({ length: 3999 }, (_, i) => ({ wave: 1, kind: 'onedrive' as const, source: `u${i}@contoso.com`, target: `u${i}@fabrikam.com`, line: i + 2 }));
    const next = [...many.slice(0, 2).map((m) => ({ ...m, wave: 2, source: `n${m.source}` }))];
    const rows = many.map((m) => ({ time: 0, kind: m.kind, source: m.source, state: 'Scheduled', detail: '', file: 'x', line: 1 }));
    const q = trackMoves([...many, ...next], [rows], 24).queue;
    expect(q).toEqual({ pending: 3999, limit: 4000, nextWave: 2, nextWaveMoves: 2, nextWaveMayStart: false });
  });
});

describe('states and causes', () => {
  it.each([
    ['inprogress', 'InProgress'],
    ['READYTOTRIGGER', 'ReadytoTrigger'],
    ['ReadyToTrigger', 'ReadytoTrigger'],
    [' success ', 'Success'],
    ['Validating', 'Validating'],
  ])('%j is %j', (raw, state) => expect(canonicalState(raw)).toBe(state));

  it.each([
    ['Move failed with error -161', 'source-read-only'],
    ['ErrorCode: -102', 'source-no-access'],
    ['The target tenant has a conflict.', 'target-conflict'],
    ['The Cross-Tenant content move [MnASiteMove] feature is not enabled for this tenant.', 'feature-not-enabled'],
    ['error -1610', undefined],
    ['timeout', undefined],
  ])('%j names %j', (detail, cause) => expect(failureCause(detail)).toBe(cause));
});
