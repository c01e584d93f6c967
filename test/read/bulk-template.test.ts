// The Entra admin center "Bulk create users" template read as an export (facts §16.5): the
// version line, bracketed headers, spaces around values, "Block sign in" inverted.
import { describe, expect, it } from 'vitest';
import { readExportBytes } from '../../src/read/index.js';

const HEADER = 'Name [displayName] Required,User name [userPrincipalName] Required,Initial password [passwordProfile] Required,Block sign in (Yes/No) [accountEnabled] Required,First name [givenName],Last name [surname],Job title [jobTitle]';

const read = (text: string) => readExportBytes(Buffer.from(text, 'utf8'), 'bulk.csv', { kind: 'user', tenant: 'target' }).principals;

describe('the bulk-create template as an export', () => {
  it.each([
    ['Yes', false],
    [' No ', true],
    ['yes', false],
    ['', undefined],
  ] as const)('Block sign in %j reads as enabled %s', (block, enabled) => {
    const [p] = read(`version:v1.0,,,,,,\r\n${HEADER}\r\nAnn Lee , ann.lee@fabrikam.com ,,${block}, Ann,Lee ,Clerk`);
    expect(p).toMatchObject({ upn: 'ann.lee@fabrikam.com', displayName: 'Ann Lee', givenName: 'Ann', surname: 'Lee', enabled, origin: { line: 3 } });
  });

  it('reads it saved by Excel with ";" and the version line quoted', () => {
    const [p] = read(`"version:v1.0";;;;;;\r\n${HEADER.replaceAll(',', ';')}\r\nBo Kim;bo.kim@fabrikam.com;;No;Bo;Kim;`);
    expect(p).toMatchObject({ upn: 'bo.kim@fabrikam.com', enabled: true });
  });

  it('keeps a first row that only starts like the version line as the header', () => {
    expect(read('userPrincipalName,versionNote\r\nann@fabrikam.com,version:v1.0')[0]?.upn).toBe('ann@fabrikam.com');
  });

  it('reads the supporting attributes from their bracketed properties', () => {
    const header = `${HEADER},Department [department],Usage location [usageLocation],Street address [streetAddress],State or province [state],Country or region [country],Office [physicalDeliveryOfficeName],City [city],ZIP or postal code [postalCode],Office phone [telephoneNumber],Mobile phone [mobile]`;
    const [p, q] = read(`version:v1.0,,,,,,,,,,,,,,,,\r\n${header}\r\nAnn Lee,ann.lee@fabrikam.com,,No,Ann,Lee,Clerk,Finance,US,1 Main Street,WA,United States,Building 4,Redmond,98052,+1 425 555 0100,(425) 555-0199\r\nBo Kim,bo.kim@fabrikam.com,,No,Bo,Kim,,,,,,,,,,,`);
    expect(p!.attributes).toEqual({
      jobTitle: 'Clerk',
      department: 'Finance',
      usageLocation: 'US',
      streetAddress: '1 Main Street',
      state: 'WA',
      country: 'United States',
      office: 'Building 4',
      city: 'Redmond',
      postalCode: '98052',
      businessPhone: '+1 425 555 0100',
      mobilePhone: '(425) 555-0199',
    });
    expect(q!.attributes).toBeUndefined();
  });
});
