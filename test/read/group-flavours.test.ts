// Group exports of every flavour read into the same principals (facts §9.2, §9.3, §9.4).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyGroup } from '../../src/group-class.js';
import { readExportFile } from '../../src/read/index.js';
import { ROOT } from '../helpers/cli.js';

const read = (file: string) => readExportFile(join(ROOT, 'fixtures', 'flavours', file), { kind: 'group', tenant: 'source' });
const dynamic = (types: readonly string[] | undefined, membership: string) => /dynamic/i.test(membership) || (types ?? []).some((t) => /dynamic/i.test(t));

const expected = [
  { key: '5b0e8c1a-6f2d-4e3b-9a7c-1d2e3f4a5b6c', displayName: 'Marketing', mail: 'marketing@contoso.com', mailNickname: 'Marketing', kind: 'm365', dynamic: false },
  { key: '3f1c2a9e-0d4b-4c55-9a2e-6b7f0c1d2e3f', displayName: 'Finance Readers', mail: '', mailNickname: 'FinanceReaders', kind: 'security', dynamic: true },
  { key: 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f', displayName: 'All Contoso', mail: 'all@contoso.com', mailNickname: 'AllContoso', kind: 'distribution', dynamic: false },
];

describe('group export flavours', () => {
  it.each(['groups-entra.csv', 'groups-mggroup-ps51.csv', 'groups-azuread.csv'])('%s reads into the same groups', (file) => {
    const { principals, findings } = read(file);
    expect(findings).toEqual([]);
    expect(
      principals.map((g) => ({ key: g.key, displayName: g.displayName, mail: g.mail, mailNickname: g.mailNickname, kind: classifyGroup(g), dynamic: dynamic(g.groupTypes, g.membershipType) })),
    ).toEqual(expected);
  });

  it('a GroupTypes column lost to System.String[] leaves the type unknown where mail could mean either, with a warning', () => {
    const { principals, findings } = read('groups-lost-types.csv');
    expect(principals.map(classifyGroup)).toEqual(['unknown', 'security', 'unknown']);
    expect(findings).toEqual([
      { code: 'multi-value-lost', severity: 'warning', file: join(ROOT, 'fixtures', 'flavours', 'groups-lost-types.csv'), tenant: 'source', column: 'groupTypes', line: 2, data: { count: 3, lines: [2, 3, 4], kind: 'group' } },
    ]);
  });
});
