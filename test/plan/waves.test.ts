// Waves count OneDrive and site moves together, at most 4,000 each; begin = start + (n-1)*gap,
// end = begin + window; the order never depends on the input order.
import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanInput } from '../../src/plan/build.js';
import { scheduleWaves } from '../../src/plan/schedule.js';
import type { Move, RequestedMove } from '../../src/plan/types.js';
import { cutWaves, sortMoves } from '../../src/plan/waves.js';

const origin = { file: 'list.csv', line: 1 };
const pad = (n: number) => String(n).padStart(5, '0');
const users = Array.from({ length: 9000 }, (_, i) => ({ source: `user${pad(i)}@contoso.com`, target: `user${pad(i)}@fabrikam.com`, line: i + 1 }));
const sites: RequestedMove[] = Array.from({ length: 500 }, (_, i) => ({
  kind: 'site',
  source: `https://contoso.sharepoint.com/sites/s${pad(i)}`,
  target: `https://fabrikam.sharepoint.com/sites/s${pad(i)}`,
  origin: { file: 'sites.csv', line: i + 1 },
}));

const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  source: { adminUrl: 'https://contoso-admin.sharepoint.com', hostUrl: 'https://contoso-my.sharepoint.com/' },
  target: { adminUrl: 'https://fabrikam-admin.sharepoint.com', hostUrl: 'https://fabrikam-my.sharepoint.com/' },
  map: { file: 'identity-map.csv', users, groups: [] },
  requested: { onedrive: undefined, sites, groupSites: [] },
  waveSize: 4000,
  schedule: { start: new Date('2025-05-01T22:00:00Z'), windowHours: 48, gapHours: 72 },
  ...over,
});

describe('9,000 OneDrive moves and 500 sites', () => {
  const plan = buildPlan(input());

  it('make three waves of at most 4,000, OneDrive first', () => {
    expect(plan.findings).toEqual([]);
    expect(
      plan.waves.map((w) => ({
        wave: w.number,
        onedrive: w.moves.filter((m) => m.kind === 'onedrive').length,
        site: w.moves.filter((m) => m.kind === 'site').length,
      })),
    ).toEqual([
      { wave: 1, onedrive: 4000, site: 0 },
      { wave: 2, onedrive: 4000, site: 0 },
      { wave: 3, onedrive: 1000, site: 500 },
    ]);
  });

  it('schedule each wave from --start, --wave-gap and --window', () => {
    expect(plan.waves.map((w) => [w.begin?.toISOString(), w.end?.toISOString()])).toEqual([
      ['2025-05-01T22:00:00.000Z', '2025-05-03T22:00:00.000Z'],
      ['2025-05-04T22:00:00.000Z', '2025-05-06T22:00:00.000Z'],
      ['2025-05-07T22:00:00.000Z', '2025-05-09T22:00:00.000Z'],
    ]);
  });

  it('give the same waves whatever the input order', () => {
    const reversed = buildPlan(input({ map: { file: 'identity-map.csv', users: [...users].reverse(), groups: [] }, requested: { onedrive: undefined, sites: [...sites].reverse(), groupSites: [] } }));
    expect(reversed.waves.map((w) => w.moves.map((m) => m.source))).toEqual(plan.waves.map((w) => w.moves.map((m) => m.source)));
  });
});

describe('cutWaves', () => {
  const moves = (n: number): Move[] => Array.from({ length: n }, (_, i) => ({ kind: 'onedrive', source: `u${pad(i)}@c.com`, target: `u${pad(i)}@f.com`, origin }));

  it.each([
    { moves: 0, size: 4000, sizes: [] },
    { moves: 1, size: 4000, sizes: [1] },
    { moves: 4000, size: 4000, sizes: [4000] },
    { moves: 4001, size: 4000, sizes: [4000, 1] },
    { moves: 10, size: 3, sizes: [3, 3, 3, 1] },
  ])('$moves moves in waves of $size: $sizes', ({ moves: n, size, sizes }) => {
    expect(cutWaves(moves(n), size).map((w) => w.moves.length)).toEqual(sizes);
  });

  it.each([0, 4001, 2.5])('refuses wave size %s', (size) => {
    expect(() => cutWaves(moves(1), size)).toThrow(RangeError);
  });

  it('orders kinds OneDrive, site, group site, then by source case-insensitively', () => {
    const mixed: Move[] = [
      { kind: 'group-site', source: 'Alpha', target: 'A', origin },
      { kind: 'site', source: 'https://c.sharepoint.com/sites/b', target: 't', origin },
      { kind: 'onedrive', source: 'b@c.com', target: 'b@f.com', origin },
      { kind: 'onedrive', source: 'A@c.com', target: 'a@f.com', origin },
    ];
    expect(sortMoves(mixed).map((m) => m.source)).toEqual(['A@c.com', 'b@c.com', 'https://c.sharepoint.com/sites/b', 'Alpha']);
  });
});

describe('scheduleWaves', () => {
  it('leaves the dates out without a start', () => {
    const waves = scheduleWaves([{ number: 1, moves: [] }], undefined);
    expect(waves).toEqual([{ number: 1, moves: [] }]);
  });

  it('warns when windows overlap, because the queue may then hold more than 4,000', () => {
    const plan = buildPlan(input({ schedule: { start: new Date('2025-05-01T22:00:00Z'), windowHours: 48, gapHours: 24 } }));
    expect(plan.findings).toEqual([{ code: 'waves-overlap', severity: 'warning', data: { gap: 24, window: 48 } }]);
  });
});
