// Only matched and accepted (decided) rows are exported; a map row review.csv does not show as
// such, or a matched row missing from the map, is reported with its file and line.
import { describe, expect, it } from 'vitest';
import { exportPairs } from '../../src/export/pairs.js';
import type { MapEntry, ReviewEntry } from '../../src/read/run-folder.js';

const T = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';
const files = { review: 'run/review.csv', map: 'run/identity-map.csv', summary: 'run/summary.json' };
const r = (source: string, status: string, line: number, kind: 'user' | 'group' = 'user'): ReviewEntry => ({ kind, status, source, sourceName: source, target: '', targetName: `T ${source}`, decision: '', line });
const m = (source: string, line: number, kind: 'User' | 'Group' = 'User'): MapEntry => ({ kind, tenantId: T, source, target: `t-${source}`, column5: `t-${source}`, type: kind === 'User' ? 'RegularUser' : 'O365Group', line });

describe('exportPairs', () => {
  it('takes matched and decided rows, matching sources case-insensitively, and reports the rest', () => {
    const review = [r('a@contoso.com', 'matched', 2), r('B@contoso.com', 'decided', 3), r('c@contoso.com', 'review', 4), r('d@contoso.com', 'matched', 5), r('AAAA', 'matched', 6, 'group')];
    const map = [m('a@contoso.com', 1), m('b@contoso.com', 2), m('c@contoso.com', 3), m('aaaa', 4, 'Group')];
    const { pairs, tenantId, findings } = exportPairs({ files, review, map });
    expect(pairs.map((p) => `${p.kind}:${p.source}`)).toEqual(['user:a@contoso.com', 'user:b@contoso.com', 'group:aaaa']);
    expect(tenantId).toBe(T);
    expect(findings).toEqual([
      { code: 'not-matched-in-review', severity: 'error', file: files.map, line: 3, item: 'c@contoso.com', data: { status: 'review' } },
      { code: 'missing-from-map', severity: 'warning', file: files.review, line: 5, item: 'd@contoso.com', data: { status: 'matched' } },
    ]);
  });
});
