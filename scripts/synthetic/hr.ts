// HR attributes for the synthetic tenants, as an HR-synced company merged into another would
// export them: the same person mostly keeps mobile phone, business phone, job title and office
// (with its street, city and postal code) across the tenants; the company is renamed by the
// merger; departments were reorganised, so a true pair agrees on one no more often than two
// random people do. Each tenant's admins write phones their own way: the source international
// ("+1 425 555 0100", "+49 30 1234567"), the target national where the phone is of the row's own
// country ("(425) 555-0100", "030 1234567"), the country and usage location telling the region.

import type { HrValues } from './hr-columns.js';

interface Country {
  code: string;
  name: string;
  /** Calling code. */
  cc: string;
  /** Mobile prefixes (national significant number, without the trunk 0). */
  mobile: readonly string[];
  /** Digits after a mobile prefix. */
  mobileDigits: number;
  /** National significant number → the two ways of writing it. */
  international: (nsn: string) => string;
  national: (nsn: string) => string;
}

const pairs = (s: string): string => s.replace(/(\d\d)(?=\d)/g, '$1 ');

// Numbers are random digits in valid ranges (libphonenumber metadata), not 555-01xx: a fictional
// range holds too few numbers for a million people.
const COUNTRIES: Record<string, Country> = {
  US: {
    code: 'US',
    name: 'United States',
    cc: '1',
    mobile: ['206', '253', '312', '415', '425', '512', '617', '646', '713', '917'],
    mobileDigits: 7,
    international: (n) => `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    national: (n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
  },
  DE: {
    code: 'DE',
    name: 'Germany',
    cc: '49',
    mobile: ['151', '152', '160', '170', '171', '172', '175', '176'],
    mobileDigits: 8,
    // The area code is as long as the office's prefix: split before the subscriber number.
    international: (n) => `+49 ${splitDe(n)}`,
    national: (n) => `0${splitDe(n)}`,
  },
  GB: {
    code: 'GB',
    name: 'United Kingdom',
    cc: '44',
    mobile: ['7781', '7825', '7946', '7400', '7712', '7507', '7824'],
    mobileDigits: 6,
    international: (n) => `+44 ${splitGb(n)}`,
    national: (n) => `0${splitGb(n)}`,
  },
  FR: {
    code: 'FR',
    name: 'France',
    cc: '33',
    mobile: ['61', '62', '66', '68', '75', '76', '78'],
    mobileDigits: 7,
    international: (n) => `+33 ${n[0]} ${pairs(n.slice(1))}`,
    national: (n) => `0${n[0]} ${pairs(n.slice(1))}`,
  },
};

const DE_AREAS = ['30', '40', '69', '89', '151', '152', '160', '170', '171', '172', '175', '176'];
const splitDe = (n: string): string => {
  const area = DE_AREAS.find((a) => n.startsWith(a)) ?? n.slice(0, 3);
  return `${area} ${n.slice(area.length)}`;
};
const splitGb = (n: string): string => {
  if (n.startsWith('20')) return `20 ${n.slice(2, 6)} ${n.slice(6)}`;
  return n.startsWith('7') ? `${n.slice(0, 4)} ${n.slice(4)}` : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
};

interface Office {
  name: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: Country;
  /** Business line prefix (national significant number) and how many digits follow. */
  line: string;
  lineDigits: number;
  /** Share of the staff. */
  weight: number;
}

const office = (name: string, street: string, city: string, state: string, postalCode: string, country: string, line: string, lineDigits: number, weight: number): Office => ({
  name,
  street,
  city,
  state,
  postalCode,
  country: COUNTRIES[country]!,
  line,
  lineDigits,
  weight,
});

// The source company's offices. Two in one city (Redmond, Berlin) so that "same city" is a
// weaker agreement than "same office".
const OFFICES: readonly Office[] = [
  office('Redmond B40', '1 Contoso Way', 'Redmond', 'WA', '98052', 'US', '425', 7, 18),
  office('Redmond B92', '15010 NE 36th St', 'Redmond', 'WA', '98052', 'US', '425', 7, 8),
  office('Seattle Downtown', '1200 5th Ave', 'Seattle', 'WA', '98101', 'US', '206', 7, 6),
  office('New York', '11 Times Sq', 'New York', 'NY', '10036', 'US', '212', 7, 8),
  office('Chicago', '200 E Randolph St', 'Chicago', 'IL', '60601', 'US', '312', 7, 5),
  office('Austin', '10900 Stonelake Blvd', 'Austin', 'TX', '78759', 'US', '512', 7, 5),
  office('Boston', '1 Cambridge Center', 'Cambridge', 'MA', '02142', 'US', '617', 7, 4),
  office('Berlin Mitte', 'Unter den Linden 17', 'Berlin', 'Berlin', '10117', 'DE', '30', 8, 7),
  office('Berlin Adlershof', 'Rudower Chaussee 29', 'Berlin', 'Berlin', '12489', 'DE', '30', 8, 3),
  office('München', 'Walter-Gropius-Straße 5', 'München', 'Bayern', '80807', 'DE', '89', 8, 6),
  office('Frankfurt', 'Mainzer Landstraße 50', 'Frankfurt am Main', 'Hessen', '60325', 'DE', '69', 8, 4),
  office('Hamburg', 'Jungfernstieg 38', 'Hamburg', 'Hamburg', '20354', 'DE', '40', 8, 3),
  office('London Paddington', '2 Kingdom St', 'London', 'England', 'W2 6BD', 'GB', '207', 7, 7),
  office('Manchester', '1 Spinningfields', 'Manchester', 'England', 'M3 3JE', 'GB', '161', 7, 3),
  office('Paris', '39 Quai du Président Roosevelt', 'Issy-les-Moulineaux', 'Île-de-France', '92130', 'FR', '1', 8, 6),
  office('Lyon', '10 Rue de la République', 'Lyon', 'Auvergne-Rhône-Alpes', '69002', 'FR', '4', 8, 2),
];

// The target's own offices, where a moved person may land.
const TARGET_OFFICES: readonly Office[] = [
  ...OFFICES,
  office('Atlanta', '1000 Peachtree St NE', 'Atlanta', 'GA', '30309', 'US', '404', 7, 5),
  office('Düsseldorf', 'Königsallee 92', 'Düsseldorf', 'Nordrhein-Westfalen', '40212', 'DE', '211', 7, 3),
];

// Job titles by how many hold them (the first most).
const TITLES = [
  'Software Engineer', 'Senior Software Engineer', 'Account Executive', 'Customer Success Manager', 'Program Manager', 'Sales Representative',
  'Support Engineer', 'Data Analyst', 'Product Manager', 'Marketing Specialist', 'Financial Analyst', 'HR Business Partner', 'Project Manager',
  'Principal Engineer', 'Solution Architect', 'Engineering Manager', 'Recruiter', 'Accountant', 'Business Analyst', 'Designer', 'Technical Writer',
  'Office Manager', 'Executive Assistant', 'Legal Counsel', 'Procurement Specialist', 'Security Engineer', 'Site Reliability Engineer', 'Data Scientist',
  'Director of Sales', 'Director of Engineering', 'Controller', 'Payroll Specialist', 'IT Administrator', 'Network Engineer', 'QA Engineer',
  'Content Strategist', 'Sales Manager', 'Regional Manager', 'Partner Manager', 'Vice President', 'Facilities Coordinator', 'Trainer',
];

const DEPARTMENTS = [
  'Engineering', 'Sales', 'Customer Success', 'Marketing', 'Finance', 'Human Resources', 'Operations', 'Legal', 'IT', 'Product',
  'Research', 'Support', 'Procurement', 'Facilities', 'Communications', 'Strategy',
];

const SOURCE_COMPANY = 'Contoso Ltd.';
const TARGET_COMPANY = 'Fabrikam, Inc.';

type Phone = { country: Country; nsn: string };

/** What a person carries between the tenants: numbers as national significant numbers. */
export interface HrPerson {
  office: Office;
  title: string;
  department: string;
  /** Undefined for someone without a company mobile. */
  mobile: Phone | undefined;
  business: Phone;
  /** The values this tenant's export leaves empty. */
  blank: ReadonlySet<'office' | 'title' | 'department' | 'mobile' | 'business'>;
}

const pickFrom = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const digits = (random: () => number, n: number): string => {
  // The first digit 2-9: NANP subscriber numbers and most others cannot start with 0 or 1.
  let s = String(2 + Math.floor(random() * 8));
  while (s.length < n) s += String(Math.floor(random() * 10));
  return s;
};
const weighted = (random: () => number, offices: readonly Office[]): Office => {
  let u = random() * offices.reduce((n, o) => n + o.weight, 0);
  for (const o of offices) if ((u -= o.weight) <= 0) return o;
  return offices[0]!;
};
// Rank r with weight about 1/r: a few titles are common, most rare.
const zipf = <T>(random: () => number, items: readonly T[]): T => items[Math.min(items.length - 1, Math.floor(Math.exp(random() * Math.log(items.length + 1))) - 1)]!;

const mobileOf = (random: () => number, country: Country): Phone => ({ country, nsn: pickFrom(random, country.mobile) + digits(random, country.mobileDigits) });
const lineOf = (random: () => number, o: Office): Phone => ({ country: o.country, nsn: o.line + digits(random, o.lineDigits) });

/** Each value left empty with its share (the source's HR feed, the target's admins). */
function blanks(random: () => number, shares: Readonly<Record<'office' | 'title' | 'department' | 'mobile' | 'business', number>>): HrPerson['blank'] {
  return new Set((Object.keys(shares) as (keyof typeof shares)[]).filter((k) => random() < shares[k]));
}

/** A person as the source HR system knows them. */
export function hrPerson(random: () => number): HrPerson {
  const office = weighted(random, OFFICES);
  return {
    office,
    title: zipf(random, TITLES),
    department: pickFrom(random, DEPARTMENTS),
    mobile: random() < 0.85 ? mobileOf(random, office.country) : undefined,
    business: lineOf(random, office),
    blank: blanks(random, { office: 0.05, title: 0.05, department: 0.03, mobile: 0, business: 0.1 }),
  };
}

/**
 * The same person in the target: mobile kept 90%, business phone 80%, job title 80%, office 85%
 * (else another, and the business line with it); the department drawn afresh (the merger's
 * reorganisation). A value kept may still be empty in the target's export.
 */
export function carriedOver(random: () => number, p: HrPerson): HrPerson {
  const moved = random() >= 0.85;
  const office = moved ? weighted(random, TARGET_OFFICES) : p.office;
  const keepMobile = random() < 0.9;
  const keepLine = !moved && random() < 0.8 / 0.85;
  const keepTitle = random() < 0.8;
  return {
    office,
    title: keepTitle ? p.title : zipf(random, TITLES),
    department: pickFrom(random, DEPARTMENTS),
    // A new mobile is of the same country; someone without one may have been given one.
    mobile: keepMobile ? p.mobile : random() < 0.5 ? mobileOf(random, (p.mobile ?? mobileOf(random, office.country)).country) : undefined,
    business: keepLine ? p.business : lineOf(random, office),
    blank: blanks(random, { office: 0.03, title: 0.05, department: 0.03, mobile: 0.1, business: 0.08 }),
  };
}

/** Someone else: a new hire or a namesake in the target, attributes of their own. */
export function strangerInTarget(random: () => number): HrPerson {
  return carriedOver(random, { ...hrPerson(random), office: weighted(random, TARGET_OFFICES) });
}

/** The export columns, written as the tenant's admins write them. */
export function hrValues(p: HrPerson, tenant: 'source' | 'target'): HrValues {
  const home = p.office.country;
  const office = p.blank.has('office') ? undefined : p.office;
  const phone = (n: Phone | undefined, field: 'mobile' | 'business'): string | undefined => {
    if (n === undefined || p.blank.has(field)) return undefined;
    // The target's admins write a domestic number nationally, a foreign one internationally.
    return tenant === 'target' && n.country === home ? n.country.national(n.nsn) : n.country.international(n.nsn);
  };
  // One object shape for every user (an empty value is undefined, not absent): a million of
  // them stay small.
  return {
    jobTitle: p.blank.has('title') ? undefined : p.title,
    department: p.blank.has('department') ? undefined : p.department,
    officeLocation: office?.name,
    companyName: tenant === 'source' ? SOURCE_COMPANY : TARGET_COMPANY,
    streetAddress: office?.street,
    city: office?.city,
    state: office?.state,
    postalCode: office?.postalCode,
    country: office?.country.name,
    businessPhones: phone(p.business, 'business'),
    mobilePhone: phone(p.mobile, 'mobile'),
    // Set for every licensed user, office or not.
    usageLocation: home.code,
  };
}
