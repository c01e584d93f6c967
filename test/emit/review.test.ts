// review.csv written in chunks is the file written at once, findings column included, when the
// principals with findings sit in different chunks.
import { describe, expect, it } from 'vitest';
import { reviewCsv, reviewCsvChunks, reviewRows } from '../../src/emit/review.js';
import type { Assignment, Finding } from '../../src/model.js';
import { user } from '../helpers/principal.js';

const assignments: Assignment[] = Array.from({ length: 650 }, (_, i) => ({
  source: user('source', `user${i}@contoso.com`),
  status: 'unmatched',
  reason: 'no-candidate',
  best: undefined,
  runnerUp: undefined,
  competing: [],
}));
// One principal in each chunk of 200 rows, the last in a part chunk; upper case as an export may write it.
const findings: Finding[] = [5, 205, 410, 649].map((i) => ({
  code: 'duplicate-key',
  severity: 'error',
  tenant: 'source',
  principal: `USER${i}@contoso.com`,
}));

describe('review.csv in chunks', () => {
  it('writes the bytes of one call, each principal with its findings, whatever chunk it is in', () => {
    const rows = reviewRows(assignments, findings);
    expect([5, 205, 410, 649].map((i) => rows[i]!.at(-2))).toEqual(['duplicate-key', 'duplicate-key', 'duplicate-key', 'duplicate-key']);
    expect(rows.filter((r) => r.at(-2) !== '')).toHaveLength(4);
    expect([...reviewCsvChunks(assignments, findings)].join('')).toBe(reviewCsv(rows));
  });
});
