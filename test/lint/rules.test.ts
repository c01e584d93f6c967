// Each lint rule on small maps: the exact findings, with line and column.
import { describe, expect, it } from 'vitest';
import { lintMap, type LintFinding } from '../../src/lint/index.js';
import { readMapBytes } from '../../src/read/identity-map.js';
import { lintLine } from '../../src/wording/lint.js';
import { GROUP_IDS, OTHER_TENANT, TENANT } from '../helpers/ids.js';

const T = TENANT;
const OTHER = OTHER_TENANT;
const [G1, G2, G3, G4] = GROUP_IDS;
const ANN = `User,${T},ann@contoso.com,ann@fabrikam.com,ann@fabrikam.com,RegularUser`;
const BO = `User,${T},bo@contoso.com,bo@fabrikam.com,bo@fabrikam.com,RegularUser`;

const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

function lint(text: string | Uint8Array, sourceTenantId?: string): LintFinding[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return lintMap({ map: readMapBytes(bytes, 'm.csv'), sourceTenantId }).findings;
}

const where = (findings: LintFinding[]) => findings.map((f) => ({ code: f.code, line: f.line, column: f.column ?? null }));

describe('lint rules: where each finding lands', () => {
  it.each([
    { name: 'a clean map with users and groups', text: lines(ANN, BO, `Group,${T},${G1},${G2},${G2},RegularGroup`, `Group,${T},${G3},${G4},SalesTeam,O365Group`), expected: [] },
    { name: 'quoted values', text: lines(`"User","${T}","ann@contoso.com","ann@fabrikam.com","ann@fabrikam.com","RegularUser"`), expected: [] },
    { name: 'a guest source and target', text: lines(`User,${T},a_x.com#EXT#@contoso.onmicrosoft.com,a_x.com#EXT#@fabrikam.onmicrosoft.com,a@x.com,GuestUser`), expected: [] },
    { name: 'an empty file', text: '', expected: [{ code: 'no-rows', line: 1, column: null }] },
    {
      name: 'only a header',
      text: lines('SourceUserUpn,TargetUserUpn,TargetUserEmail,UserType'),
      expected: [
        { code: 'no-rows', line: 1, column: null },
        { code: 'header-row', line: 1, column: 1 },
      ],
    },
    {
      name: 'a #TYPE line and a header from Export-Csv',
      text: lines('#TYPE System.Management.Automation.PSCustomObject', '"Type","Tenant","Source","Target","Email","UserType"', ANN),
      expected: [
        { code: 'header-row', line: 1, column: 1 },
        { code: 'header-row', line: 2, column: 1 },
      ],
    },
    { name: 'a typo in column 1 is not a header', text: lines(`Usr,${T},ann@contoso.com,ann@fabrikam.com,ann@fabrikam.com,RegularUser`), expected: [{ code: 'invalid-kind', line: 1, column: 1 }] },
    { name: 'a whole file with ;', text: lines(ANN.replaceAll(',', ';'), BO.replaceAll(',', ';')), expected: [{ code: 'wrong-delimiter', line: 1, column: null }] },
    { name: 'one row with tabs', text: lines(ANN, BO.replaceAll(',', '\t')), expected: [{ code: 'wrong-delimiter', line: 2, column: null }] },
    {
      name: 'a ; file with one row of commas',
      text: lines(ANN.replaceAll(',', ';'), BO),
      expected: [
        { code: 'wrong-delimiter', line: 1, column: null },
        { code: 'wrong-delimiter', line: 2, column: null },
      ],
    },
    {
      name: 'blank lines and a row of empty cells',
      text: lines(ANN, '', '  ', ',,,,,', BO, ''),
      expected: [
        { code: 'blank-line', line: 2, column: null },
        { code: 'blank-line', line: 3, column: null },
        { code: 'blank-line', line: 4, column: null },
        { code: 'blank-line', line: 6, column: null },
      ],
    },
    { name: 'seven columns, the last filled', text: lines(`${ANN},x`), expected: [{ code: 'column-count', line: 1, column: null }] },
    { name: 'an empty column 5', text: lines(`User,${T},ann@contoso.com,ann@fabrikam.com,,RegularUser`), expected: [{ code: 'empty-value', line: 1, column: 5 }] },
    { name: 'a space after column 6', text: lines(`${ANN} `), expected: [{ code: 'stray-space', line: 1, column: 6 }] },
    { name: 'GROUP in capitals', text: lines(`GROUP,${T},${G1},${G2},${G2},RegularGroup`), expected: [{ code: 'kind-case', line: 1, column: 1 }] },
    {
      name: 'GUIDs in capitals and braces',
      text: lines(`Group,${T.toUpperCase()},{${G1}},${G2},${G2},RegularGroup`),
      expected: [
        { code: 'guid-form', line: 1, column: 2 },
        { code: 'guid-form', line: 1, column: 3 },
      ],
    },
    {
      name: 'group IDs that are names',
      text: lines(`Group,${T},Sales,${G2},${G2},RegularGroup`, `Group,${T},${G1},Sales Team,Sales Team,RegularGroup`),
      expected: [
        { code: 'not-guid', line: 1, column: 3 },
        { code: 'not-guid', line: 2, column: 4 },
      ],
    },
    {
      name: 'a target UPN and an email that are not addresses',
      text: lines(`User,${T},ann@contoso.com,ann fabrikam.com,Ann Lee,RegularUser`),
      expected: [
        { code: 'not-upn', line: 1, column: 4 },
        { code: 'not-email', line: 1, column: 5 },
      ],
    },
    { name: 'an apostrophe in the target UPN', text: lines(`User,${T},ann@contoso.com,o'neil@fabrikam.com,oneil@fabrikam.com,RegularUser`), expected: [{ code: 'apostrophe', line: 1, column: 4 }] },
    {
      name: 'a mail address where the alias belongs',
      text: lines(`Group,${T},${G1},${G2},sales@fabrikam.com,O365Group`, `Group,${T},${G3},${G4},Sales Team,O365Group`),
      expected: [
        { code: 'alias-dot', line: 1, column: 5 },
        { code: 'alias-invalid', line: 1, column: 5 },
        { code: 'alias-invalid', line: 2, column: 5 },
      ],
    },
    { name: 'an apostrophe in a Microsoft 365 group alias', text: lines(`Group,${T},${G1},${G2},Mark'eting,O365Group`), expected: [{ code: 'apostrophe', line: 1, column: 5 }] },
    { name: 'a security group named by another GUID', text: lines(`Group,${T},${G1},${G2},${G1},RegularGroup`), expected: [{ code: 'group-name-not-target-id', line: 1, column: 5 }] },
    {
      name: 'two tenants, the majority wins',
      text: lines(ANN, `User,${OTHER},cy@contoso.com,cy@fabrikam.com,cy@fabrikam.com,RegularUser`, BO),
      expected: [{ code: 'tenant-differs', line: 2, column: 2 }],
    },
    {
      name: 'source and target the wrong way round in another row',
      text: lines(ANN, `User,${T},ann@fabrikam.com,ann2@fabrikam.com,ann2@fabrikam.com,RegularUser`),
      expected: [{ code: 'source-is-target', line: 2, column: 3 }],
    },
    {
      name: 'one group twice, once in braces',
      text: lines(`Group,${T},${G1},${G2},${G2},RegularGroup`, `Group,${T},{${G1}},${G3},${G3},RegularGroup`),
      expected: [
        { code: 'duplicate-source', line: 2, column: 3 },
        { code: 'guid-form', line: 2, column: 3 },
      ],
    },
    {
      name: 'a group that is a source and a target',
      text: lines(ANN, `Group,${T},${G1},${G2},${G2},RegularGroup`, `Group,${T},${G2},${G3},${G3},RegularGroup`),
      expected: [{ code: 'source-is-target', line: 3, column: 3 }],
    },
  ])('$name', ({ text, expected }) => {
    expect(where(lint(text))).toEqual(expected);
  });

  it('keeps file lines after a quoted value with a line break', () => {
    expect(where(lint(lines(`User,${T},ann@contoso.com,ann@fabrikam.com,"ann@fabrikam.com\r\nx",RegularUser`, `user,${T},bo@contoso.com,bo@fabrikam.com,bo@fabrikam.com,RegularUser`)))).toEqual([
      { code: 'control-character', line: 1, column: 5 },
      { code: 'not-email', line: 1, column: 5 },
      { code: 'kind-case', line: 3, column: 1 },
    ]);
  });

  it('checks column 2 against --source-tenant-id when given', () => {
    expect(lint(lines(ANN, `User,${OTHER},cy@contoso.com,cy@fabrikam.com,cy@fabrikam.com,RegularUser`), OTHER)).toEqual([
      { code: 'tenant-not-source', severity: 'error', line: 1, column: 2, data: { value: T, expected: OTHER } },
    ]);
  });

  it.each([
    { encoding: 'UTF-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines(ANN))]), expected: [{ code: 'bom', line: 1, column: 1 }] },
    { encoding: 'UTF-16 LE', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines(ANN), 'utf16le')]), expected: [{ code: 'not-utf8', line: 1, column: null }] },
  ])('reports a map saved as $encoding', ({ bytes, expected }) => {
    expect(where(lint(bytes))).toEqual(expected);
  });
});

describe('lint column 6: the exact enum names, and what was meant', () => {
  const row6 = (kind: string, value: string) =>
    kind === 'User' ? `User,${T},ann@contoso.com,ann@fabrikam.com,ann@fabrikam.com,${value}` : `Group,${T},${G1},${G2},${G2},${value}`;
  const users = ['RegularUser', 'GuestUser'];
  const groups = ['RegularGroup', 'O365Group'];

  it.each([
    { kind: 'User', value: 'RegularUser', finding: undefined },
    { kind: 'User', value: 'GuestUser', finding: undefined },
    { kind: 'Group', value: 'O365Group', finding: undefined },
    { kind: 'User', value: 'AdminUser', finding: { code: 'type-admin', severity: 'warning', data: { value: 'AdminUser' } } },
    { kind: 'Group', value: 'AdminGroup', finding: { code: 'type-admin', severity: 'warning', data: { value: 'AdminGroup' } } },
    { kind: 'User', value: 'None', finding: { code: 'type-none', severity: 'error', data: { value: 'None', allowed: users } } },
    { kind: 'User', value: 'regularUser', finding: { code: 'type-case', severity: 'error', data: { value: 'regularUser', expected: 'RegularUser' } } },
    { kind: 'Group', value: 'o365group', finding: { code: 'type-case', severity: 'error', data: { value: 'o365group', expected: 'O365Group' } } },
    { kind: 'User', value: 'Member', finding: { code: 'type-invalid', severity: 'error', data: { value: 'Member', kind: 'User', allowed: users, expected: 'RegularUser' } } },
    { kind: 'User', value: 'Guest', finding: { code: 'type-invalid', severity: 'error', data: { value: 'Guest', kind: 'User', allowed: users, expected: 'GuestUser' } } },
    { kind: 'Group', value: 'SecurityGroup', finding: { code: 'type-invalid', severity: 'error', data: { value: 'SecurityGroup', kind: 'Group', allowed: groups, expected: 'RegularGroup' } } },
    { kind: 'Group', value: 'M365Group', finding: { code: 'type-invalid', severity: 'error', data: { value: 'M365Group', kind: 'Group', allowed: groups, expected: 'O365Group' } } },
    { kind: 'Group', value: 'm365Group', finding: { code: 'type-invalid', severity: 'error', data: { value: 'm365Group', kind: 'Group', allowed: groups, expected: 'O365Group' } } },
    { kind: 'Group', value: 'MailGroup', finding: { code: 'type-invalid', severity: 'error', data: { value: 'MailGroup', kind: 'Group', allowed: groups } } },
    { kind: 'User', value: 'RegularGroup', finding: { code: 'type-wrong-kind', severity: 'error', data: { value: 'RegularGroup', kind: 'User', allowed: users } } },
  ])('$kind row with $value', ({ kind, value, finding }) => {
    expect(lint(lines(row6(kind, value)))).toEqual(finding === undefined ? [] : [{ ...finding, line: 1, column: 6 }]);
  });
});

describe('lint wording', () => {
  it('says which delimiter a stray row uses and which the file uses', () => {
    const text = lines(ANN.replaceAll(',', ';'), BO, BO.replaceAll(',', '\t').replace('bo@', 'cy@'));
    const findings = lintMap({ map: readMapBytes(Buffer.from(text), 'm.csv') }).findings;
    expect(findings.map((f) => lintLine('m.csv', f))).toEqual([
      `m.csv:1: error: the file separates values with ';' (Excel's regional "CSV" save); Add-SPOTenantIdentityMap reads commas: save it from Excel as "CSV (Comma delimited)" or replace the ';' with ',' [wrong-delimiter]`,
      "m.csv:2: error: this row uses commas while the file uses ';'; once the whole file uses commas, this row's values are checked [wrong-delimiter]",
      "m.csv:3: error: this row separates values with tabs, not commas; replace the tabs with ',' [wrong-delimiter]",
    ]);
  });
});
