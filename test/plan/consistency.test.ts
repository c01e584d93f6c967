// Every OneDrive move must be a User row of the map (same pair); every group site move's target
// alias must be column 5 of its O365Group row; sites must sit on the right tenants.
import { describe, expect, it } from 'vitest';
import { checkMoves, type MapContent } from '../../src/plan/consistency.js';
import type { MoveKind, RequestedMove } from '../../src/plan/types.js';

const MAP: MapContent = {
  file: 'map.csv',
  users: [
    { source: 'Ann.Lee@contoso.com', target: 'ann.lee@fabrikam.com', line: 1 },
    { source: 'bo.kim@contoso.com', target: 'b.kim@fabrikam.com', line: 2 },
  ],
  groups: [
    { source: '11111111-1111-4111-8111-111111111111', target: '22222222-2222-4222-8222-222222222222', name: 'MarketingTeam', type: 'O365Group', line: 3 },
    { source: '33333333-3333-4333-8333-333333333333', target: '44444444-4444-4444-8444-444444444444', name: '44444444-4444-4444-8444-444444444444', type: 'RegularGroup', line: 4 },
  ],
};
const tenants = { source: 'contoso', target: 'fabrikam' };

let line = 10;
const req = (kind: MoveKind, source: string, target?: string, sourceGroupId?: string): RequestedMove => ({
  kind,
  source,
  target,
  origin: { file: 'list.csv', line: line++ },
  ...(sourceGroupId !== undefined && { sourceGroupId }),
});
const run = (moves: RequestedMove[]) => {
  const kind = (k: MoveKind) => moves.filter((m) => m.kind === k);
  return checkMoves({ onedrive: kind('onedrive'), sites: kind('site'), groupSites: kind('group-site') }, MAP, tenants);
};

describe('checkMoves', () => {
  it('takes every User row of the map when no OneDrive list is given', () => {
    const r = checkMoves({ onedrive: undefined, sites: [], groupSites: [] }, MAP, tenants);
    expect(r.findings).toEqual([]);
    expect(r.moves.map((m) => [m.source, m.target, m.origin])).toEqual([
      ['Ann.Lee@contoso.com', 'ann.lee@fabrikam.com', { file: 'map.csv', line: 1 }],
      ['bo.kim@contoso.com', 'b.kim@fabrikam.com', { file: 'map.csv', line: 2 }],
    ]);
  });

  it.each([
    { name: 'a source UPN alone, any case', move: req('onedrive', 'ann.lee@CONTOSO.com'), target: 'ann.lee@fabrikam.com' },
    { name: 'the same pair as the map', move: req('onedrive', 'bo.kim@contoso.com', 'B.Kim@fabrikam.com'), target: 'b.kim@fabrikam.com' },
    { name: 'a site on the right tenants', move: req('site', 'https://contoso.sharepoint.com/sites/a', 'https://fabrikam.sharepoint.com/sites/a'), target: 'https://fabrikam.sharepoint.com/sites/a' },
    { name: 'a group alias in column 5', move: req('group-site', 'Marketing', 'marketingteam'), target: 'marketingteam' },
    { name: 'a group alias of the named group', move: req('group-site', 'Marketing', 'MarketingTeam', '11111111-1111-4111-8111-111111111111'), target: 'MarketingTeam' },
  ])('accepts $name', ({ move, target }) => {
    const r = run([move]);
    expect(r.findings).toEqual([]);
    expect(r.moves.map((m) => m.target)).toEqual([target]);
  });

  it.each([
    { name: 'a user not in the map', move: req('onedrive', 'cy.ng@contoso.com'), code: 'move-not-in-map' },
    { name: 'a pair the map does not hold', move: req('onedrive', 'ann.lee@contoso.com', 'bo.kim@fabrikam.com'), code: 'move-target-differs' },
    { name: 'a source site of another tenant', move: req('site', 'https://tailspin.sharepoint.com/sites/a', 'https://fabrikam.sharepoint.com/sites/a'), code: 'site-wrong-tenant' },
    { name: 'a target site of the source tenant', move: req('site', 'https://contoso.sharepoint.com/sites/a', 'https://contoso.sharepoint.com/sites/b'), code: 'site-wrong-tenant' },
    { name: 'a target alias in no O365Group row', move: req('group-site', 'Sales', 'SalesTeam'), code: 'group-alias-not-in-map' },
    { name: 'a security group ID as alias', move: req('group-site', 'Sec', '44444444-4444-4444-8444-444444444444'), code: 'group-alias-not-in-map' },
    { name: 'a group not in the map', move: req('group-site', 'Sales', 'MarketingTeam', '55555555-5555-4555-8555-555555555555'), code: 'group-alias-not-in-map' },
    { name: 'an alias other than its row', move: req('group-site', 'Marketing', 'Marketing2', '11111111-1111-4111-8111-111111111111'), code: 'group-alias-differs' },
    { name: 'a security group row', move: req('group-site', 'Sec', 'SecTeam', '33333333-3333-4333-8333-333333333333'), code: 'group-not-m365' },
  ])('leaves out $name with an error finding at its line', ({ move, code }) => {
    const r = run([move]);
    expect(r.moves).toEqual([]);
    expect(r.findings).toEqual([expect.objectContaining({ code, severity: 'error', file: 'list.csv', line: move.origin.line, item: move.source })]);
  });

  it('keeps the first of two moves of one source or one target, and says where the first is', () => {
    const first = req('site', 'https://contoso.sharepoint.com/sites/a', 'https://fabrikam.sharepoint.com/sites/a');
    const sameSource = req('site', 'https://contoso.sharepoint.com/sites/A', 'https://fabrikam.sharepoint.com/sites/b');
    const sameTarget = req('site', 'https://contoso.sharepoint.com/sites/c', 'https://fabrikam.sharepoint.com/sites/a');
    const r = run([first, sameSource, sameTarget]);
    expect(r.moves.map((m) => m.source)).toEqual([first.source]);
    expect(r.findings.map((f) => [f.code, f.line, f.data?.['side'], f.data?.['firstLine']])).toEqual([
      ['duplicate-move', sameSource.origin.line, 'source', first.origin.line],
      ['duplicate-move', sameTarget.origin.line, 'target', first.origin.line],
    ]);
  });
});
