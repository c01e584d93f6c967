// Every export flavour of the same three users reads into the same principals, as far as the
// flavour carries each field (facts §9.1, §9.3, §9.4).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Principal, SupportingValues } from '../../src/model.js';
import { readExportBytes, readExportFile } from '../../src/read/index.js';
import { findingMessage } from '../../src/wording/findings.js';
import { ROOT } from '../helpers/cli.js';

const dir = join(ROOT, 'fixtures', 'flavours');
const read = (file: string) => readExportFile(join(dir, file), { kind: 'user', tenant: 'source' });

const COMMON = ['upn', 'displayName', 'givenName', 'surname', 'mail', 'userType', 'id', 'enabled'] as const;
const pick = (p: Principal, fields: readonly (keyof Principal)[]) => Object.fromEntries(fields.map((f) => [f, p[f]]));

const expected = [
  {
    upn: 'michaela.neumann@contoso.com',
    displayName: 'Michaela Neumann',
    givenName: 'Michaela',
    surname: 'Neumann',
    mail: 'michaela.neumann@contoso.com',
    userType: 'Member',
    id: '7d1f5c2e-3b4a-4c8d-9e0f-1a2b3c4d5e6f',
    enabled: true,
    proxies: ['michaela.neumann@contoso.com', 'm.neumann@contoso.com'],
    immutableId: 'q83vEjRWeJq83vEjRWeJqw==',
  },
  {
    upn: 'jurgen.muller@contoso.com',
    displayName: 'Jürgen Müller',
    givenName: 'Jürgen',
    surname: 'Müller',
    mail: 'jurgen.muller@contoso.com',
    userType: 'Member',
    id: '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
    enabled: false,
    proxies: ['jurgen.muller@contoso.com'],
    immutableId: '',
  },
  {
    upn: 'partner_gmail.com#EXT#@contoso.onmicrosoft.com',
    displayName: 'Pat Partner',
    givenName: 'Pat',
    surname: 'Partner',
    mail: 'partner@gmail.com',
    userType: 'Guest',
    id: '2c3d4e5f-6a7b-4c8d-9e0f-a1b2c3d4e5f6',
    enabled: true,
    proxies: [],
    immutableId: '',
  },
];

// The same tenant's attributes, as every flavour exports them (one Graph value each).
type AttributeName = keyof SupportingValues;
const ATTRIBUTES: readonly (SupportingValues | undefined)[] = [
  { jobTitle: 'Engineer', department: 'R&D', office: 'Berlin', company: 'Contoso', streetAddress: 'Unter den Linden 1', city: 'Berlin', state: 'Berlin', postalCode: '10117', country: 'Germany', businessPhone: '+49 30 1234567', mobilePhone: '+49 171 1234567', usageLocation: 'DE' },
  { jobTitle: 'Sales', department: 'Sales', office: 'Munich', company: 'Contoso', manager: 'michaela.neumann@contoso.com', streetAddress: 'Leopoldstraße 5', city: 'München', state: 'Bayern', postalCode: '80802', country: 'Germany', businessPhone: '+49 89 7654321', usageLocation: 'DE' },
  // The guest has none: no record at all.
  undefined,
];
const ALL: readonly AttributeName[] = ['jobTitle', 'department', 'office', 'company', 'manager', 'streetAddress', 'city', 'state', 'postalCode', 'country', 'businessPhone', 'mobilePhone', 'usageLocation'];
const except = (...left: AttributeName[]) => ALL.filter((a) => !left.includes(a));
const only = (values: SupportingValues | undefined, names: readonly AttributeName[]): SupportingValues | undefined => {
  const kept = Object.entries(values ?? {}).filter(([k]) => names.includes(k as AttributeName));
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
};

describe('export flavours', () => {
  it.each([
    { file: 'entra-users-2019.csv', fields: COMMON },
    { file: 'entra-users-2021.csv', fields: COMMON },
    { file: 'mguser-ps51.csv', fields: [...COMMON, 'proxies', 'immutableId'] as const },
    { file: 'mguser-ps7.csv', fields: [...COMMON, 'proxies', 'immutableId'] as const },
    { file: 'azuread.csv', fields: [...COMMON, 'proxies', 'immutableId'] as const },
    // Get-MsolUser has no Mail property.
    { file: 'msol.csv', fields: [...COMMON.filter((f) => f !== 'mail'), 'proxies', 'immutableId'] as const },
  ])('$file reads into the same principals', ({ file, fields }) => {
    const { principals } = read(file);
    expect(principals.map((p) => pick(p, fields))).toEqual(expected.map((e) => pick(e as unknown as Principal, fields)));
  });

  it.each([
    { file: 'entra-users-2019.csv', names: except('company', 'manager') },
    { file: 'entra-users-2021.csv', names: except('manager') },
    // BusinessPhones joined with ';' (the first phone is read), a Manager column added by the admin.
    { file: 'mguser-ps51.csv', names: ALL },
    // Default properties only; BusinessPhones lost as 'System.String[]'.
    { file: 'mguser-ps7.csv', names: ['jobTitle', 'mobilePhone', 'office'] as AttributeName[] },
    { file: 'azuread.csv', names: except('manager') },
    { file: 'msol.csv', names: except('company', 'manager') },
  ])('$file reads the supporting attributes it carries', ({ file, names }) => {
    const { principals } = read(file);
    expect(principals.map((p) => p.attributes)).toEqual(ATTRIBUTES.map((a) => only(a, names)));
    expect(principals[2]!.attributes).toBeUndefined();
  });

  it("reports BusinessPhones lost as 'System.String[]' and reads no phone from it", () => {
    const { findings, principals } = read('mguser-ps7.csv');
    expect(findings.filter((f) => f.code === 'multi-value-lost')).toEqual([
      { code: 'multi-value-lost', severity: 'warning', file: join(dir, 'mguser-ps7.csv'), tenant: 'source', column: 'businessPhone', line: 2, data: { count: 3, lines: [2, 3, 4], kind: 'user' } },
    ]);
    expect(principals.map((p) => p.attributes?.businessPhone)).toEqual([undefined, undefined, undefined]);
    // The fix asks for BusinessPhones, which Get-MgUser -Property must name, and joins it.
    const message = findingMessage(findings.find((f) => f.code === 'multi-value-lost')!);
    expect(message).toContain(',DisplayName,BusinessPhones | Select-Object *,@{n=\'BusinessPhones\';e={$_.BusinessPhones -join \';\'}} -ExcludeProperty BusinessPhones');
  });

  it('reads no manager from the type name Get-MgUser -ExpandProperty manager leaves', () => {
    const csv = '"UserPrincipalName","Manager","Department"\n"a@x.com","Microsoft.Graph.PowerShell.Models.MicrosoftGraphDirectoryObject",""\n"b@x.com","ann@x.com","IT"\n';
    const { principals } = readExportBytes(Buffer.from(csv), 'mg.csv', { kind: 'user', tenant: 'source' });
    expect(principals.map((p) => p.attributes)).toEqual([undefined, { manager: 'ann@x.com', department: 'IT' }]);
  });

  it('reads no attributes for groups', () => {
    const csv = 'Id,DisplayName,Department\n7d1f5c2e-3b4a-4c8d-9e0f-1a2b3c4d5e6f,Team,IT\n';
    expect(readExportBytes(Buffer.from(csv), 'g.csv', { kind: 'group', tenant: 'source' }).principals[0]!.attributes).toBeUndefined();
  });

  it('records where each principal came from', () => {
    expect(read('mguser-ps51.csv').principals.map((p) => p.origin.line)).toEqual([3, 4, 5]);
  });

  it('knows the encoding and delimiter of each file', () => {
    const info = ['entra-users-2019.csv', 'mguser-ps51.csv', 'mguser-ps7.csv', 'azuread.csv'].map((f) => {
      const { encoding, delimiter } = read(f).info;
      return { f, encoding, delimiter };
    });
    expect(info).toEqual([
      { f: 'entra-users-2019.csv', encoding: 'utf-8-bom', delimiter: ',' },
      { f: 'mguser-ps51.csv', encoding: 'utf-16le', delimiter: ';' },
      { f: 'mguser-ps7.csv', encoding: 'utf-8', delimiter: ',' },
      { f: 'azuread.csv', encoding: 'utf-8', delimiter: '\t' },
    ]);
  });

  it('says nothing about a clean export', () => {
    expect(read('mguser-ps51.csv').findings).toEqual([]);
  });
});
