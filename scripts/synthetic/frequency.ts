// Name frequencies shaped like a real population's (the `realistic` distribution of the bench).
// Rank r of a pool's names is drawn with weight 1/(r + q)^s, a Zipf–Mandelbrot law over a long
// list: the pool's written names first (names.ts, most common first), then a long tail of
// syllable names, each tail rank always the same name. So namesake families and numbered UPN
// families grow with the tenant as in a real one: with q = 10, s = 1 over ~94,000 surname ranks the top
// surname of a pool holds about 1% of it and the top 1,000 about half (US census 2010: Smith
// 0.83%, the top 1,000 somewhat under half); given names are steeper (q = 3, s = 1.2: the top name about
// 6.6% of a pool, the top 100 about two thirds, as in national first-name statistics of the
// working-age cohorts). At 1,000,000 users (seed 1) 29.5% share their full name with someone
// (legacy: 24.1%) and the largest namesake family is 190 (legacy: 101); at 200,000, 15.3% and
// 42 (legacy 16.0% and 31). The shape is written from public knowledge of
// those statistics; no table is copied.

import type { Pool } from './names.js';

const STEMS = ['ash', 'bel', 'cor', 'dal', 'el', 'far', 'gor', 'hal', 'is', 'jor', 'kel', 'lan', 'mar', 'nor', 'or', 'pen', 'quin', 'ros', 'sal', 'tor', 'ul', 'var', 'wes', 'yar', 'zel'];
const MIDDLES = ['', 'a', 'e', 'i', 'o', 'an', 'er', 'in', 'ol', 'ur'];
const ENDINGS = ['ton', 'ley', 'ford', 'mann', 'berg', 'ez', 'ski', 'sen', 'ini', 'ov', 'ard', 'ens', 'ic', 'oglu', 'ani'];
const GIVEN_ENDINGS = ['a', 'o', 'an', 'en', 'ia', 'is', 'el', 'ine', 'us', 'y'];

const SURNAME_TAIL = STEMS.length * MIDDLES.length * STEMS.length * ENDINGS.length; // 93,750
const GIVEN_TAIL = STEMS.length * MIDDLES.length * GIVEN_ENDINGS.length; // 2,500
const capital = (word: string): string => word[0]!.toUpperCase() + word.slice(1);

// Tail rank i → one syllable name; the multiplier (coprime with the tail size) spreads
// neighbouring ranks over unrelated stems, so that rank does not follow the alphabet.
function tailSurname(i: number): string {
  let k = (i * 7_919) % SURNAME_TAIL;
  const end = ENDINGS[k % ENDINGS.length]!;
  k = Math.floor(k / ENDINGS.length);
  const second = STEMS[k % STEMS.length]!;
  k = Math.floor(k / STEMS.length);
  const middle = MIDDLES[k % MIDDLES.length]!;
  k = Math.floor(k / MIDDLES.length);
  return capital(STEMS[k]! + middle + second + end);
}

function tailGiven(i: number): string {
  let k = (i * 1_237) % GIVEN_TAIL;
  const end = GIVEN_ENDINGS[k % GIVEN_ENDINGS.length]!;
  k = Math.floor(k / GIVEN_ENDINGS.length);
  const middle = MIDDLES[k % MIDDLES.length]!;
  k = Math.floor(k / MIDDLES.length);
  return capital(STEMS[k]! + middle + end);
}

/** Cumulative weights of ranks 0..n-1 under 1/(r + 1 + q)^s. */
function cumulative(n: number, q: number, s = 1): Float64Array {
  const c = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) c[r] = sum += (r + 1 + q) ** -s;
  return c;
}

/** The rank whose cumulative weight first reaches u (binary search). */
function rankAt(c: Float64Array, u: number): number {
  const target = u * c[c.length - 1]!;
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (c[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const GIVEN_SHAPE = { q: 3, s: 1.2 };
export const SURNAME_SHAPE = { q: 10, s: 1 };

export interface FrequencyTable {
  given(random: () => number): string;
  surname(random: () => number): string;
}

/** Draws of one pool's names by realistic frequency; one random() per name. */
export function frequencyTable(pool: Pool): FrequencyTable {
  const givenC = cumulative(pool.given.length + GIVEN_TAIL, GIVEN_SHAPE.q, GIVEN_SHAPE.s);
  const surnameC = cumulative(pool.surnames.length + SURNAME_TAIL, SURNAME_SHAPE.q, SURNAME_SHAPE.s);
  return {
    given: (random) => {
      const r = rankAt(givenC, random());
      return r < pool.given.length ? pool.given[r]! : tailGiven(r - pool.given.length);
    },
    surname: (random) => {
      const r = rankAt(surnameC, random());
      return r < pool.surnames.length ? pool.surnames[r]! : tailSurname(r - pool.surnames.length);
    },
  };
}

/** Share of the draws that the top k ranks of a table of n take (for the shape's test). */
export function topShare(n: number, shape: { q: number; s: number }, k: number): number {
  const c = cumulative(n, shape.q, shape.s);
  return c[k - 1]! / c[n - 1]!;
}

export const TAIL_SIZES = { surname: SURNAME_TAIL, given: GIVEN_TAIL };
