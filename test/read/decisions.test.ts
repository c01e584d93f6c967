// Reading the decision column of a reviewed review.csv: as ctmap wrote it and as Excel saves it
// again (BOM or none, ';', LF or CRLF, Windows-1252, UTF-16 text, formula-escaped cells), rows
// validated with zod, and the missing-column error of exit 2.
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CtmapError } from '../../src/errors.js';
import { REVIEW_COLUMNS, reviewCsv, type ReviewColumn } from '../../src/emit/review.js';
import { plainCell, readDecisionsBytes } from '../../src/read/decisions.js';

type Row = Partial<Record<ReviewColumn, string>>;

const row = (r: Row): string[] => REVIEW_COLUMNS.map((c) => r[c] ?? '');

// Keys starting with '+' and '-' come back from csv-stringify's escape_formulas as "'+..." and "'-...".
const ROWS: Row[] = [
  { kind: 'user', status: 'matched', source: 'ann.lee@contoso.com', source_name: 'Ann Lee', target: 'ann.lee@fabrikam.com', evidence: '=not a formula', decision: 'reject' },
  { kind: 'user', status: 'review', source: 'bjorn@contoso.com', source_name: 'Björn Strauß', target: 'bstrauss@fabrikam.com', decision: 'accept' },
  { kind: 'user', status: 'unmatched', source: 'leaver@contoso.com', source_name: 'Ahmed Karim' },
  { kind: 'user', status: 'review', source: '+ext@contoso.com', source_name: 'Ext', target: '-svc@fabrikam.com', decision: 'accept' },
  {
    kind: 'group',
    status: 'review',
    source: '3f1c2a9e-0d4b-4c55-9a2e-6b7f0c1d2e3f',
    source_name: 'Sales; EMEA',
    target: '9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D',
    decision: 'accept',
  },
];

const EXPECTED = [
  { kind: 'user', source: 'ann.lee@contoso.com', target: 'ann.lee@fabrikam.com', verdict: 'reject', origin: { file: 'review.csv', line: 2 } },
  { kind: 'user', source: 'bjorn@contoso.com', target: 'bstrauss@fabrikam.com', verdict: 'accept', origin: { file: 'review.csv', line: 3 } },
  { kind: 'user', source: '+ext@contoso.com', target: '-svc@fabrikam.com', verdict: 'accept', origin: { file: 'review.csv', line: 5 } },
  {
    kind: 'group',
    source: '3f1c2a9e-0d4b-4c55-9a2e-6b7f0c1d2e3f',
    target: '9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D',
    verdict: 'accept',
    origin: { file: 'review.csv', line: 6 },
  },
];

const asExcel = (options: { delimiter: string; bom: boolean; eol: string; escape: boolean }): string =>
  stringify([[...REVIEW_COLUMNS], ...ROWS.map(row)], { delimiter: options.delimiter, bom: options.bom, record_delimiter: options.eol, escape_formulas: options.escape });

const read = (bytes: Uint8Array | string) => readDecisionsBytes(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, 'review.csv');

describe('reading decisions back', () => {
  it.each([
    { name: 'as ctmap wrote it (BOM, comma, CRLF, escaped formulas)', bytes: Buffer.from(reviewCsv(ROWS.map(row))) },
    { name: "European Excel: no BOM, ';', CRLF", bytes: Buffer.from(asExcel({ delimiter: ';', bom: false, eol: '\r\n', escape: true })) },
    { name: "BOM and ';'", bytes: Buffer.from(asExcel({ delimiter: ';', bom: true, eol: '\r\n', escape: true })) },
    { name: 'LF line ends', bytes: Buffer.from(asExcel({ delimiter: ',', bom: false, eol: '\n', escape: true })) },
    { name: "the ' prefix already removed", bytes: Buffer.from(asExcel({ delimiter: ',', bom: true, eol: '\r\n', escape: false })) },
    { name: 'Excel "CSV" save in Windows-1252', bytes: Buffer.from(asExcel({ delimiter: ';', bom: false, eol: '\r\n', escape: true }), 'latin1') },
    {
      name: 'Excel "Unicode text": UTF-16 LE with BOM, tabs',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(asExcel({ delimiter: '\t', bom: false, eol: '\r\n', escape: true }), 'utf16le')]),
    },
  ])('$name', ({ bytes }) => {
    const r = read(bytes);
    expect({ decisions: r.decisions, findings: r.findings }).toEqual({ decisions: EXPECTED, findings: [] });
  });

  it('takes a decision in any case and with spaces around it', () => {
    const text = 'kind,source,target,decision\r\nuser,a@contoso.com,a@fabrikam.com, Accept \r\nUser,b@contoso.com,,REJECT\r\n';
    expect(read(text).decisions).toEqual([
      { kind: 'user', source: 'a@contoso.com', target: 'a@fabrikam.com', verdict: 'accept', origin: { file: 'review.csv', line: 2 } },
      { kind: 'user', source: 'b@contoso.com', target: '', verdict: 'reject', origin: { file: 'review.csv', line: 3 } },
    ]);
  });

  it('describes the file for summary.json', () => {
    const r = read(asExcel({ delimiter: ';', bom: false, eol: '\r\n', escape: true }));
    expect({ ...r.info, sha256: r.info.sha256.length }).toEqual({ file: 'review.csv', role: 'decisions', sha256: 64, encoding: 'utf-8', delimiter: ';', rows: 5 });
  });

  it.each([
    ['=x', '=x'],
    ["'=x", '=x'],
    ["'-svc@fabrikam.com", '-svc@fabrikam.com'],
    ["'@home", '@home'],
    ["'\uFF1Dx", '\uFF1Dx'],
    ["o'brien@contoso.com", "o'brien@contoso.com"],
    ["'quoted'", "'quoted'"],
    ['  spaced  ', 'spaced'],
  ])('plainCell(%j) is %j', (cell, plain) => {
    expect(plainCell(cell)).toBe(plain);
  });
});

describe('rows that cannot be used', () => {
  const header = 'kind,source,target,decision\r\n';
  it.each([
    { name: 'unknown decision', line: 'user,a@contoso.com,a@fabrikam.com,yes', column: 'decision', value: 'yes', principal: 'a@contoso.com' },
    { name: 'unknown kind', line: 'person,a@contoso.com,a@fabrikam.com,accept', column: 'kind', value: 'person', principal: 'a@contoso.com' },
    { name: 'no source', line: 'user,,a@fabrikam.com,accept', column: 'source', value: '', principal: undefined },
    { name: 'accept without a target', line: 'user,a@contoso.com, ,accept', column: 'target', value: '', principal: 'a@contoso.com' },
  ])('$name is a decision-invalid finding with its line', ({ line, column, value, principal }) => {
    const r = read(`${header}user,ok@contoso.com,ok@fabrikam.com,accept\r\n${line}\r\n`);
    expect(r.decisions.map((d) => d.source)).toEqual(['ok@contoso.com']);
    expect(r.findings).toEqual([
      { code: 'decision-invalid', severity: 'error', file: 'review.csv', line: 3, column, ...(principal && { tenant: 'source', principal }), data: { value } },
    ]);
  });

  it('rows with an empty decision are no decisions, whatever else they hold', () => {
    expect(read(`${header}person,,,\r\nuser,a@contoso.com,,  \r\n`)).toMatchObject({ decisions: [], findings: [] });
  });
});

describe('input errors (exit 2)', () => {
  const errorOf = (text: string) => {
    try {
      read(text);
    } catch (err) {
      if (err instanceof CtmapError) return { code: err.code, context: err.context };
      throw err;
    }
    throw new Error('expected a CtmapError');
  };

  it.each(['source', 'target', 'decision', 'kind'])('missing column %s', (missing) => {
    const found = ['kind', 'status', 'source', 'target', 'decision'].filter((c) => c !== missing);
    const err = errorOf(`${found.join(';')}\r\n${found.map(() => 'x').join(';')}\r\n`);
    expect(err).toEqual({
      code: 'missing-column',
      context: { file: 'review.csv', line: 1, column: missing, found, expected: [missing], detail: expect.stringContaining('review.csv that ctmap wrote') },
    });
  });

  it('an empty file', () => {
    expect(errorOf('').code).toBe('file-empty');
  });
});
