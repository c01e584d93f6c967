// precreate-users.csv in the Entra admin center "Bulk create users" template (facts §16.5): the
// 'version:v1.0' line, the bracketed headers, names and the attributes copied from the source,
// the proposed UPN, Block sign in = Yes so that nobody signs in and gets a OneDrive before the
// move (facts §16.6). Every value is checked first; a row that cannot be written is left out.

import { stringify } from 'csv-stringify/sync';
import { shapeProblem } from '../../read/shapes.js';
import type { Attributes } from '../../read/user-attributes.js';
import type { ExportFinding } from '../types.js';

export const PRECREATE_FILE = 'precreate-users.csv';

export const TEMPLATE_HEADER = [
  'Name [displayName] Required',
  'User name [userPrincipalName] Required',
  'Initial password [passwordProfile] Required',
  'Block sign in (Yes/No) [accountEnabled] Required',
  'First name [givenName]',
  'Last name [surname]',
  'Job title [jobTitle]',
  'Department [department]',
  'Usage location [usageLocation]',
  'Street address [streetAddress]',
  'State or province [state]',
  'Country or region [country]',
  'Office [physicalDeliveryOfficeName]',
  'City [city]',
  'ZIP or postal code [postalCode]',
  'Office phone [telephoneNumber]',
  'Mobile phone [mobile]',
] as const;

export interface NewAccount {
  source: string;
  /** review.csv line of the source. */
  line: number;
  upn: string;
  displayName: string;
  givenName: string;
  surname: string;
  attributes: Attributes;
  password: string;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// A cell Excel would run as a formula; escaping it would put a "'" into the account itself.
const FORMULA = /^[=+\-@\t\r]/;
const MAX_LENGTH = 256;

const writable = (v: string): boolean => !CONTROL.test(v) && !FORMULA.test(v) && v.length <= MAX_LENGTH;

export function precreateUsersCsv(accounts: readonly NewAccount[], reviewFile: string): { content: string; written: NewAccount[]; findings: ExportFinding[] } {
  const findings: ExportFinding[] = [];
  const written: NewAccount[] = [];
  const rows: string[][] = [];
  for (const a of accounts) {
    const refuse = (field: string, value: string) => findings.push({ code: 'value-refused', severity: 'error', file: reviewFile, line: a.line, item: a.source, data: { format: 'precreate', field, value } });
    if (shapeProblem('upn', a.upn) !== undefined) {
      refuse('proposed UPN', a.upn);
      continue;
    }
    const named = { 'display name': a.displayName, 'given name': a.givenName, surname: a.surname, ...a.attributes };
    const bad = Object.entries(named).find(([, v]) => !writable(v));
    if (a.displayName === '' || bad) {
      refuse(bad?.[0] ?? 'display name', bad?.[1] ?? '');
      continue;
    }
    // Usage location must be a two-letter country code; anything else would fail the whole row.
    const usage = /^[A-Za-z]{2}$/.test(a.attributes.usageLocation) ? a.attributes.usageLocation.toUpperCase() : '';
    if (usage === '' && a.attributes.usageLocation !== '') {
      findings.push({ code: 'attribute-dropped', severity: 'warning', file: reviewFile, line: a.line, item: a.source, data: { field: 'usage location', value: a.attributes.usageLocation } });
    }
    const { jobTitle, department, country, office, city } = a.attributes;
    rows.push([a.displayName, a.upn, a.password, 'Yes', a.givenName, a.surname, jobTitle, department, usage, '', '', country, office, city, '', '', '']);
    written.push(a);
  }
  // The template's own first line: 'version:v1.0' and a comma for every other column.
  const version = ['version:v1.0', ...TEMPLATE_HEADER.slice(1).map(() => '')];
  const content = stringify([version, [...TEMPLATE_HEADER], ...rows], { bom: true, record_delimiter: 'windows' });
  return { content, written, findings };
}
