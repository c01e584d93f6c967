// Each format checks its values before writing: a row the tool cannot hold is left out with a
// finding, never written broken. Table-driven over hostile values; chunking at 50 items.
import { describe, expect, it } from 'vitest';
import { CSV_FORMATS } from '../../src/export/formats/csv-formats.js';
import { graphDelta } from '../../src/export/formats/graph-delta.js';
import type { GroupPair, Pair, UserPair } from '../../src/export/types.js';
import { checkBitTitan, checkGraphBody, checkMover, checkPowerPlatform, checkQuest, checkShareGate, checkSpmt } from '../helpers/tool-rules.js';

const TENANT = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';
let line = 1;
const user = (source: string, target: string, targetMail = target, type = 'RegularUser'): UserPair => ({ kind: 'user', source, target, targetMail, type, sourceName: 'A', targetName: 'B', line: line++ });
const group = (n: number, sourceName: string, targetName: string, type = 'O365Group', column5 = `Alias${n}`): GroupPair => ({
  kind: 'group',
  source: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  target: `11111111-0000-4000-8000-${String(n).padStart(12, '0')}`,
  column5,
  type,
  sourceName,
  targetName,
  line: line++,
});

const good = [user('ann.lee@contoso.com', 'ann.lee@fabrikam.com'), user('bo.kim@contoso.com', 'b.kim@fabrikam.com', 'bo.kim@fabrikam.com')];
// [what, the pair, the column it spoils: source, target UPN or target mail]
const HOSTILE: readonly [string, UserPair, 'source' | 'upn' | 'mail'][] = [
  ['comma in the source', user('a,b@contoso.com', 'ab@fabrikam.com'), 'source'],
  ['line break in the target', user('c.d@contoso.com', 'c\r\nd@fabrikam.com', 'cd@fabrikam.com'), 'upn'],
  ['space in the target mail', user('e.f@contoso.com', 'e.f@fabrikam.com', 'e f@fabrikam.com'), 'mail'],
  ['no @ in the source', user('g.h', 'g.h@fabrikam.com'), 'source'],
  ['a quote in the source', user('i"j@contoso.com', 'ij@fabrikam.com'), 'source'],
];

const CHECK = {
  'power-platform': (t: string) => checkPowerPlatform('usermapping.csv', t),
  sharegate: checkShareGate,
  quest: checkQuest,
  bittitan: checkBitTitan,
  mover: checkMover,
  spmt: checkSpmt,
} as const;

// The formats that name the target by UPN; the others by its address (column 5).
const BY_UPN = new Set(['power-platform', 'quest', 'spmt']);

describe.each(Object.keys(CSV_FORMATS) as (keyof typeof CSV_FORMATS)[])('%s', (format) => {
  it.each(HOSTILE)('with %s: the file passes its tool\'s rules, the row is written only when its own columns are sound', (_what, bad, spoils) => {
    const out = CSV_FORMATS[format]({ pairs: [...good, bad], mapFile: 'map.csv' });
    const rows = CHECK[format](out.files[0]!.content);
    const concerned = spoils === 'source' || (spoils === 'upn') === BY_UPN.has(format);
    expect(rows.some((r) => r[0] === bad.source)).toBe(!concerned);
    const refusals = out.findings.filter((f) => f.code === 'value-refused');
    expect(refusals).toEqual(concerned ? [expect.objectContaining({ severity: 'error', line: bad.line, item: bad.source })] : []);
  });
});

describe('format rules', () => {
  it('power-platform leaves out a row whose target equals its source', () => {
    const same = user('x@contoso.com', 'X@contoso.com');
    const out = CSV_FORMATS['power-platform']({ pairs: [...good, same], mapFile: 'map.csv' });
    expect(checkPowerPlatform('usermapping.csv', out.files[0]!.content)).toHaveLength(2);
    expect(out.findings).toEqual([expect.objectContaining({ code: 'source-equals-target', item: 'x@contoso.com' })]);
  });

  it('users-only formats report the groups they leave out, once, with the count', () => {
    for (const format of ['power-platform', 'quest', 'bittitan'] as const) {
      const out = CSV_FORMATS[format]({ pairs: [...good, group(1, 'Sales', 'FAB Sales'), group(2, 'HR', 'FAB HR')], mapFile: 'map.csv' });
      expect(out.findings).toEqual([{ code: 'groups-not-in-format', severity: 'info', data: { format, count: 2 } }]);
    }
  });

  it('formats that name groups leave out groups whose display name is not unique or not writable', () => {
    const pairs: Pair[] = [group(1, 'Sales', 'FAB Sales'), group(2, 'sales', 'FAB Sales 2'), group(3, 'HR', 'FAB HR'), group(4, 'Ops\nTeam', 'FAB Ops'), group(5, '', 'FAB Empty')];
    for (const format of ['sharegate', 'mover', 'spmt'] as const) {
      const out = CSV_FORMATS[format]({ pairs, mapFile: 'map.csv' });
      expect(out.written.groups).toBe(1);
      expect(out.findings.map((f) => f.code).sort()).toEqual(['group-name-not-unique', 'group-name-not-unique', 'value-refused', 'value-refused']);
    }
  });

  it('graph-delta writes at most 50 items a body and refuses values the API cannot take', () => {
    const many = Array.from({ length: 120 }, (_, i) => user(`u${i}@contoso.com`, `u${i}@fabrikam.com`));
    const pairs: Pair[] = [...many, user("o'neil@contoso.com", 'oneil@fabrikam.com'), user('guest@contoso.com', 'g@fabrikam.com', 'g@fabrikam.com', 'Member'), group(1, 'S', 'T', 'O365Group', 'Ops.Team'), group(2, 'S2', 'T2', 'RegularGroup', 'x')];
    const out = graphDelta({ pairs, tenantId: TENANT, mapFile: 'map.csv' });
    expect(out.files.map((f) => f.name)).toEqual(['graph-user-mappings-001.json', 'graph-user-mappings-002.json', 'graph-user-mappings-003.json', 'graph-group-mappings-001.json']);
    expect(out.files.map((f) => checkGraphBody(f.content, f.name.includes('-user-') ? 'user' : 'group').length)).toEqual([50, 50, 20, 1]);
    expect(out.findings.map((f) => f.data?.['field'])).toEqual(['source UPN', 'user type', 'target alias']);
  });

  it('graph-delta refuses every row when the tenant ID is not a GUID', () => {
    const out = graphDelta({ pairs: good, tenantId: 'contoso', mapFile: 'map.csv' });
    expect(out.files).toEqual([]);
    expect(out.findings).toHaveLength(2);
  });
});
