import { describe, expect, it } from 'vitest';
import { relatedAttributes } from '../../../src/match/attributes/groups.js';
import { learnWeights } from '../../../src/match/attributes/learn.js';
import { AttributeValues } from '../../../src/match/attributes/values.js';
import type { Principal, SupportingValues } from '../../../src/model.js';
import { user } from '../../helpers/principal.js';

function people(count: number, valuesOf: (i: number, side: 'source' | 'target') => SupportingValues) {
  const sources: Principal[] = [];
  const targets: Principal[] = [];
  for (let i = 0; i < count; i++) {
    sources.push(user('source', `p${i}@contoso.com`, { attributes: valuesOf(i, 'source') }));
    targets.push(user('target', `p${i}@fabrikam.com`, { attributes: valuesOf(i, 'target') }));
  }
  return { sources, targets, settled: sources.map((source, i) => ({ source, target: targets[i]! })) };
}

describe('learned weights', () => {
  // 1,000 people: each keeps the mobile phone; 9 in 10 keep the office (one of 20); the
  // department is drawn again on the target side (one of 5).
  const { sources, targets, settled } = people(1000, (i, side) => ({
    mobilePhone: `+47 4${String(1000000 + i * 7).slice(-7)}`,
    office: side === 'target' && i % 10 === 0 ? `Office ${(i + 1) % 20}` : `Office ${i % 20}`,
    department: `Dept ${side === 'source' ? i % 5 : (i * 3 + 1) % 5}`,
  }));
  const model = learnWeights({
    attributes: ['department', 'office', 'mobilePhone'],
    sources,
    targets,
    settled,
    settledBy: { identifiers: 1000, names: 0 },
    sourceValues: new AttributeValues(),
    targetValues: new AttributeValues(),
  });
  const level = (attribute: string, name: string) => model.attributes.find((a) => a.attribute === attribute)!.levels.find((l) => l.level === name)!;

  it('m is the agreement among settled pairs, u among random pairs', () => {
    expect(level('office', 'equal').m).toBeCloseTo(0.9, 2);
    expect(level('office', 'equal').u).toBeCloseTo(0.05, 2);
    expect(level('mobilePhone', 'equal').m).toBeGreaterThan(0.99);
  });

  it('the weight is log2(m/u), within the bound', () => {
    const office = level('office', 'equal');
    expect(office.weight).toBeCloseTo(Math.log2(office.m / office.u), 0);
    expect(level('mobilePhone', 'equal').weight).toBe(12);
    expect(level('office', 'differs').weight).toBeLessThan(-3);
  });

  it('a department drawn again weighs nothing', () => {
    expect(Math.abs(level('department', 'equal').weight)).toBeLessThan(0.3);
  });

  it('says how many pairs taught each attribute', () => {
    expect(model.attributes.map((a) => [a.attribute, a.pairs, a.learned])).toEqual([
      ['department', 1000, true],
      ['office', 1000, true],
      ['mobilePhone', 1000, true],
    ]);
  });
});

describe('related attributes', () => {
  const isSettled = () => false;
  it('puts attributes that random pairs show agree together in one group', () => {
    // An office decides the city and the street; the title is independent of both.
    const n = 500;
    const office = (i: number) => i % 10;
    const sources = [Array.from({ length: n }, (_, i) => `o${office(i)}`), Array.from({ length: n }, (_, i) => `c${office(i)}`), Array.from({ length: n }, (_, i) => `t${i % 7}`)];
    const targets = [Array.from({ length: n }, (_, i) => `o${office(i * 3)}`), Array.from({ length: n }, (_, i) => `c${office(i * 3)}`), Array.from({ length: n }, (_, i) => `t${(i * 5) % 7}`)];
    expect(relatedAttributes(['office', 'city', 'jobTitle'], sources, targets, isSettled)).toEqual([['office', 'city']]);
  });

  it('keeps independent attributes apart', () => {
    const n = 500;
    const sources = [Array.from({ length: n }, (_, i) => `a${i % 10}`), Array.from({ length: n }, (_, i) => `b${i % 7}`)];
    const targets = [Array.from({ length: n }, (_, i) => `a${(i * 3) % 10}`), Array.from({ length: n }, (_, i) => `b${(i * 5) % 7}`)];
    expect(relatedAttributes(['streetAddress', 'city'], sources, targets, isSettled)).toEqual([]);
  });
});
