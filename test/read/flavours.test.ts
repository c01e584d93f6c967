// Every export flavour of the same three users reads into the same principals, as far as the
// flavour carries each field (facts §9.1, §9.3, §9.4).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/model.js';
import { readExportFile } from '../../src/read/index.js';
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
