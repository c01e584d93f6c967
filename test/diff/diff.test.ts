// diffMaps on the fixture revisions and on small cases: the exact added, removed and
// changed sets.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../src/diff/index.js';
import { CtmapError } from '../../src/errors.js';
import { readMapBytes, readMapFile } from '../../src/read/identity-map.js';
import { ROOT } from '../helpers/cli.js';
import { GROUP_IDS, TENANT } from '../helpers/ids.js';

const T = TENANT;
// The fixture revisions map G1 → G1T, G2 → G2T and G3 → G3T.
const [G1, G1T, G2, G2T, G3, G3T] = GROUP_IDS;

const map = (name: string, ...rows: string[]) => readMapBytes(Buffer.from(rows.map((r) => `${r}\r\n`).join('')), name);

describe('diffMaps on fixtures/diff', () => {
  it('finds the removed, added and changed rows, removals first in the report order', () => {
    const diff = diffMaps(readMapFile(join(ROOT, 'fixtures/diff/old.csv')), readMapFile(join(ROOT, 'fixtures/diff/new.csv')));
    expect(diff).toEqual({
      removed: [
        { kind: 'User', source: 'bo.kim@contoso.com', line: 2, values: ['User', T, 'bo.kim@contoso.com', 'bo.kim@fabrikam.com', 'bo.kim@fabrikam.com', 'RegularUser'] },
        { kind: 'Group', source: G1, line: 7, values: ['Group', T, G1, G1T, G1T, 'RegularGroup'] },
      ],
      added: [
        { kind: 'User', source: 'frank.meyer@contoso.com', line: 7, values: ['User', T, 'frank.meyer@contoso.com', 'frank.meyer@fabrikam.com', 'frank.meyer@fabrikam.com', 'RegularUser'] },
        { kind: 'Group', source: G3, line: 2, values: ['Group', T, G3, G3T, G3T, 'RegularGroup'] },
      ],
      changed: [
        { kind: 'User', source: 'Ann.Lee@contoso.com', oldLine: 1, newLine: 3, changes: [{ column: 3, old: 'ann.lee@contoso.com', new: 'Ann.Lee@contoso.com' }] },
        {
          kind: 'User',
          source: 'chen.wei@contoso.com',
          oldLine: 3,
          newLine: 4,
          changes: [
            { column: 4, old: 'wei.chen@fabrikam.com', new: 'chen.wei@fabrikam.com' },
            { column: 5, old: 'wei.chen@fabrikam.com', new: 'chen.wei@fabrikam.com' },
          ],
        },
        { kind: 'User', source: 'partner_gmail.com#EXT#@contoso.onmicrosoft.com', oldLine: 6, newLine: 8, changes: [{ column: 6, old: 'GuestUser', new: 'RegularUser' }] },
        { kind: 'Group', source: G2, oldLine: 8, newLine: 1, changes: [{ column: 5, old: 'SalesTeam', new: 'Sales-Team' }] },
      ],
      unchanged: 2,
    });
  });
});

describe('diffMaps', () => {
  const ann = `User,${T},ann@contoso.com,ann@fabrikam.com,ann@fabrikam.com,RegularUser`;

  it('treats an empty OLD as the first revision: every row added', () => {
    expect(diffMaps(map('old.csv'), map('new.csv', ann))).toEqual({
      removed: [],
      added: [{ kind: 'User', source: 'ann@contoso.com', line: 1, values: ann.split(',') }],
      changed: [],
      unchanged: 0,
    });
  });

  it('sees no change in blank lines, trailing empty columns, row order or a braced group ID as key', () => {
    const group = `Group,${T},${G2},${G2T},${G2T},RegularGroup`;
    expect(diffMaps(map('old.csv', ann, group), map('new.csv', `Group,${T},{${G2}},${G2T},${G2T},RegularGroup`, '', `${ann},,`))).toEqual({
      removed: [],
      added: [],
      changed: [{ kind: 'Group', source: `{${G2}}`, oldLine: 2, newLine: 1, changes: [{ column: 3, old: G2, new: `{${G2}}` }] }],
      unchanged: 1,
    });
  });

  it('refuses a file that maps one source twice, naming both lines', () => {
    let err: unknown;
    try {
      diffMaps(map('old.csv', ann), map('new.csv', ann, `user,${T},ANN@contoso.com,x@fabrikam.com,x@fabrikam.com,RegularUser`));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CtmapError);
    const { code, context } = err as CtmapError;
    expect({ code, context }).toEqual({ code: 'duplicate-map-source', context: { file: 'new.csv', line: 2, value: 'User ANN@contoso.com', detail: '1' } });
  });
});
