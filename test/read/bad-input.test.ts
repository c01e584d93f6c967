// DESIGN "Bad input": each case gets an exit-2 error with file and line, or a finding where
// the rest of the file is usable; never a silent drop.
import { describe, expect, it } from 'vitest';
import { parseDomainRules, parseTenantId } from '../../src/config.js';
import { CtmapError } from '../../src/errors.js';
import { readExportBytes } from '../../src/read/index.js';
import { findDuplicates } from '../../src/validate/duplicates.js';

const read = (text: string) => readExportBytes(Buffer.from(text), 'users.csv', { kind: 'user', tenant: 'source' });

function errorOf(fn: () => unknown): { code: string; context: CtmapError['context'] } {
  try {
    fn();
  } catch (err) {
    if (err instanceof CtmapError) return { code: err.code, context: err.context };
    throw err;
  }
  throw new Error('expected a CtmapError');
}

describe('input errors (exit 2)', () => {
  it.each([
    { name: 'missing required column', text: 'displayName,mail\nAnn,ann@x.com\n', code: 'missing-column', line: 1 },
    { name: 'missing column after #TYPE', text: '#TYPE x\n"Mail"\n"a@x.com"\n', code: 'missing-column', line: 2 },
    { name: 'unterminated quote', text: 'upn,displayName\na@x.com,A\nb@x.com,"B\nc@x.com,C\n', code: 'unterminated-quote', line: 3 },
    { name: 'empty file', text: '', code: 'file-empty', line: undefined },
    { name: 'blank lines only', text: '\r\n\r\n', code: 'file-empty', line: undefined },
    { name: 'header only', text: 'userPrincipalName,displayName\r\n', code: 'header-only', line: 1 },
  ])('$name', ({ text, code, line }) => {
    const err = errorOf(() => read(text));
    expect({ code: err.code, file: err.context.file, line: err.context.line }).toEqual({ code, file: 'users.csv', line });
  });

  it('names the columns found and the aliases looked for', () => {
    const err = errorOf(() => read('displayName,mail\nAnn,ann@x.com\n'));
    expect(err.context).toMatchObject({ column: 'upn', found: ['displayName', 'mail'] });
    expect(err.context.expected).toContain('userPrincipalName');
  });

  it.each(['not-a-guid', '72f988bf-86f1-41af-91ab', '{72f988bf-86f1-41af-91ab-2d7cd011db47}x'])('invalid tenant ID %s', (value) => {
    expect(errorOf(() => parseTenantId(value)).code).toBe('invalid-tenant-id');
  });

  it('missing tenant ID', () => {
    expect(errorOf(() => parseTenantId(undefined)).code).toBe('missing-tenant-id');
  });

  it.each(['contoso.com', 'contoso.com=', '=fabrikam.com', 'contoso=fabrikam.com', 'a.com=b.com=c.com', 'contoso.com=fab rikam.com'])(
    'invalid domain rule %s',
    (rule) => {
      expect(errorOf(() => parseDomainRules([rule])).code).toBe('invalid-domain-rule');
    },
  );

  it('a source domain rewriting to two target domains', () => {
    expect(errorOf(() => parseDomainRules(['contoso.com=fabrikam.com', 'Contoso.com=northwind.com'])).code).toBe('conflicting-domain-rule');
  });

  it('several source domains to one target domain are fine', () => {
    expect([...parseDomainRules(['contoso.com=fabrikam.com', 'ContosoSales.com=Fabrikam.com'])]).toEqual([
      ['contoso.com', 'fabrikam.com'],
      ['contososales.com', 'fabrikam.com'],
    ]);
  });
});

describe('findings where the rest is usable', () => {
  it('a ragged row is skipped with an error finding naming its line', () => {
    const r = read('upn,displayName\na@x.com,A\nb@x.com,B,extra\nc@x.com,C\n');
    expect(r.principals.map((p) => p.upn)).toEqual(['a@x.com', 'c@x.com']);
    expect(r.findings).toEqual([{ code: 'ragged-row', severity: 'error', file: 'users.csv', line: 3, tenant: 'source', principal: 'users.csv:3', data: { expected: 2, got: 3 } }]);
    // Still listed, as a stand-in keyed by its place, so that it gets a status in review.csv.
    expect(r.unreadable.map((p) => [p.key, p.displayName])).toEqual([['users.csv:3', 'b@x.com,B,extra']]);
  });

  it('trailing empty columns (Excel) are not ragged', () => {
    expect(read('upn,displayName\na@x.com,A,,\n').findings).toEqual([]);
  });

  it('a row without a UPN is skipped with an error finding', () => {
    const r = read('upn,displayName\n,Nobody\nb@x.com,B\n');
    expect(r.principals).toHaveLength(1);
    expect(r.findings).toEqual([{ code: 'blank-key', severity: 'error', file: 'users.csv', line: 2, tenant: 'source', principal: 'users.csv:2', column: 'upn' }]);
    expect(r.unreadable.map((p) => [p.key, p.displayName])).toEqual([['users.csv:2', 'Nobody']]);
  });

  it('System.String[] in a multi-value column is a warning with the rows', () => {
    const r = read('"UserPrincipalName","ProxyAddresses"\n"a@x.com","System.String[]"\n"b@x.com","System.String[]"\n');
    expect(r.principals.map((p) => p.proxies)).toEqual([[], []]);
    expect(r.findings).toEqual([
      { code: 'multi-value-lost', severity: 'warning', file: 'users.csv', tenant: 'source', column: 'proxyAddresses', line: 2, data: { count: 2, lines: [2, 3], kind: 'user' } },
    ]);
  });

  it("'?' in names from an ASCII export is a warning naming the rows", () => {
    const r = read('upn,givenName,surname\na@x.com,J?rgen,M?ller\nb@x.com,Ann,Lee\nc@x.com,Bj?rn,Berg\n');
    expect(r.findings).toEqual([{ code: 'question-marks', severity: 'warning', file: 'users.csv', tenant: 'source', line: 2, data: { count: 2, lines: [2, 4] } }]);
  });

  it('columns that Get-MgUser leaves empty unless requested are noted', () => {
    const r = read('UserPrincipalName,EmployeeId,UserType\na@x.com,,\n');
    expect(r.findings.map((f) => [f.code, f.column])).toEqual([
      ['empty-requested-column', 'userType'],
      ['empty-requested-column', 'employeeId'],
    ]);
  });

  it('a duplicate UPN or object ID inside one export is one error finding per group', () => {
    const r = read('upn,id\na@x.com,7d1f5c2e-3b4a-4c8d-9e0f-1a2b3c4d5e6f\nA@x.com,0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d\nb@x.com,0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d\nc@x.com,\n');
    const d = findDuplicates(r.principals);
    expect([...d.duplicated].sort()).toEqual([0, 1, 2]);
    expect(d.findings.map((f) => ({ code: f.code, line: f.line, lines: f.data?.['lines'] }))).toEqual([
      { code: 'duplicate-key', line: 2, lines: [2, 3] },
      { code: 'duplicate-object-id', line: 3, lines: [3, 4] },
    ]);
  });
});
