// fast-check arbitraries for hostile user exports: random Unicode, control characters, quotes,
// separators, empty and huge values, duplicate keys, rows with a value too many or too few,
// each file with its own delimiter and quoting. Values come mostly from small pools, so that
// keys collide and pairs match often enough to exercise the map.

import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { HOSTILE } from './hostile.js';

export const EXPORT_HEADER = ['userPrincipalName', 'displayName', 'givenName', 'surname', 'mail', 'proxyAddresses', 'employeeId', 'userType'] as const;

const CLEAN_LOCALS = ['ann.lee', 'bo.kim', 'cy.diaz', 'dee', 'eve.ng', 'fay.ott', 'gus.poe', 'hal.ray', 'ivy.su', 'jo.tan', 'zoë', 'ann.lee2'];
const ODD_LOCALS = ['Ann.Lee', 'e"f', 'g h', "o'neil", 'a\nb', 'x\ty', 'a\u0001b', '.dot', 'at@at'];
const CLEAN_DOMAINS = ['contoso.com', 'fabrikam.com'];
const ODD_DOMAINS = ['Contoso.com', 'fabrikam.com ', 'co;ntoso.com', '', 'fabrikam', 'xn--bcher-kva.example'];
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

const local = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...CLEAN_LOCALS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_LOCALS) });
const domain = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...CLEAN_DOMAINS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_DOMAINS) });

// Mostly plausible addresses, so that pairs match and maps get rows; some hostile ones.
const address: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`) },
  { weight: 1, arbitrary: fc.tuple(anyText, domain).map(([l, d]) => `${l}@${d}`) },
  { weight: 1, arbitrary: anyText },
);

/** Mostly a plausible value, sometimes anything. */
const mostly = (plausible: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.oneof({ weight: 6, arbitrary: plausible }, { weight: 1, arbitrary: anyText });

const row: fc.Arbitrary<string[]> = fc
  .record({
    upn: address,
    displayName: mostly(fc.constantFrom(...NAMES)),
    givenName: mostly(fc.constantFrom(...NAMES)),
    surname: mostly(fc.constantFrom(...NAMES)),
    mail: fc.oneof(fc.constant(''), address),
    proxies: fc.oneof(fc.constant(''), address.map((a) => `SMTP:${a}`), fc.constant('System.String[]'), anyText),
    employeeId: fc.oneof(fc.constant(''), fc.constantFrom('E1', 'E2', 'e1'), anyText),
    userType: fc.constantFrom('Member', 'Member', 'Guest', '', 'member', 'x'),
  })
  .map((r) => [r.upn, r.displayName, r.givenName, r.surname, r.mail, r.proxies, r.employeeId, r.userType]);

/** A row as generated, or with a value too many or too few (a ragged row). */
const anyRow: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 12, arbitrary: row },
  { weight: 1, arbitrary: row.map((r) => [...r, 'extra']) },
  { weight: 1, arbitrary: row.map((r) => r.slice(0, -2)) },
);

export interface RandomExport {
  header: readonly string[];
  rows: string[][];
  delimiter: ',' | ';' | '\t';
  quoted: boolean;
  bom: boolean;
}

/** A file of rows under a header, with its own delimiter, quoting and BOM. */
function randomFile(header: readonly string[], rows: fc.Arbitrary<string[]>, maxRows: number): fc.Arbitrary<RandomExport> {
  return fc.record({
    header: fc.constant(header),
    rows: fc.array(rows, { minLength: 1, maxLength: maxRows }),
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
    quoted: fc.boolean(),
    bom: fc.boolean(),
  });
}

export const randomExport: fc.Arbitrary<RandomExport> = randomFile(EXPORT_HEADER, anyRow, 10);

/** The export's bytes as csv-stringify writes them with its delimiter and quoting. */
export function exportText(e: RandomExport): string {
  const text = stringify([[...e.header], ...e.rows], { delimiter: e.delimiter, quoted: e.quoted, record_delimiter: 'windows' });
  return e.bom ? `\uFEFF${text}` : text;
}

export const GROUP_HEADER = ['Id', 'DisplayName', 'Mail', 'MailNickname', 'GroupTypes', 'SecurityEnabled', 'MailEnabled'] as const;

const GROUP_IDS = ['caa1b904-21cb-449a-bd9c-b1d7d556d9b7', 'CAA1B904-21CB-449A-BD9C-B1D7D556D9B7', '{0a4d3d26-ed55-42cb-b043-b4d7adec5e4c}', 'f67e5f54-8a97-4755-b25c-5051d8e126d1', '00000000-0000-0000-0000-000000000001'];
const GROUP_NAMES = ['Project Apollo', 'Sales Team', 'FAB Sales Team', 'sales.team', 'Sales Team ', ''];

const groupRow: fc.Arbitrary<string[]> = fc
  .record({
    id: mostly(fc.constantFrom(...GROUP_IDS)),
    displayName: mostly(fc.constantFrom(...GROUP_NAMES)),
    mail: fc.oneof(fc.constant(''), address),
    nickname: mostly(fc.constantFrom('ProjectApollo', 'SalesTeam', 'sales.team', 'Sales Team', '')),
    types: fc.constantFrom('Unified', '', 'System.String[]', 'Unified;DynamicMembership', 'x'),
    security: fc.constantFrom('True', 'False', '', 'x'),
    mailEnabled: fc.constantFrom('True', 'False', ''),
  })
  .map((g) => [g.id, g.displayName, g.mail, g.nickname, g.types, g.security, g.mailEnabled]);

export const randomGroupExport: fc.Arbitrary<RandomExport> = randomFile(
  GROUP_HEADER,
  fc.oneof({ weight: 12, arbitrary: groupRow }, { weight: 1, arbitrary: groupRow.map((r) => r.slice(0, -1)) }),
  6,
);
