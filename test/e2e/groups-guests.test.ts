// Every group and guest row of the demo map, column 5 and column 6 included (facts §8.2, §8.3).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExportFile } from '../../src/read/index.js';
import { DEMO } from '../helpers/fixture-run.js';

const map = readFileSync(join(DEMO, 'expected', 'identity-map.csv'), 'utf8').trim().split('\r\n').map((l) => l.split(','));
const groups = (name: string, tenant: 'source' | 'target') => readExportFile(join(DEMO, name), { kind: 'group', tenant }).principals;
const sourceGroups = new Map(groups('source-groups.csv', 'source').map((g) => [g.id, g.displayName]));
const targetGroups = new Map(groups('target-groups.csv', 'target').map((g) => [g.id, { displayName: g.displayName, id: g.id }]));

describe('group rows of the demo map', () => {
  const rows = map
    .filter((r) => r[0] === 'Group')
    .map(([, , source, target, column5, column6]) => ({ source: sourceGroups.get(source!), target: targetGroups.get(target!)?.displayName, column5, column6 }));

  it('maps Microsoft 365 groups with the target alias and security groups with the target object ID', () => {
    const id = (name: string) => [...targetGroups.values()].find((g) => g.displayName === name)?.id;
    expect(rows).toEqual([
      { source: 'Sales Team', target: 'FAB Sales Team', column5: 'SalesTeam', column6: 'O365Group' },
      { source: 'Ops.Team', target: 'FAB Ops.Team', column5: 'OpsTeam', column6: 'O365Group' },
      { source: 'HR Confidential', target: 'FAB HR Confidential', column5: id('FAB HR Confidential'), column6: 'RegularGroup' },
      { source: 'Marketing', target: 'FAB Marketing', column5: 'Marketing', column6: 'O365Group' },
      { source: 'Finance Readers', target: 'FAB Finance Readers', column5: id('FAB Finance Readers'), column6: 'RegularGroup' },
      { source: 'Everyone', target: 'FAB Everyone', column5: 'everyone', column6: 'O365Group' },
    ]);
  });

  it('never maps a distribution list', () => {
    expect(rows.map((r) => r.source)).not.toContain('All Contoso');
  });
});

describe('guest rows of the demo map', () => {
  it('maps guest → guest as GuestUser with the external mail, and guest → member as RegularUser', () => {
    const guests = map.filter((r) => r[2]!.includes('#EXT#')).map((r) => r.slice(2));
    expect(guests).toEqual([
      ['lee.wong_northwind.com#EXT#@contoso.onmicrosoft.com', 'lee.wong@fabrikam.com', 'lee.wong@fabrikam.com', 'RegularUser'],
      ['priya.menon_gmail.com#EXT#@contoso.onmicrosoft.com', 'priya.menon_gmail.com#EXT#@fabrikam.onmicrosoft.com', 'priya.menon@gmail.com', 'GuestUser'],
      ['sam_doe_outlook.com#EXT#@contoso.onmicrosoft.com', 'sam_doe_outlook.com#EXT#@fabrikam.onmicrosoft.com', 'sam_doe@outlook.com', 'GuestUser'],
    ]);
  });

  it('never maps a member onto a guest', () => {
    expect(map.filter((r) => !r[2]!.includes('#EXT#') && r[5] === 'GuestUser')).toEqual([]);
  });
});
