// Every real export people posted (shared/data/real-exports, read in place, never copied): read
// into principals, or refused with an error that names what is missing. A file added to the
// folder without a row here fails the first test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CtmapError } from '../../src/errors.js';
import { classifyGroup } from '../../src/group-class.js';
import type { Kind, Principal } from '../../src/model.js';
import { readExportFile } from '../../src/read/index.js';
import { errorMessage } from '../../src/wording/errors.js';
import { sharedFolder } from '../helpers/shared-dir.js';

const DIR = sharedFolder(join('data', 'real-exports'));

interface Read {
  kind: Kind;
  rows: number;
  /** What the rows must show. */
  check: (principals: Principal[]) => void;
  findings?: string[];
}
interface Refused {
  kind: Kind;
  refused: string;
  /** Fragments the message must hold: the columns found, what was looked for. */
  says: string[];
}

const count = <T>(xs: readonly T[], key: (x: T) => string): Record<string, number> => xs.reduce<Record<string, number>>((m, x) => ({ ...m, [key(x)]: (m[key(x)] ?? 0) + 1 }), {});

const FILES: Record<string, Read | Refused> = {
  'entra-bulk-create-template-filled.csv': {
    kind: 'user',
    rows: 15,
    check: (p) => {
      // 'version:v1.0' line skipped, bracketed headers resolved, ' No' trimmed and inverted, 'Tony ' trimmed.
      expect(p[0]).toMatchObject({ upn: 'tstark@christopherleyoutlook.onmicrosoft.com', displayName: 'Tony Stark', givenName: 'Tony', surname: 'Stark', enabled: true, origin: { line: 3 } });
      expect(p.every((x) => x.enabled === true && x.upn.endsWith('@christopherleyoutlook.onmicrosoft.com') && x.givenName.trim() === x.givenName)).toBe(true);
      // Its attribute columns (Job title [jobTitle] ... Mobile phone [mobile]) are all left empty.
      expect(p.every((x) => x.attributes === undefined)).toBe(true);
    },
  },
  'entra-download-groups-2025.csv': {
    kind: 'group',
    rows: 200,
    check: (p) => {
      // groupType in words: 'Security', 'Mail enabled security', 'Distribution'.
      expect(count(p, classifyGroup)).toEqual({ security: 192, distribution: 8 });
      expect(p.some((g) => /[\u4e00-\u9fff]/.test(g.displayName))).toBe(true);
    },
  },
  'get-mggroup-select-export-csv-tosin.csv': {
    kind: 'group',
    refused: 'missing-column',
    says: ["no column for 'id'", 'Looked for: id, objectId', 'Found: DisplayName, Description, SecurityEnabled, MailEnabled'],
  },
  'get-mguser-m365-devtenant-sample-users-redacted.csv': {
    kind: 'user',
    rows: 27,
    check: (p) => {
      expect(p.filter((x) => x.userType === 'Guest').map((x) => x.upn)).toEqual(['REDACTED#EXT#@REDACTED.onmicrosoft.com']);
      expect(p.every((x) => x.enabled === true)).toBe(true);
      expect(p[0]!.attributes).toEqual({ jobTitle: 'Retail Manager', department: 'Retail' });
      expect(p.find((x) => x.displayName === 'Lab Admin')!.attributes).toEqual({ department: 'IT' });
      expect(p.filter((x) => x.attributes === undefined).map((x) => x.displayName)).toEqual(['LAB Guest user', 'Lab BG Admin 01', 'Lab BG Admin 02', 'Pavel Dvorak']);
    },
  },
  'get-mguser-select-export-csv-tosin.csv': {
    kind: 'user',
    rows: 9,
    findings: ['empty-requested-column:accountEnabled'],
    check: (p) => {
      expect(p.every((x) => x.enabled === undefined && x.upn.includes('@'))).toBe(true);
      // Department empty throughout, JobTitle where set.
      expect(p.map((x) => x.attributes)).toEqual([
        { jobTitle: 'Systems Engineer' },
        { jobTitle: 'Sales Representative' },
        undefined,
        { jobTitle: 'Support Technician' },
        { jobTitle: 'Sales Director' },
        { jobTitle: 'HR Specialist' },
        undefined,
        undefined,
        { jobTitle: 'Financial Analyst' },
      ]);
    },
  },
  'get-mguser-userinventory-tosin.csv': {
    kind: 'user',
    rows: 10,
    findings: ['empty-requested-column:accountEnabled'],
    check: (p) => {
      expect(p.map((x) => x.displayName)).toContain('IT Helpdesk');
      // No attribute columns at all.
      expect(p.every((x) => x.attributes === undefined)).toBe(true);
    },
  },
};

describe.skipIf(DIR === undefined)('real exports in shared/data/real-exports', () => {
  it('every file of the folder has its expectation here', () => {
    expect(readdirSync(DIR!).filter((n) => n.endsWith('.csv')).sort()).toEqual(Object.keys(FILES).sort());
  });

  it.each(Object.entries(FILES))('%s', (name, expected) => {
    const file = join(DIR!, name);
    for (const tenant of ['source', 'target'] as const) {
      if ('refused' in expected) {
        let error: unknown;
        try {
          readExportFile(file, { kind: expected.kind, tenant });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(CtmapError);
        expect((error as CtmapError).code).toBe(expected.refused);
        for (const fragment of expected.says) expect(errorMessage(error as CtmapError)).toContain(fragment);
        continue;
      }
      const read = readExportFile(file, { kind: expected.kind, tenant });
      expect(read.principals).toHaveLength(expected.rows);
      expect(read.findings.map((f) => `${f.code}:${f.column ?? ''}`)).toEqual(expected.findings ?? []);
      expected.check(read.principals);
    }
  });
});
