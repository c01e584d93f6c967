// fast-check arbitraries for hostile user exports: random Unicode, control characters, quotes,
// separators, empty and huge values, duplicate keys, rows with a value too many or too few,
// each file with its own delimiter and quoting. Values come mostly from small pools, so that
// keys collide and pairs match often enough to exercise the map.

import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { HOSTILE } from './hostile.js';

export const EXPORT_HEADER = ['userPrincipalName', 'displayName', 'givenName', 'surname', 'mail', 'proxyAddresses', 'employeeId', 'userType'] as const;

const LOCALS = ['ann.lee', 'bo.kim', 'cy.diaz', 'Ann.Lee', 'dee', 'e"f', 'g h', "o'neil", 'a\nb', 'x\ty', 'zoë', 'ann.lee2'];
const DOMAINS = ['contoso.com', 'fabrikam.com', 'Contoso.com', 'fabrikam.com ', 'co;ntoso.com', ''];
const NAMES = ['Ann', 'Lee', 'Bo', 'Kim', 'Zoë', 'José', 'O’Neil', 'Smith, John', 'ANN', ''];

const control = fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u2028', '\u202e', '\r', '\n', '\r\n', '\t');
const hostile = fc.constantFrom(...HOSTILE, ',', ';', '\t', '"', '""', '=1+1', '@SUM(A1)', '#TYPE x');

/** Any text a cell might hold, from plausible to malicious. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: fc.array(fc.oneof(control, fc.constantFrom('a', 'b', ' ', '@')), { maxLength: 6 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 4_000 }).map((n) => 'x'.repeat(n)) },
);

const address: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...LOCALS), fc.constantFrom(...DOMAINS)).map(([l, d]) => `${l}@${d}`) },
  { weight: 1, arbitrary: fc.tuple(anyText, fc.constantFrom(...DOMAINS)).map(([l, d]) => `${l}@${d}`) },
  { weight: 1, arbitrary: anyText },
);

const row: fc.Arbitrary<string[]> = fc
  .record({
    upn: address,
    displayName: anyText,
    givenName: fc.oneof(fc.constantFrom(...NAMES), anyText),
    surname: fc.oneof(fc.constantFrom(...NAMES), anyText),
    mail: fc.oneof(fc.constant(''), address),
    proxies: fc.oneof(fc.constant(''), address.map((a) => `SMTP:${a}`), fc.constant('System.String[]'), anyText),
    employeeId: fc.oneof(fc.constant(''), fc.constantFrom('E1', 'E2', 'e1'), anyText),
    userType: fc.constantFrom('Member', 'Guest', '', 'member', 'x'),
  })
  .map((r) => [r.upn, r.displayName, r.givenName, r.surname, r.mail, r.proxies, r.employeeId, r.userType]);

/** A row as generated, or with a value too many or too few (a ragged row). */
const anyRow: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 12, arbitrary: row },
  { weight: 1, arbitrary: row.map((r) => [...r, 'extra']) },
  { weight: 1, arbitrary: row.map((r) => r.slice(0, -2)) },
);

export interface RandomExport {
  rows: string[][];
  delimiter: ',' | ';' | '\t';
  quoted: boolean;
  bom: boolean;
}

export const randomExport: fc.Arbitrary<RandomExport> = fc.record({
  rows: fc.array(anyRow, { minLength: 0, maxLength: 10 }),
  delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
  quoted: fc.boolean(),
  bom: fc.boolean(),
});

/** The export's bytes as csv-stringify writes them with its delimiter and quoting. */
export function exportText(e: RandomExport): string {
  const text = stringify([[...EXPORT_HEADER], ...e.rows], { delimiter: e.delimiter, quoted: e.quoted, record_delimiter: 'windows' });
  return e.bom ? `\uFEFF${text}` : text;
}
