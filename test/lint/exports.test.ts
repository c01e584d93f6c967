// Lint with the exports given: every principal exists and the target fits column 6.
import { describe, expect, it } from 'vitest';
import { lintMap, type LintExports } from '../../src/lint/index.js';
import { readMapBytes } from '../../src/read/identity-map.js';
import { GROUP_IDS, TENANT } from '../helpers/ids.js';
import { group, user } from '../helpers/principal.js';

const T = TENANT;
const [SG, TG, SECURITY, LIST, MISSING] = GROUP_IDS;

const exports: LintExports = {
  sourceUsers: { file: 's.csv', principals: [user('source', 'ann@contoso.com'), user('source', 'bo@contoso.com')] },
  targetUsers: {
    file: 't.csv',
    principals: [user('target', 'Ann@Fabrikam.com'), user('target', 'bo_x.com#EXT#@fabrikam.onmicrosoft.com', { userType: 'Guest' }), user('target', 'off@fabrikam.com', { enabled: false })],
  },
  sourceGroups: { file: 'sg.csv', principals: [group('source', SG)] },
  targetGroups: {
    file: 'tg.csv',
    principals: [
      group('target', TG, { groupTypes: ['Unified'], mailNickname: 'SalesTeam' }),
      group('target', SECURITY, { securityEnabled: true, mailEnabled: false }),
      group('target', LIST, { securityEnabled: false, mailEnabled: true }),
    ],
  },
};

function lint(row: string, given: LintExports = exports) {
  return lintMap({ map: readMapBytes(Buffer.from(`${row}\r\n`), 'm.csv'), exports: given }).findings;
}

describe('lint against the exports', () => {
  it.each([
    { name: 'a member mapped to a member', row: `User,${T},ann@contoso.com,ann@fabrikam.com,ann@fabrikam.com,RegularUser`, expected: [] },
    {
      name: 'a source and a target missing from the exports',
      row: `User,${T},cy@contoso.com,cy@fabrikam.com,cy@fabrikam.com,RegularUser`,
      expected: [
        { code: 'source-not-found', severity: 'error', line: 1, column: 3, data: { value: 'cy@contoso.com', export: 's.csv' } },
        { code: 'target-not-found', severity: 'error', line: 1, column: 4, data: { value: 'cy@fabrikam.com', export: 't.csv' } },
      ],
    },
    {
      name: 'a guest target written as RegularUser',
      row: `User,${T},bo@contoso.com,bo_x.com#EXT#@fabrikam.onmicrosoft.com,bo@x.com,RegularUser`,
      expected: [{ code: 'target-type-mismatch', severity: 'error', line: 1, column: 6, data: { value: 'RegularUser', expected: 'GuestUser', userType: 'Guest' } }],
    },
    {
      name: 'a member target written as GuestUser',
      row: `User,${T},ann@contoso.com,ann@fabrikam.com,ann@fabrikam.com,GuestUser`,
      expected: [{ code: 'target-type-mismatch', severity: 'error', line: 1, column: 6, data: { value: 'GuestUser', expected: 'RegularUser', userType: 'Member' } }],
    },
    {
      name: 'a disabled target',
      row: `User,${T},bo@contoso.com,off@fabrikam.com,off@fabrikam.com,RegularUser`,
      expected: [{ code: 'target-disabled', severity: 'warning', line: 1, column: 4, data: { value: 'off@fabrikam.com' } }],
    },
    { name: 'a Microsoft 365 group with its alias, in another case', row: `Group,${T},${SG},${TG},salesteam,O365Group`, expected: [] },
    {
      name: 'a Microsoft 365 group written as RegularGroup',
      row: `Group,${T},${SG},${TG},${TG},RegularGroup`,
      expected: [{ code: 'group-class-mismatch', severity: 'error', line: 1, column: 6, data: { value: 'RegularGroup', expected: 'O365Group', groupClass: 'm365' } }],
    },
    {
      name: 'a security group written as O365Group',
      row: `Group,${T},${SG},${SECURITY},Sales,O365Group`,
      expected: [{ code: 'group-class-mismatch', severity: 'error', line: 1, column: 6, data: { value: 'O365Group', expected: 'RegularGroup', groupClass: 'security' } }],
    },
    {
      name: 'a distribution list',
      row: `Group,${T},${SG},${LIST},${LIST},RegularGroup`,
      expected: [{ code: 'distribution-list', severity: 'warning', line: 1, column: 4, data: { value: LIST } }],
    },
    {
      name: 'an alias that is not the mail nickname',
      row: `Group,${T},${SG},${TG},Sales-Team,O365Group`,
      expected: [{ code: 'alias-mismatch', severity: 'error', line: 1, column: 5, data: { value: 'Sales-Team', expected: 'SalesTeam' } }],
    },
    {
      name: 'a source group missing, the target found by a braced ID',
      row: `Group,${T},${MISSING},{${TG}},SalesTeam,O365Group`,
      expected: [
        { code: 'source-not-found', severity: 'error', line: 1, column: 3, data: { value: MISSING, export: 'sg.csv' } },
        { code: 'guid-form', severity: 'warning', line: 1, column: 4, data: { value: `{${TG}}`, canonical: TG } },
      ],
    },
  ])('$name', ({ row, expected }) => {
    expect(lint(row)).toEqual(expected);
  });

  it('checks only the sides whose export is given', () => {
    expect(lint(`User,${T},cy@contoso.com,cy@fabrikam.com,cy@fabrikam.com,RegularUser`, { targetUsers: exports.targetUsers })).toEqual([
      { code: 'target-not-found', severity: 'error', line: 1, column: 4, data: { value: 'cy@fabrikam.com', export: 't.csv' } },
    ]);
  });
});
