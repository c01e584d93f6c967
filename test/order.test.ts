// equalIgnoringCase is the case-insensitive equality of lowered strings, without lowering ASCII.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalIgnoringCase } from '../src/order.js';

describe('equalIgnoringCase', () => {
  it.each([
    ['E100234', 'e100234', true],
    ['E100234', 'E100235', false],
    ['@', '`', false],
    ['[', '{', false],
    ['ÉLODIE', 'élodie', true],
    ['İ', 'i̇', true],
    ['abc', 'abcd', false],
  ])('%s and %s: %s', (a, b, equal) => {
    expect(equalIgnoringCase(a, b)).toBe(equal);
  });

  it('agrees with comparing the lowered strings, for any two strings', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'A', 'z', 'Z', '@', '`', '[', '{', '0', 'é', 'É', 'İ', 'i', '\u0307', 'ß') });
    fc.assert(
      fc.property(text, text, (a, b) => equalIgnoringCase(a, b) === (a.toLowerCase() === b.toLowerCase())),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(text, (a) => equalIgnoringCase(a, a.toUpperCase()) === (a.toLowerCase() === a.toUpperCase().toLowerCase())));
  });
});
