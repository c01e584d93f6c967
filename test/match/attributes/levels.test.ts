import { describe, expect, it } from 'vitest';
import type { AttributeLevel, SupportingAttribute } from '../../../src/model.js';
import { compareValues } from '../../../src/match/attributes/levels.js';
import { sampleBy } from '../../../src/match/attributes/learn.js';

const cases: { attribute: SupportingAttribute; a: string; b: string; level: AttributeLevel }[] = [
  { attribute: 'streetAddress', a: '12 harbour st', b: '12 harbour st', level: 'equal' },
  { attribute: 'streetAddress', a: '12 harbour st', b: '12 harbor st', level: 'close' },
  { attribute: 'streetAddress', a: '12 harbour st', b: '44 kings rd', level: 'differs' },
  { attribute: 'city', a: 'wollongong', b: 'wollongnog', level: 'close' },
  { attribute: 'city', a: 'oslo', b: 'olso', level: 'differs' },
  { attribute: 'postalCode', a: '2612', b: '2621', level: 'close' },
  { attribute: 'postalCode', a: '2612', b: '2613', level: 'close' },
  { attribute: 'postalCode', a: '2612', b: '3712', level: 'differs' },
  { attribute: 'postalCode', a: '2612', b: '5098', level: 'differs' },
  { attribute: 'jobTitle', a: 'engineer senior', b: 'senior engineer', level: 'close' },
  { attribute: 'jobTitle', a: 'senior engineer', b: 'engineer', level: 'differs' },
  // No close level: phones are compared in E.164 form, a typo is another number.
  { attribute: 'mobilePhone', a: '+4741234567', b: '+4741234568', level: 'differs' },
  { attribute: 'department', a: 'sales', b: 'sales', level: 'equal' },
];

describe('attribute comparison levels', () => {
  it.each(cases)('$attribute: $a / $b is $level', ({ attribute, a, b, level }) => {
    expect(compareValues(attribute, a, b)).toBe(level);
  });
});

describe('samples', () => {
  const keys = Array.from({ length: 10000 }, (_, i) => `user${i}@contoso.com`);

  it('choose the same items in the same order whatever the input order', () => {
    const a = sampleBy(keys, (k) => k, 500);
    const b = sampleBy([...keys].reverse(), (k) => k, 500);
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(400);
    expect(a.length).toBeLessThan(600);
  });

  it('keep everything when there are few', () => {
    expect(sampleBy(['b', 'a'], (k) => k, 5)).toEqual(['a', 'b']);
  });
});
