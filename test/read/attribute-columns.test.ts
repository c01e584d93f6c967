// The supporting attributes' header aliases (read/attribute-columns.ts) beside the matching
// fields' (read/columns.ts): no attribute alias takes a matching field's column, so every
// flavour fixture resolves the same matching columns as before attributes were read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_ALIASES, ATTRIBUTE_COLUMNS, resolveAttributeColumns } from '../../src/read/attribute-columns.js';
import { readBytes } from '../../src/read/bytes.js';
import { resolveColumns } from '../../src/read/columns.js';
import { parseExport } from '../../src/read/index.js';
import { ROOT } from '../helpers/cli.js';

const DIR = join(ROOT, 'fixtures', 'flavours');

// Recorded before attributes were read (commit 4807b9e): the header each matching field resolves to.
const MATCHING: Record<string, Record<string, string>> = {
  'azuread.csv': { id: 'ObjectId', upn: 'UserPrincipalName', mail: 'Mail', proxyAddresses: 'ProxyAddresses', givenName: 'GivenName', surname: 'Surname', displayName: 'DisplayName', immutableId: 'ImmutableId', userType: 'UserType', accountEnabled: 'AccountEnabled', mailNickname: 'MailNickName' },
  'entra-users-2019.csv': { id: 'objectId', upn: 'userPrincipalName', mail: 'mail', otherMails: 'alternateEmailAddress', givenName: 'givenName', surname: 'surname', displayName: 'displayName', userType: 'userType', accountEnabled: 'accountEnabled' },
  'entra-users-2021.csv': { id: 'id', upn: 'userPrincipalName', mail: 'mail', otherMails: 'alternateEmailAddress', givenName: 'givenName', surname: 'surname', displayName: 'displayName', userType: 'userType', accountEnabled: 'accountEnabled' },
  'groups-azuread.csv': { id: 'Id', mail: 'Mail', displayName: 'DisplayName', mailNickname: 'MailNickname', groupTypes: 'GroupTypes', securityEnabled: 'SecurityEnabled', mailEnabled: 'MailEnabled' },
  'groups-entra.csv': { id: 'id', mail: 'mail', displayName: 'displayName', mailNickname: 'mailNickname', groupTypes: 'groupType', securityEnabled: 'securityEnabled', mailEnabled: 'mailEnabled', membershipType: 'membershipType' },
  'groups-lost-types.csv': { id: 'Id', mail: 'Mail', displayName: 'DisplayName', mailNickname: 'MailNickname', groupTypes: 'GroupTypes', securityEnabled: 'SecurityEnabled', mailEnabled: 'MailEnabled' },
  'groups-mggroup-ps51.csv': { id: 'Id', mail: 'Mail', displayName: 'DisplayName', mailNickname: 'MailNickname', groupTypes: 'GroupTypes', securityEnabled: 'SecurityEnabled', mailEnabled: 'MailEnabled' },
  'mguser-ps51.csv': { id: 'Id', upn: 'UserPrincipalName', mail: 'Mail', proxyAddresses: 'ProxyAddresses', otherMails: 'OtherMails', givenName: 'GivenName', surname: 'Surname', displayName: 'DisplayName', employeeId: 'EmployeeId', immutableId: 'OnPremisesImmutableId', userType: 'UserType', accountEnabled: 'AccountEnabled' },
  'mguser-ps7.csv': { id: 'Id', upn: 'UserPrincipalName', mail: 'Mail', proxyAddresses: 'ProxyAddresses', givenName: 'GivenName', surname: 'Surname', displayName: 'DisplayName', employeeId: 'EmployeeId', immutableId: 'OnPremisesImmutableId', userType: 'UserType', accountEnabled: 'AccountEnabled' },
  'msol.csv': { id: 'ObjectId', upn: 'UserPrincipalName', proxyAddresses: 'ProxyAddresses', givenName: 'FirstName', surname: 'LastName', displayName: 'DisplayName', immutableId: 'ImmutableId', userType: 'UserType', accountEnabled: 'BlockCredential' },
};

const headerOf = (file: string) => parseExport(readBytes(join(DIR, file)), file).table.header;

describe('supporting attribute columns', () => {
  it('every flavour fixture has its recorded matching columns', () => {
    expect(readdirSync(DIR).filter((n) => n.endsWith('.csv')).sort()).toEqual(Object.keys(MATCHING).sort());
  });

  it.each(Object.keys(MATCHING))('%s resolves the same matching columns, none of them an attribute', (file) => {
    const header = headerOf(file);
    const { index } = resolveColumns(header, 1, file.startsWith('groups') ? 'group' : 'user', file);
    expect(Object.fromEntries(Object.entries(index).map(([field, i]) => [field, header[i!]]))).toEqual(MATCHING[file]);
    const attributeAt = Object.values(resolveAttributeColumns(header, ATTRIBUTE_COLUMNS));
    expect(attributeAt.filter((i) => Object.values(index).includes(i))).toEqual([]);
  });

  it.each(ATTRIBUTE_COLUMNS.flatMap((a) => ATTRIBUTE_ALIASES[a].map((alias) => ({ a, alias }))))('$a alias "$alias" names no matching field', ({ a, alias }) => {
    const { index } = resolveColumns(['userPrincipalName', alias], 1, 'user', 'f.csv');
    expect(index).toEqual({ upn: 0 });
    expect(resolveAttributeColumns(['userPrincipalName', alias], [a])).toEqual({ [a]: 1 });
  });

  it.each([
    { header: 'Office phone [telephoneNumber]', a: 'businessPhone' },
    { header: 'Mobile phone [mobile]', a: 'mobilePhone' },
    { header: 'Office [physicalDeliveryOfficeName]', a: 'office' },
    { header: 'ZIP or postal code [postalCode]', a: 'postalCode' },
    { header: 'State or province [state]', a: 'state' },
    { header: 'Country or region [country]', a: 'country' },
    { header: 'Usage location [usageLocation]', a: 'usageLocation' },
    { header: 'Country or region', a: 'country' },
    { header: 'Zip or postal code', a: 'postalCode' },
    { header: 'Company name', a: 'company' },
    { header: 'BusinessPhones', a: 'businessPhone' },
    { header: 'PhoneNumber', a: 'businessPhone' },
    { header: 'Title', a: 'jobTitle' },
  ] as const)('"$header" is $a', ({ header, a }) => {
    expect(resolveAttributeColumns(['UPN', header], ATTRIBUTE_COLUMNS)).toEqual({ [a]: 1 });
  });
});
