import { describe, expect, it } from 'vitest';
import { comparable, samePhoneWithoutParsing } from '../../../src/match/attributes/normalize.js';

// [a, region of a, b, region of b, what the shortcut says]
const cases: [string, string, string, string, true | undefined][] = [
  ['+1 425 555 0100', 'US', '(425) 555-0100', 'US', true],
  ['+49 30 1234567', 'DE', '030 1234567', 'DE', true],
  ['+44 20 7946 0958', 'GB', '020 7946 0958', 'GB', true],
  ['+1 425 555 0100 x123', 'US', '425.555.0100', 'US', true],
  ['030 1234567', 'DE', '030-1234567', 'DE', true],
  // Italy keeps the trunk 0 in E.164: only the parser can tell.
  ['+39 06 1234 5678', 'IT', '06 1234 5678', 'IT', undefined],
  ['0049 30 1234567', 'DE', '+49 30 1234567', 'DE', undefined],
  // The same national digits in two regions are two numbers.
  ['030 1234567', 'DE', '030 1234567', 'AT', undefined],
  ['(425) 555-0100', '', '+1 425 555 0100', 'US', undefined],
];

describe('phones settled without the parser', () => {
  it.each(cases)('%s (%s) / %s (%s): %s', (a, ra, b, rb, expected) => {
    expect(samePhoneWithoutParsing(a, ra, b, rb)).toBe(expected);
  });

  it('says "the same" only where the parser agrees', () => {
    for (const [a, ra, b, rb, expected] of cases) {
      if (expected) expect(comparable('mobilePhone', a, ra)).toBe(comparable('mobilePhone', b, rb));
    }
  });
});
