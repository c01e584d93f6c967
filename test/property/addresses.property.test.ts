// parseAddresses scans item by item (linear) where it once used one regular expression that
// backtracked without end on long values; on short values the two must agree exactly.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAddresses } from '../../src/read/values.js';

const RUNS = Number(process.env['CTMAP_FUZZ_RUNS'] ?? 1_000);
const SEED = Number(process.env['CTMAP_FUZZ_SEED'] ?? 20_261_201);

// The former implementation, kept as the reference.
const ADDRESS = /(?:([A-Za-z0-9]+):\s*)?([^\s;,"'[\]{}<>()]+@[^\s;,"'[\]{}<>()]+)/g;
function reference(raw: string): readonly string[] {
  let primary: string | undefined;
  const rest: string[] = [];
  for (const m of raw.matchAll(ADDRESS)) {
    const prefix = m[1];
    const address = (m[2] ?? '').toLowerCase();
    if (prefix !== undefined && prefix.toLowerCase() !== 'smtp') continue;
    if (prefix === 'SMTP' && primary === undefined) primary = address;
    else if (!rest.includes(address)) rest.push(address);
  }
  return primary === undefined ? rest : [primary, ...rest.filter((a) => a !== primary)];
}

const piece = fc.constantFrom('SMTP:', 'smtp:', 'SIP:', 'X500:', 'a', 'B', '@', 'x.com', ':', ' ', ';', ',', '"', "'", '[', ']', '(', '\t', '1', '.', 'é');
const cell = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

describe('parseAddresses', () => {
  it(`agrees with the former regular expression on short values (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(
      fc.property(cell, (raw) => {
        expect(parseAddresses(raw)).toEqual(reference(raw));
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });
});
