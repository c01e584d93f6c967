// The bench's synthetic generator: deterministic bytes, a truth that matches its exports, the
// legacy distribution unchanged (the README's earlier numbers were measured with it), and a
// realistic distribution whose namesake families grow with the tenant.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { GIVEN_SHAPE, SURNAME_SHAPE, TAIL_SIZES, topShare } from '../../scripts/synthetic/frequency.js';
import { areNicknames } from '../../src/match/names/nicknames.js';
import { fold } from '../../src/match/names/fold.js';
import { exportCsv, generateTenants, NAME_DISTRIBUTIONS, type NameDistribution, type SyntheticTenants, type SyntheticUser } from '../../scripts/synthetic/tenants.js';

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

// Phones as E.164 digits, knowing how the generator's admins write them (the matcher uses
// libphonenumber-js; this only checks the generator).
const CALLING: Record<string, string> = { US: '1', DE: '49', GB: '44', FR: '33' };
function e164(phone: string | undefined, usage: string | undefined): string | undefined {
  if (phone === undefined) return undefined;
  const digits = phone.replace(/\D/g, '');
  return phone.startsWith('+') ? digits : CALLING[usage ?? '']! + digits.replace(/^0/, '');
}

describe('synthetic tenants with HR attributes', () => {
  const t = generateTenants(6_000, 1);
  const byUpn = new Map(t.target.map((u) => [u.upn, u]));
  const pairs = [...t.truth].filter(([, v]) => v !== '').map(([s, v]) => [t.source.find((u) => u.upn === s)!, byUpn.get(v)!] as const);
  const share = (list: readonly (readonly [SyntheticUser, SyntheticUser])[], agree: (a: SyntheticUser, b: SyntheticUser) => boolean | undefined): number => {
    const known = list.map(([a, b]) => agree(a, b)).filter((x) => x !== undefined);
    return known.filter((x) => x).length / known.length;
  };
  // The n-th source beside the true target of a source far away: a random pair.
  const random = pairs.map(([s], i) => [s, pairs[(i * 7919 + 13) % pairs.length]![1]] as const).filter(([s, b]) => t.truth.get(s.upn) !== b.upn);
  const same = (k: keyof NonNullable<SyntheticUser['hr']>) => (a: SyntheticUser, b: SyntheticUser): boolean | undefined =>
    a.hr?.[k] === undefined || b.hr?.[k] === undefined ? undefined : a.hr[k] === b.hr[k];
  const samePhone = (k: 'mobilePhone' | 'businessPhones') => (a: SyntheticUser, b: SyntheticUser): boolean | undefined => {
    const [x, y] = [e164(a.hr?.[k], a.hr?.usageLocation), e164(b.hr?.[k], b.hr?.usageLocation)];
    return x === undefined || y === undefined ? undefined : x === y;
  };

  it('leave names, accounts and truth as without them: only the decoys are added', () => {
    const plain = generateTenants(6_000, 1, 'realistic', { hr: false });
    const core = (u: SyntheticUser) => [u.upn, u.given, u.surname, u.mail, u.employeeId].join('|');
    expect(t.source.map(core)).toEqual(plain.source.map(core));
    expect(t.truth).toEqual(plain.truth);
    expect(t.target.filter((u) => !t.decoys.has(u.upn)).map(core).sort()).toEqual(plain.target.map(core).sort());
    expect(plain.target.every((u) => u.hr === undefined) && plain.decoys.size === 0).toBe(true);
    expect([...t.source, ...t.target].every((u) => u.hr?.usageLocation !== undefined && u.hr.companyName !== undefined)).toBe(true);
  });

  it('are what the same person mostly keeps: mobile, business phone, title, office', () => {
    expect(share(pairs, samePhone('mobilePhone'))).toBeGreaterThan(0.85);
    expect(share(pairs, samePhone('businessPhones'))).toBeGreaterThan(0.75);
    expect(share(pairs, same('jobTitle'))).toBeGreaterThan(0.78);
    for (const k of ['officeLocation', 'streetAddress', 'postalCode', 'city'] as const) expect(share(pairs, same(k))).toBeGreaterThan(0.84);
    expect(share(random, samePhone('mobilePhone'))).toBeLessThan(0.01);
    expect(share(random, same('jobTitle'))).toBeLessThan(0.2);
  });

  it('rename the company and reorganise departments: agreement says nothing', () => {
    expect(share(pairs, same('companyName'))).toBe(0);
    expect(Math.abs(share(pairs, same('department')) - share(random, same('department')))).toBeLessThan(0.03);
  });

  it("write phones each tenant's way: international in the source, national at home in the target", () => {
    const phones = (users: readonly SyntheticUser[]) => users.flatMap((u) => [u.hr?.mobilePhone, u.hr?.businessPhones]).filter((p) => p !== undefined);
    expect(phones(t.source).every((p) => p.startsWith('+'))).toBe(true);
    const national = phones(t.target).filter((p) => !p.startsWith('+'));
    expect(national.length).toBeGreaterThan(phones(t.target).length * 0.8);
    expect(national.some((p) => /^\(\d{3}\) \d{3}-\d{4}$/.test(p))).toBe(true);
    expect(national.some((p) => /^0\d{2,3} \d+$/.test(p))).toBe(true);
    expect(share(pairs, (a, b) => (a.hr?.mobilePhone === undefined || b.hr?.mobilePhone === undefined ? undefined : a.hr.mobilePhone === b.hr.mobilePhone))).toBeLessThan(0.1);
  });

  it('add decoys: a namesake or nickname variant of a source, no identifiers, attributes of its own', () => {
    expect(t.decoys.size).toBeGreaterThan(6_000 * 0.02);
    const trueTargets = new Set(t.truth.values());
    for (const [d, s] of t.decoys) {
      const decoy = byUpn.get(d)!;
      const source = t.source.find((u) => u.upn === s)!;
      expect(decoy.surname).toBe(source.surname);
      expect(decoy.given === source.given || areNicknames(fold(decoy.given), fold(source.given))).toBe(true);
      expect([decoy.mail, decoy.employeeId, ...decoy.proxies].join('')).toBe('');
      expect(trueTargets.has(d)).toBe(false);
    }
    const mobiles = [...t.decoys].map(([d, s]) => [t.source.find((u) => u.upn === s)!, byUpn.get(d)!] as const);
    expect(share(mobiles, samePhone('mobilePhone'))).toBeLessThan(0.05);
  });

  it('add namesake traps on request: "Robert X" became "Bob X" beside an unrelated "Robert X"', () => {
    const trapped = generateTenants(1_000, 3, 'realistic', { traps: 0.01 });
    expect(trapped.traps.size).toBe(10);
    const target = new Map(trapped.target.map((u) => [u.upn, u]));
    for (const s of trapped.traps) {
      const source = trapped.source.find((u) => u.upn === s)!;
      const own = target.get(trapped.truth.get(s)!)!;
      expect(areNicknames(fold(own.given), fold(source.given)) && own.surname === source.surname).toBe(true);
      const namesake = [...trapped.decoys].find(([, v]) => v === s)![0];
      expect([target.get(namesake)!.given, target.get(namesake)!.surname]).toEqual([source.given, source.surname]);
      expect([own.employeeId, own.mail, target.get(namesake)!.employeeId, target.get(namesake)!.mail].join('')).toBe('');
    }
  });
});
