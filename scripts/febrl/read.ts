// Reads the Febrl 4a (originals) and 4b (one corrupted duplicate each) files and pairs them by
// rec_id. Febrl separates header and values with ", ", so csv-parse trims around every value.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

// Only the columns the evaluation uses; zod drops the birth date. The address columns default
// to '' so that a file without them still reads.
const address = z.string().default('');
const rowSchema = z.object({
  rec_id: z.string().regex(/^rec-\d+-(?:org|dup-\d+)$/),
  given_name: z.string(),
  surname: z.string(),
  street_number: address,
  address_1: address,
  address_2: address,
  suburb: address,
  postcode: address,
  state: address,
  soc_sec_id: z.string().min(1),
});

/** Febrl's address, as corrupted in 4b; '' where a value is missing. */
export interface FebrlAddress {
  streetNumber: string;
  address1: string;
  address2: string;
  suburb: string;
  postcode: string;
  state: string;
}

export interface FebrlRecord {
  recId: string;
  /** The N of rec-N-org / rec-N-dup-0: the same person in 4a and 4b. */
  person: number;
  given: string;
  surname: string;
  socSecId: string;
  address: FebrlAddress;
  /** 1-based data row in its file (the header is row 0). */
  row: number;
}

/** 4a and 4b in file order; `duplicates` holds exactly one record per original. */
export interface FebrlPairs {
  originals: FebrlRecord[];
  duplicates: FebrlRecord[];
}

export function parseFebrl(text: string | Uint8Array): FebrlRecord[] {
  const rows = z.array(rowSchema).parse(parse(text, { columns: true, trim: true, skip_empty_lines: true }));
  return rows.map((r, i) => ({
    recId: r.rec_id,
    person: Number(/^rec-(\d+)-/.exec(r.rec_id)![1]),
    given: r.given_name,
    surname: r.surname,
    socSecId: r.soc_sec_id,
    address: { streetNumber: r.street_number, address1: r.address_1, address2: r.address_2, suburb: r.suburb, postcode: r.postcode, state: r.state },
    row: i + 1,
  }));
}

export function readFebrlPairs(dir: string): FebrlPairs {
  const read = (name: string): FebrlRecord[] => parseFebrl(readFileSync(join(dir, name)));
  return pairUp(read('dataset4a.csv'), read('dataset4b.csv'));
}

/** Checks the ground truth: rec-N-org in 4a, rec-N-dup-0 in 4b, one for one. */
export function pairUp(originals: FebrlRecord[], duplicates: FebrlRecord[]): FebrlPairs {
  const persons = (records: readonly FebrlRecord[], suffix: string): Set<number> => {
    const seen = new Set<number>();
    for (const r of records) {
      if (r.recId !== `rec-${r.person}-${suffix}`) throw new Error(`${r.recId}: expected rec-N-${suffix}`);
      if (seen.has(r.person)) throw new Error(`${r.recId}: listed twice`);
      seen.add(r.person);
    }
    return seen;
  };
  const org = persons(originals, 'org');
  const dup = persons(duplicates, 'dup-0');
  const unpaired = [...org].filter((n) => !dup.has(n)).concat([...dup].filter((n) => !org.has(n)));
  if (unpaired.length > 0) throw new Error(`records without their pair: rec-${unpaired.slice(0, 5).join(', rec-')}`);
  return { originals, duplicates };
}

/** The first `count` originals of 4a and their duplicates, each in its file order. */
export function firstPairs(pairs: FebrlPairs, count: number): FebrlPairs {
  const originals = pairs.originals.slice(0, count);
  const wanted = new Set(originals.map((r) => r.person));
  return { originals, duplicates: pairs.duplicates.filter((r) => wanted.has(r.person)) };
}
