// The forms two tenants' attribute values are compared in (match/attributes/normalize.ts):
// phones written the way different admins write them, folded text, countries, postal codes, streets.
import { describe, expect, it } from 'vitest';
import { comparable, regionOf } from '../../../src/match/attributes/normalize.js';

describe('phones in E.164', () => {
  it.each([
    // [value, region, expected]
    ['+1 (425) 555-0100', 'US', '+14255550100'],
    ['+1 (425) 555-0100', '', '+14255550100'],
    ['+1 (425) 555-0100', 'DE', '+14255550100'],
    ['425.555.0100', 'US', '+14255550100'],
    ['(425) 555-0100', 'us', '+14255550100'],
    ['425-555-0100 x123', 'US', '+14255550100'],
    ['+1 425 555 0100 ext. 123', '', '+14255550100'],
    ['tel:+1-425-555-0100', '', '+14255550100'],
    ['0049 30 1234567', 'DE', '+49301234567'],
    ['030 1234567', 'DE', '+49301234567'],
    ['030/1234567', 'DE', '+49301234567'],
    ['+49 (0)30 1234567', 'DE', '+49301234567'],
    ['+49 (0)30 1234567', '', '+49301234567'],
    // The trunk 0 kept after the country code by mistake.
    ['+49 030 1234567', '', '+49301234567'],
    ['+44 020 7946 0958', '', '+442079460958'],
    ['0171 1234567', 'DE', '+491711234567'],
    ['+44 20 7946 0958', 'GB', '+442079460958'],
    ['+44 20 7946 0958', 'US', '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['01 23 45 67 89', 'FR', '+33123456789'],
    ['001 425 555 0100', 'DE', '+14255550100'],
    // Excel's text mark, a formula guard, a note, full-width digits.
    ["'+49 30 1234567", 'DE', '+49301234567'],
    ['=+49 30 1234567', '', '+49301234567'],
    ['+49 30 1234567 (Büro)', 'DE', '+49301234567'],
    ['０３０ １２３４５６７', 'DE', '+49301234567'],
    // No region to read a national number in: its digits.
    ['425.555.0100', '', '4255550100'],
    ['030 1234567', '', '0301234567'],
    ['0049 30 1234567', '', '0049301234567'],
    // A region that is no ISO code is no region.
    ['030 1234567', 'Germany', '0301234567'],
    // Not a possible number: digits when 7 or more, else nothing.
    ['555-0100', 'US', '5550100'],
    ['12345', 'US', ''],
    ['x123', 'US', ''],
    ['n/a', 'US', ''],
    ['-', 'DE', ''],
  ])('%j in %j → %j', (value, region, expected) => {
    expect(comparable('businessPhone', value, region)).toBe(expected);
    expect(comparable('mobilePhone', value, region)).toBe(expected);
  });

  it('makes the same number written by two admins equal', () => {
    const forms = ['+1 (425) 555-0100', '425.555.0100', '(425) 555-0100 x123', '+1 425 555 0100'];
    expect(new Set(forms.map((f) => comparable('mobilePhone', f, 'US')))).toEqual(new Set(['+14255550100']));
  });
});

describe('text attributes', () => {
  it.each([
    ['jobTitle', 'Senior Engineer', 'senior engineer'],
    ['jobTitle', '  Senior   ENGINEER ', 'senior engineer'],
    ['jobTitle', 'Sr. Engineer (R&D)', 'sr engineer r d'],
    ['department', 'R&D', 'r d'],
    ['department', 'Forschung & Entwicklung', 'forschung entwicklung'],
    ['city', 'München', 'munchen'],
    ['city', 'Muenchen', 'muenchen'],
    ['city', 'MÜNCHEN', 'munchen'],
    ['city', 'Zürich', 'zurich'],
    ['city', 'Kraków', 'krakow'],
    ['city', 'Łódź', 'lodz'],
    ['city', 'São Paulo', 'sao paulo'],
    ['office', 'Bldg. 4 / Floor 2', 'bldg 4 floor 2'],
    ['company', 'Contoso, Ltd.', 'contoso ltd'],
    ['state', 'Baden-Württemberg', 'baden wurttemberg'],
    // A manager's UPN by its name part: the domain is the tenant's.
    ['manager', 'michaela.neumann@contoso.com', 'michaela neumann'],
    ['manager', 'Michaela.Neumann@fabrikam.com', 'michaela neumann'],
    ['manager', 'Neumann, Michaela', 'neumann michaela'],
    // Composed and decomposed ü are one letter.
    ['city', 'Mu\u0308nchen', 'munchen'],
  ] as const)('%s %j → %j', (attribute, value, expected) => {
    expect(comparable(attribute, value, '')).toBe(expected);
  });

  it.each(['n/a', 'N/A', 'na', '-', '--', '.', '?', 'none', 'None', 'unknown', 'UNKNOWN', 'null', 'TBD', 'k.A.', '', '   ', '(none)', '#N/A'])('%j says nothing', (value) => {
    for (const attribute of ['jobTitle', 'department', 'office', 'city', 'streetAddress', 'postalCode', 'country', 'businessPhone'] as const) {
      expect(comparable(attribute, value, 'US')).toBe('');
    }
  });
});

describe('postal codes', () => {
  it.each([
    ['98052', '98052'],
    ['98052-6399', '980526399'],
    ['SW1A 1AA', 'SW1A1AA'],
    ['sw1a1aa', 'SW1A1AA'],
    [' 10117 ', '10117'],
    ['K1A 0B1', 'K1A0B1'],
  ])('%j → %j', (value, expected) => {
    expect(comparable('postalCode', value, '')).toBe(expected);
  });
});

describe('countries to ISO 3166 alpha-2', () => {
  it.each([
    ['United States', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['US', 'US'],
    ['us', 'US'],
    ['United States of America', 'US'],
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['DEU', 'DE'],
    ['de', 'DE'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['The Netherlands', 'NL'],
    ['Netherlands', 'NL'],
    ['Österreich', 'AT'],
    ['Switzerland', 'CH'],
    ['Côte d’Ivoire', 'CI'],
    ['Czech Republic', 'CZ'],
    ['Czechia', 'CZ'],
    ['South Korea', 'KR'],
    ['Turkey', 'TR'],
    ['Myanmar', 'MM'],
    ['Hong Kong', 'HK'],
    // Namibia's code, not 'n/a' (which 'na' in lower case is).
    ['NA', 'NA'],
    // Not recognized: folded text.
    ['Atlantis', 'atlantis'],
    ['Bavaria', 'bavaria'],
  ])('%j → %j', (value, expected) => {
    expect(comparable('country', value, '')).toBe(expected);
  });
});

describe('streets', () => {
  it.each([
    ['1 Main Street', '1 main st'],
    ['1 Main St.', '1 main st'],
    ['One Microsoft Way', 'one microsoft way'],
    ['12 Abbey Road', '12 abbey rd'],
    ['350 Fifth Avenue, Suite 3300', '350 fifth ave ste 3300'],
    ['350 5th Ave Ste 3300', '350 5th ave ste 3300'],
    ['100 North Boulevard', '100 n blvd'],
    ['Leopoldstraße 5', 'leopoldstr 5'],
    ['Leopoldstr. 5', 'leopoldstr 5'],
    ['Leopoldstrasse 5', 'leopoldstr 5'],
    ['Unter den Linden 1', 'unter den linden 1'],
  ])('%j → %j', (value, expected) => {
    expect(comparable('streetAddress', value, '')).toBe(expected);
  });
});

describe('regionOf', () => {
  it.each([
    [{ usageLocation: 'DE', country: 'United States' }, 'DE'],
    [{ usageLocation: 'de' }, 'DE'],
    [{ usageLocation: 'Germany', country: 'Deutschland' }, 'DE'],
    [{ usageLocation: 'XX', country: 'United Kingdom' }, 'GB'],
    [{ country: 'USA' }, 'US'],
    [{ country: 'Atlantis' }, ''],
    [{ country: 'n/a' }, ''],
    [{ city: 'Berlin' }, ''],
    [{}, ''],
  ])('%j → %j', (values, expected) => {
    expect(regionOf(values)).toBe(expected);
  });

  it('gives the region a national phone number is read in', () => {
    const values = { country: 'Deutschland', mobilePhone: '0171 1234567' };
    expect(comparable('mobilePhone', values.mobilePhone, regionOf(values))).toBe('+491711234567');
  });
});
