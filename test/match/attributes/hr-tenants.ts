// Two small HR-synced tenants for the attribute tests: people settled by employee ID, each with
// a mobile phone, an office and a job title they keep, and a department reorganised at the
// merger (drawn again on the target side), so that it agrees no more than by chance.

import type { Principal, SupportingValues } from '../../../src/model.js';
import { person, user } from '../../helpers/principal.js';

const OFFICES = ['Oslo', 'Bergen', 'Paris', 'Lyon', 'Berlin', 'Munich', 'Madrid', 'Rome', 'Vienna', 'Prague'];
const TITLES = Array.from({ length: 30 }, (_, i) => `Specialist ${String.fromCharCode(65 + (i % 26))}${i}`);
const DEPARTMENTS = ['Sales', 'Finance', 'Legal', 'IT', 'HR', 'Operations'];

export function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 0x100000000;
  };
}

export interface HrPerson {
  mobile: string;
  office: string;
  title: string;
}

export function hrPerson(random: () => number, i: number): HrPerson {
  return {
    mobile: `+47 4${String(1000000 + i * 7919).slice(-7)}`,
    office: OFFICES[Math.floor(random() * OFFICES.length)]!,
    title: TITLES[Math.floor(random() * TITLES.length)]!,
  };
}

export function values(p: HrPerson, random: () => number): SupportingValues {
  return { mobilePhone: p.mobile, office: p.office, jobTitle: p.title, department: DEPARTMENTS[Math.floor(random() * DEPARTMENTS.length)]!, usageLocation: 'NO' };
}

/** `count` people in both tenants, each pair sharing an employee ID and its HR attributes. */
export function settledTenants(count: number, seed = 7): { sources: Principal[]; targets: Principal[] } {
  const random = lcg(seed);
  const sources: Principal[] = [];
  const targets: Principal[] = [];
  for (let i = 0; i < count; i++) {
    const hr = hrPerson(random, i);
    const given = `Given${i}`;
    const surname = `Family${i}`;
    sources.push(user('source', `p${i}@contoso.com`, person(given, surname, { employeeId: `E${i}`, attributes: values(hr, random) })));
    targets.push(user('target', `p${i}@fabrikam.com`, person(given, surname, { employeeId: `E${i}`, attributes: values(hr, random) })));
  }
  return { sources, targets };
}
