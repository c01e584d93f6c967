import { describe, expect, it } from 'vitest';
import { firstListItem, isLostCollection, isTypeName, isUpnShape, parseAddresses, parseBool, parseGuid } from '../../src/read/values.js';

describe('parseAddresses', () => {
  it.each([
    { raw: '', expected: [] },
    { raw: 'SMTP:a@x.com;smtp:b@x.com', expected: ['a@x.com', 'b@x.com'] },
    { raw: 'smtp:b@x.com SMTP:A@X.com', expected: ['a@x.com', 'b@x.com'] },
    { raw: '["SMTP: bob@contoso.com", "smtp: bob@sales.contoso.com"]', expected: ['bob@contoso.com', 'bob@sales.contoso.com'] },
    { raw: 'SMTP:a@x.com;SIP:a@x.com;X500:/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients', expected: ['a@x.com'] },
    { raw: 'a@x.com,b@y.com', expected: ['a@x.com', 'b@y.com'] },
    { raw: 'smtp:a@x.com smtp:a@x.com', expected: ['a@x.com'] },
  ])('$raw', ({ raw, expected }) => {
    expect(parseAddresses(raw)).toEqual(expected);
  });
});

describe('parseBool', () => {
  it.each([
    ['True', true],
    ['false', false],
    ['1', true],
    ['0', false],
    ['', undefined],
    ['maybe', undefined],
  ] as const)('%s → %s', (raw, expected) => {
    expect(parseBool(raw)).toBe(expected);
  });
});

describe('parseGuid', () => {
  it.each([
    ['{7D1F5C2E-3B4A-4C8D-9E0F-1A2B3C4D5E6F}', '7d1f5c2e-3b4a-4c8d-9e0f-1a2b3c4d5e6f'],
    ['7d1f5c2e-3b4a-4c8d-9e0f-1a2b3c4d5e6f', '7d1f5c2e-3b4a-4c8d-9e0f-1a2b3c4d5e6f'],
    ['7d1f5c2e3b4a4c8d9e0f1a2b3c4d5e6f', undefined],
    ['not-a-guid', undefined],
  ])('%s', (raw, expected) => {
    expect(parseGuid(raw)).toBe(expected);
  });
});

describe('isLostCollection', () => {
  it.each([
    ['System.String[]', true],
    ['System.Object[]', true],
    ['System.Collections.Generic.List`1[System.String]', true],
    ['SMTP:a@x.com', false],
    ['Unified', false],
  ])('%s', (raw, expected) => {
    expect(isLostCollection(raw)).toBe(expected);
  });
});

describe('isUpnShape', () => {
  it.each([
    ['ann.lee@contoso.com', true],
    ['Ann.Lee@Contoso.COM', true],
    ['a_contoso.com#EXT#@fabrikam.onmicrosoft.com', true],
    ["liam.o'brien@contoso.com", true],
    ['ann@mail.contoso.co.uk', true],
    ['ann@contoso', false],
    ['ann@@contoso.com', false],
    ['@contoso.com', false],
    ['ann lee@contoso.com', false],
    ['ann.@contoso.com', false],
    ['ann..lee@contoso.com', false],
    ['ann@contoso..com', false],
    ['ann@-contoso.com', false],
    ['ann,lee@contoso.com', false],
    ['contoso.com', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isUpnShape(value)).toBe(expected);
  });
});

describe('firstListItem', () => {
  it.each([
    ['', ''],
    ['+1 425 555 0100', '+1 425 555 0100'],
    ['+1 425 555 0100;+1 425 555 0199', '+1 425 555 0100'],
    [' +49 30 1234567 , +49 30 1234599', '+49 30 1234567'],
    ['["+44 20 7946 0958","+44 20 7946 0959"]', '+44 20 7946 0958'],
    ["['+44 20 7946 0958']", '+44 20 7946 0958'],
    ['+1 425 555 0100 | +1 425 555 0199', '+1 425 555 0100'],
  ])('%j → %j', (raw, expected) => {
    expect(firstListItem(raw)).toBe(expected);
  });
});

describe('isTypeName', () => {
  it.each([
    ['Microsoft.Graph.PowerShell.Models.MicrosoftGraphDirectoryObject', true],
    ['Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser', true],
    ['Microsoft', false],
    ['michaela.neumann@contoso.com', false],
    ['Microsoft Graph team', false],
  ])('%j: %s', (raw, expected) => {
    expect(isTypeName(raw)).toBe(expected);
  });
});
