import { describe, expect, it } from 'vitest';
import { columnAliases, parseConfigJson } from '../../src/config.js';
import { resolveColumns } from '../../src/read/columns.js';
import { readExportBytes } from '../../src/read/index.js';

describe('header aliases', () => {
  it.each([
    { header: ['userPrincipalName', 'objectId', 'mobile'], field: 'id', at: 1 },
    { header: ['userPrincipalName', 'id', 'mobilePhone'], field: 'id', at: 1 },
    { header: ['User principal name', 'Display name', 'Object ID'], field: 'upn', at: 0 },
    { header: ['USERPRINCIPALNAME', 'FirstName', 'LastName'], field: 'givenName', at: 1 },
    { header: ['UserPrincipalName', 'OnPremisesImmutableId'], field: 'immutableId', at: 1 },
    { header: ['UserPrincipalName', 'ImmutableId'], field: 'immutableId', at: 1 },
    { header: ['UserPrincipalName', 'alternateEmailAddress'], field: 'otherMails', at: 1 },
  ] as const)('$header: $field at $at', ({ header, field, at }) => {
    expect(resolveColumns(header, 1, 'user', 'f.csv').index[field]).toBe(at);
  });

  it('reads BlockCredential as the inverse of accountEnabled', () => {
    const { principals } = readExportBytes(Buffer.from('UserPrincipalName,BlockCredential\na@x.com,True\nb@x.com,False\n'), 'msol.csv', { kind: 'user', tenant: 'source' });
    expect(principals.map((p) => p.enabled)).toEqual([false, true]);
  });

  it('takes other header names from the config file, before the built-in aliases', () => {
    const csv = 'Login,Personnel Number,Mail\nann@x.com,P-1,ann.lee@x.com\n';
    const { principals } = readExportBytes(Buffer.from(csv), 'hr.csv', { kind: 'user', tenant: 'source', columns: { upn: ['Login'], employeeId: ['Personnel Number'] } });
    expect(principals.map((p) => [p.upn, p.employeeId, p.mail])).toEqual([['ann@x.com', 'P-1', 'ann.lee@x.com']]);
  });

  it('takes header names for supporting attributes from the config file too', () => {
    const config = parseConfigJson({ columns: { upn: 'Login', department: 'Abteilung', mobilePhone: ['Handy', 'Mobil'], office: 'Standort' } }, 'ctmap.json');
    const csv = 'Login,Abteilung,Mobil,Standort,Office\nann@x.com,Vertrieb,0171 1234567,Berlin,Room 4\n';
    const { principals } = readExportBytes(Buffer.from(csv), 'hr.csv', { kind: 'user', tenant: 'source', columns: columnAliases(config.columns) });
    // The config's Standort comes before the built-in Office.
    expect(principals[0]!.attributes).toEqual({ department: 'Vertrieb', mobilePhone: '0171 1234567', office: 'Berlin' });
  });
});
