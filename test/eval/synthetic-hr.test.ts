// The synthetic tenants with HR attributes and decoys through the real path (written, read back,
// matched): no source is mapped to a wrong target, and the learned attribute weights map at
// least 95% of the true pairs automatically (issue 13).
import { describe, expect, it } from 'vitest';
import { syntheticHrCounts, type HrCounts } from '../../scripts/synthetic/hr-eval.js';

const sum = (counts: Readonly<Record<string, number>>): number => Object.values(counts).reduce((n, c) => n + c, 0);

describe('synthetic HR tenants, 3,000 users', () => {
  const counts: HrCounts = syntheticHrCounts({ users: 3_000, seed: 1, traps: 0 });

  it('maps nobody to a wrong target, decoys included', () => {
    expect(counts.decoys).toBeGreaterThan(30);
    expect(counts.wrongPairs).toEqual([]);
    expect(counts.wrong).toBe(0);
  });

  it('maps at least 95% of the true pairs automatically, with learned attribute weights', () => {
    expect(counts.correct / counts.truePairs).toBeGreaterThanOrEqual(0.95);
  });

  it('counts every source once: mapped, or left to a person for a status and reason', () => {
    expect(counts.sources).toBe(3_000);
    expect(counts.truePairs + counts.leavers).toBe(counts.sources);
    expect(counts.automatic + sum(counts.leftToPerson)).toBe(counts.sources);
    expect(counts.correct + counts.wrong).toBe(counts.automatic);
    expect(Object.keys(counts.leftToPerson).every((k) => /^(review|ambiguous|conflict|unmatched)\/[a-z-]+$/.test(k))).toBe(true);
  });
});

describe('synthetic HR tenants with namesake traps', () => {
  it('scores a trap mapped to its unrelated exact namesake as wrong, to a decoy', () => {
    const counts = syntheticHrCounts({ users: 1_000, seed: 2, traps: 0.02 });
    expect(counts.traps.count).toBe(20);
    expect(counts.traps.correct + counts.traps.wrong + counts.traps.left).toBe(20);
    expect(counts.wrongToDecoy).toBeGreaterThanOrEqual(counts.traps.wrong);
    expect(counts.wrongPairs).toHaveLength(counts.wrong);
    // An exact namesake beside the person's nickname variant goes to a reviewer.
    expect(counts.traps.wrong).toBe(0);
  });
});
