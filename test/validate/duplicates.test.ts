// Rows listed twice in an export, reported the same whatever order the principals come in (a
// large run's come in UPN order, read/hand-over.ts).

import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/validate/duplicates.js';
import { user } from '../helpers/principal.js';

describe('findDuplicates, whatever order the principals come in', () => {
  it('reports the repeats in the order they are met reading the export', () => {
    // user() numbers lines in the order the principals are made: the export's order.
    const inExport = ['b@contoso.com', 'a@contoso.com', 'a@contoso.com', 'B@contoso.com', 'c@contoso.com'].map((upn) => user('source', upn));
    const found = findDuplicates(inExport);
    expect(found.findings.map((f) => f.data)).toEqual([
      { value: 'a@contoso.com', lines: [inExport[1]!.origin.line, inExport[2]!.origin.line] },
      { value: 'b@contoso.com', lines: [inExport[0]!.origin.line, inExport[3]!.origin.line] },
    ]);
    const shuffled = [4, 3, 0, 2, 1].map((i) => inExport[i]!);
    expect(findDuplicates(shuffled).findings).toEqual(found.findings);
    expect([...findDuplicates(shuffled).duplicated].map((i) => shuffled[i]!.key).sort()).toEqual(['B@contoso.com', 'a@contoso.com', 'a@contoso.com', 'b@contoso.com']);
  });
});
