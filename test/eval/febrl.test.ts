// The Febrl evaluation's conversion: reading the ", "-separated files, the ground truth pairs,
// EmployeeId from soc_sec_id, UPNs from names with admin-style numbering, and the exports
// read back by the project's reader. Precision numbers are measured by `npm run eval`, not here.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assignment, Principal } from '../../src/model.js';
import { readExportBytes } from '../../src/read/index.js';
import { scoreOutcome } from '../../scripts/febrl/outcome.js';
import { firstPairs, parseFebrl, readFebrlPairs, type FebrlRecord } from '../../scripts/febrl/read.js';
import { addressAttributes, febrlTenants, VARIANTS, type Variant } from '../../scripts/febrl/tenants.js';
import { localPartsFromNames } from '../../scripts/febrl/upn.js';
import { exportCsv } from '../../scripts/synthetic/tenants.js';
import { ROOT } from '../helpers/cli.js';
import { user } from '../helpers/principal.js';

const all = readFebrlPairs(join(ROOT, 'data', 'febrl'));
const slice = firstPairs(all, 200);
const variant = (id: Variant['id']): Variant => VARIANTS.find((v) => v.id === id)!;
const fullName = (r: FebrlRecord): string => [r.given, r.surname].filter((n) => n !== '').join(' ');

describe('reading Febrl', () => {
  it('trims the ", " separator from header and values', () => {
    const [first] = parseFebrl('rec_id, given_name, surname, street_number, soc_sec_id\nrec-1070-org, michaela, neumann, 8, 5304218\n');
    const address = { streetNumber: '8', address1: '', address2: '', suburb: '', postcode: '', state: '' };
    expect(first).toEqual({ recId: 'rec-1070-org', person: 1070, given: 'michaela', surname: 'neumann', socSecId: '5304218', address, row: 1 });
  });

  it('reads the address columns, 4b corruptions as they are', () => {
    expect(all.originals[0]!.address).toEqual({ streetNumber: '8', address1: 'stanley street', address2: 'miami', suburb: 'winston hills', postcode: '4223', state: 'nsw' });
    expect(all.duplicates[0]!.address).toEqual({ streetNumber: '3', address1: 'light setreet', address2: 'pinehill', suburb: 'windermere', postcode: '3212', state: 'vic' });
  });

  it('reads all 5,000 originals and their duplicates, with no value padded by a space', () => {
    expect(all.originals).toHaveLength(5000);
    expect(all.duplicates).toHaveLength(5000);
    expect(all.originals[0]).toMatchObject({ recId: 'rec-1070-org', given: 'michaela', surname: 'neumann', socSecId: '5304218', row: 1 });
    expect(all.duplicates[0]).toMatchObject({ recId: 'rec-561-dup-0', given: 'elton', surname: '', socSecId: '1551941', row: 1 });
    const padded = [...all.originals, ...all.duplicates].filter((r) => [r.given, r.surname, r.socSecId].some((v) => v !== v.trim()));
    expect(padded).toEqual([]);
  });

  it('slices the first 200 true pairs: 4a rows 1-200 and their 4b duplicates in 4b order', () => {
    expect(slice.originals.map((r) => r.row)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(slice.duplicates).toHaveLength(200);
    expect(new Set(slice.duplicates.map((r) => r.person))).toEqual(new Set(slice.originals.map((r) => r.person)));
    const rows = slice.duplicates.map((r) => r.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(slice.duplicates.every((r) => r.recId === `rec-${r.person}-dup-0`)).toBe(true);
  });
});

describe.each(VARIANTS)('conversion, $title', (v) => {
  const tenants = febrlTenants(slice, v);

  it('pairs every source with the row of its own duplicate', () => {
    expect(tenants.truth.size).toBe(200);
    for (const s of tenants.source) {
      const original = tenants.records.get(s.upn)!;
      const duplicate = tenants.records.get(tenants.truth.get(s.upn)!)!;
      expect(original.recId).toBe(`rec-${original.person}-org`);
      expect(duplicate.recId).toBe(`rec-${original.person}-dup-0`);
      expect(all.originals[original.row - 1]).toBe(original);
      expect(all.duplicates[duplicate.row - 1]).toBe(duplicate);
    }
  });

  it('carries soc_sec_id into EmployeeId only in the employee ID variant', () => {
    for (const u of [...tenants.source, ...tenants.target]) {
      expect(u.employeeId).toBe(v.employeeId ? tenants.records.get(u.upn)!.socSecId : '');
    }
  });

  it('writes exports that the project reader reads back unchanged', () => {
    for (const [tenant, users] of [['source', tenants.source], ['target', tenants.target]] as const) {
      const read = readExportBytes(Buffer.from(exportCsv(users, 'aaaaaaaa-0000-4000-8000-')), `${tenant}.csv`, { kind: 'user', tenant });
      expect(read.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(read.principals.map((p) => [p.upn, p.givenName, p.surname, p.displayName, p.employeeId])).toEqual(
        users.map((u) => {
          const r = tenants.records.get(u.upn)!;
          return [u.upn, r.given, r.surname, fullName(r), v.employeeId ? r.socSecId : ''];
        }),
      );
    }
  });

  it('writes the address as supporting attributes only in the address variant', () => {
    const columns = (users: readonly { hr?: object }[]): boolean => users.some((u) => u.hr !== undefined);
    expect(columns(tenants.source)).toBe(v.address);
    expect(columns(tenants.target)).toBe(v.address);
    if (!v.address) return;
    const header = exportCsv(tenants.target, 'b').split('\n')[0]!;
    expect(header).toContain('"StreetAddress","City","State","PostalCode"');
  });

  it('gives every user its own UPN', () => {
    expect(new Set(tenants.source.map((u) => u.upn.toLowerCase())).size).toBe(200);
    expect(new Set(tenants.target.map((u) => u.upn.toLowerCase())).size).toBe(200);
  });
});

describe('UPNs', () => {
  it('share nothing between the tenants without name-built local parts', () => {
    const t = febrlTenants(slice, variant('names'));
    // The row is the record's row in its whole file, so a slice keeps the full run's UPNs.
    expect(t.source.map((u) => u.upn)).toEqual(slice.originals.map((r) => `u${r.row}@contoso.example`));
    expect(t.target.map((u) => u.upn)).toEqual(slice.duplicates.map((r) => `t${r.row}@fabrikam.example`));
    expect(t.target[0]!.upn).toBe('t31@fabrikam.example');
  });

  it('number a repeated local part in file order, fold to ASCII, and fall back to the row', () => {
    const rows = [
      { given: 'john', surname: 'smith', row: 1 },
      { given: 'José', surname: 'van der Steege', row: 2 },
      { given: 'John', surname: 'Smith', row: 3 },
      { given: '', surname: 'smith', row: 4 },
      { given: 'jacob', surname: "o'shannessy", row: 5 },
      { given: 'john', surname: 'smith', row: 6 },
      { given: 'john', surname: '', row: 7 },
    ];
    expect(localPartsFromNames(rows, 'u')).toEqual(['john.smith', 'jose.vandersteege', 'john.smith2', 'u4', 'jacob.oshannessy', 'john.smith3', 'u7']);
  });

  it('are built from the corrupted 4b names on the target side, numbered per tenant', () => {
    const t = febrlTenants(all, variant('names-upn'));
    // 4a repeats full names (true ambiguity): the first in file order keeps the plain local part.
    const chloes = all.originals.filter((r) => r.given === 'chloe' && r.surname === 'white');
    expect(chloes).toHaveLength(6);
    const upns = t.source.filter((u) => chloes.includes(t.records.get(u.upn)!)).map((u) => u.upn);
    expect(upns).toEqual(chloes.map((_, i) => `chloe.white${i === 0 ? '' : i + 1}@contoso.example`));
    const first = t.target.find((u) => t.records.get(u.upn) === all.duplicates[0])!;
    expect(first.upn).toBe('t1@fabrikam.example'); // rec-561-dup-0 "elton" has no surname
  });
});

describe('address attributes', () => {
  it('join street number, address lines; suburb as city, postcode, state', () => {
    const t = febrlTenants(firstPairs(all, 1), variant('names-address'));
    expect(t.source[0]!.hr).toEqual({ streetAddress: '8 stanley street, miami', city: 'winston hills', postalCode: '4223', state: 'nsw' });
    const r = { ...all.originals[0]!, address: { streetNumber: '', address1: 'stanley street', address2: '', suburb: '', postcode: '', state: '' } };
    expect(addressAttributes(r)).toEqual({ streetAddress: 'stanley street', city: '', postalCode: '', state: '' });
  });
});

describe('scoring against the truth', () => {
  it('counts each true pair once: mapped right or wrong, right best in review/ambiguous/conflict, or missed', () => {
    const tenants = febrlTenants(firstPairs(all, 6), variant('names'));
    const sources = tenants.source.map((u) => user('source', u.upn, { givenName: u.given, surname: u.surname }));
    const targets = tenants.target.map((u) => user('target', u.upn, { givenName: u.given, surname: u.surname }));
    const trueTarget = (s: Principal): Principal => targets.find((t) => t.key === tenants.truth.get(s.key))!;
    const other = (s: Principal): Principal => targets.find((t) => t.key !== tenants.truth.get(s.key))!;
    const candidate = (s: Principal, t: Principal) => ({ source: s, target: t, evidence: [{ rule: 'employee-id' as const, strength: 'strong' as const, detail: '' }], score: 100, foundBy: 'employee-id' });
    const a = (i: number, status: Assignment['status'], to: ((s: Principal) => Principal) | undefined): Assignment => {
      const s = sources[i]!;
      // Any status with any best: the scorer must not trust the pairing.
      return { source: s, status, reason: 'identifier', best: to && candidate(s, to(s)), runnerUp: undefined, competing: [] } as Assignment;
    };
    const o = scoreOutcome(
      [a(0, 'matched', trueTarget), a(1, 'matched', other), a(2, 'review', trueTarget), a(3, 'ambiguous', trueTarget), a(4, 'conflict', trueTarget), a(5, 'unmatched', undefined)],
      targets,
      tenants,
      false,
    );
    expect(o).toMatchObject({ truePairs: 6, automatic: 2, correct: 1, wrong: 1, reviewRightBest: 1, ambiguousRightBest: 1, conflictRightBest: 1, missed: 1, precision: 0.5 });
    expect(o.coverage).toBeCloseTo(3 / 6);
    expect(o.wrongBy.map((r) => [r.key, r.count])).toEqual([['identifier: employee-id', 1]]);
    expect(o.missedBy.map((r) => [r.key, r.count])).toEqual([['unmatched/identifier: best no candidate', 1]]);
    expect(o.leftToPerson).toEqual({ 'ambiguous/identifier': 1, 'conflict/identifier': 1, 'review/identifier': 1, 'unmatched/identifier': 1 });
    expect(o.wrongPairs).toHaveLength(1);
    expect(o.wrongPairs[0]!.source).toMatch(/^rec-\d+-org /);
    expect(o.wrongPairs[0]!.trueTarget).toMatch(/^rec-\d+-dup-0 /);
  });
});
