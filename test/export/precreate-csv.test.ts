// precreate-users.csv refuses values the upload or Excel would mangle, instead of writing them.
import { describe, expect, it } from 'vitest';
import { precreateUsersCsv, type NewAccount } from '../../src/export/precreate/users-csv.js';

const base: NewAccount = {
  source: 'ann.lee@contoso.com',
  line: 7,
  upn: 'ann.lee@fabrikam.com',
  displayName: 'Ann Lee',
  givenName: 'Ann',
  surname: 'Lee',
  attributes: { jobTitle: 'Clerk', department: 'Sales', usageLocation: 'de', country: 'Germany', office: 'B1', city: 'Berlin' },
  password: '',
};

describe('precreateUsersCsv', () => {
  it.each([
    ['a display name Excel would run', { displayName: '=HYPERLINK("x")' }, 'display name'],
    ['a job title with a line break', { attributes: { ...base.attributes, jobTitle: 'Clerk\nBoss' } }, 'jobTitle'],
    ['a UPN with an apostrophe', { upn: "o'neil@fabrikam.com" }, 'proposed UPN'],
    ['no display name', { displayName: '' }, 'display name'],
  ] as const)('leaves out an account with %s', (_what, change, field) => {
    const out = precreateUsersCsv([base, { ...base, source: 'x@contoso.com', ...change }], 'review.csv');
    expect(out.written.map((a) => a.source)).toEqual(['ann.lee@contoso.com']);
    expect(out.findings).toEqual([expect.objectContaining({ code: 'value-refused', line: 7, item: 'x@contoso.com', data: expect.objectContaining({ field }) })]);
  });

  it('writes a usage location as its upper-case code, and drops one that is not a code with a warning', () => {
    const out = precreateUsersCsv([base, { ...base, source: 'y@contoso.com', upn: 'y@fabrikam.com', attributes: { ...base.attributes, usageLocation: 'Germany' } }], 'review.csv');
    const rows = out.content.split('\r\n').slice(2, 4).map((l) => l.split(','));
    expect(rows.map((r) => r[8])).toEqual(['DE', '']);
    expect(out.findings.map((f) => f.code)).toEqual(['attribute-dropped']);
  });
});
