// The bench's synthetic generator: deterministic bytes, a truth that matches its exports, the
// legacy distribution unchanged (the README's earlier numbers were measured with it), and a
// realistic distribution whose namesake families grow with the tenant.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { GIVEN_SHAPE, SURNAME_SHAPE, TAIL_SIZES, topShare } from '../../scripts/synthetic/frequency.js';
import { exportCsv, generateTenants, NAME_DISTRIBUTIONS, type NameDistribution, type SyntheticTenants } from '../../scripts/synthetic/tenants.js';

const digest = (t: SyntheticTenants, shuffleSeed?: number): string =>
  createHash('sha256').update(exportCsv(t.source, 'a', shuffleSeed)).update(exportCsv(t.target, 'b', shuffleSeed)).digest('hex');

/** Share of source users whose full name another source user has too, and the largest family. */
function namesakes(t: SyntheticTenants): { shared: number; largest: number } {
  const count = new Map<string, number>();
  for (const u of t.source) count.set(`${u.given}|${u.surname}`, (count.get(`${u.given}|${u.surname}`) ?? 0) + 1);
  let shared = 0;
  let largest = 0;
  for (const n of count.values()) {
    if (n > 1) shared += n;
    largest = Math.max(largest, n);
  }
  return { shared: shared / t.source.length, largest };
}

describe('synthetic tenants', () => {
  it.each(NAME_DISTRIBUTIONS)('%s: the same seed gives the same bytes, another seed others', (names) => {
    expect(digest(generateTenants(2_000, 3, names))).toBe(digest(generateTenants(2_000, 3, names)));
    expect(digest(generateTenants(2_000, 4, names))).not.toBe(digest(generateTenants(2_000, 3, names)));
  });

  it('legacy: the distribution the README numbers were measured with, byte for byte', () => {
    expect(digest(generateTenants(1_000, 1, 'legacy'))).toBe('cf559bdd43dec2d2264844a18f8d9d9dc968a4129c368c18c5fa2381b7320664');
  });

  it.each(NAME_DISTRIBUTIONS)('%s: the truth names every source, and every true target is in the target export', (names: NameDistribution) => {
    const t = generateTenants(3_000, 5, names);
    const targets = new Set(t.target.map((u) => u.upn));
    expect(t.truth.size).toBe(t.source.length);
    const trueTargets = [...t.truth.values()].filter((v) => v !== '');
    expect(trueTargets.every((v) => targets.has(v))).toBe(true);
    expect(new Set(trueTargets).size).toBe(trueTargets.length);
    expect(trueTargets.length).toBeGreaterThan(t.source.length * 0.85);
    expect(new Set(t.source.map((u) => u.upn)).size).toBe(t.source.length);
  });

  it('shuffled exports hold the same rows, each with its Id, in another order', () => {
    const t = generateTenants(1_000, 2);
    const plain = parse(exportCsv(t.source, 'a')) as string[][];
    const shuffled = parse(exportCsv(t.source, 'a', 9)) as string[][];
    expect(shuffled[0]).toEqual(plain[0]);
    expect(shuffled.slice(1).map((r) => r.join('\u0001'))).not.toEqual(plain.slice(1).map((r) => r.join('\u0001')));
    expect(shuffled.slice(1).map((r) => r.join('\u0001')).sort()).toEqual(plain.slice(1).map((r) => r.join('\u0001')).sort());
  });

  it('realistic: frequencies shaped like published name statistics', () => {
    const surnames = 200 + TAIL_SIZES.surname;
    expect(topShare(surnames, SURNAME_SHAPE, 1)).toBeGreaterThan(0.005);
    expect(topShare(surnames, SURNAME_SHAPE, 1)).toBeLessThan(0.02);
    expect(topShare(surnames, SURNAME_SHAPE, 1_000)).toBeGreaterThan(0.35);
    expect(topShare(surnames, SURNAME_SHAPE, 1_000)).toBeLessThan(0.6);
    const given = 100 + TAIL_SIZES.given;
    expect(topShare(given, GIVEN_SHAPE, 100)).toBeGreaterThan(0.5);
    expect(topShare(given, GIVEN_SHAPE, 100)).toBeLessThan(0.8);
  });

  // Measured with seed 1: 50,000 users share a full name 7.1% (legacy 7.4%), the largest family
  // is 14 (legacy 7); at 1,000,000, 29.5% and 190 (legacy 24.1% and 101).
  it('realistic: namesake families grow with the tenant, the largest ones faster than legacy', () => {
    const small = namesakes(generateTenants(5_000, 1));
    const large = namesakes(generateTenants(50_000, 1));
    expect(large.shared).toBeGreaterThan(small.shared * 2);
    expect(large.largest).toBeGreaterThan(small.largest * 2);
    expect(large.largest).toBeGreaterThan(namesakes(generateTenants(50_000, 1, 'legacy')).largest * 1.5);
  });
});
