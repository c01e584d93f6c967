// Seeded synthetic source and target tenants for the benchmark: multilingual names with
// realistic frequencies, and the ways target accounts get pre-created (same UPN, employee ID
// carried, source address kept as a proxy, or nothing but a name variant), plus leavers and
// new hires. Every source knows its true target, for measuring.

import { stringify } from 'csv-stringify/sync';
import { fold } from '../../src/match/names/fold.js';
import { formalNames } from '../../src/match/names/nicknames.js';
import { frequencyTable, type FrequencyTable } from './frequency.js';
import { NICKNAMES } from '../../src/match/names/nickname-data.js';
import { HR_COLUMNS, HR_HEADER, type HrValues } from './hr-columns.js';
import { carriedOver, hrPerson, hrValues, strangerInTarget } from './hr.js';
import { POOLS, type Pool } from './names.js';

/**
 * `realistic` (the default): names by Zipf-like frequency over long lists (frequency.ts), so that
 * namesakes and numbered UPN families grow with the tenant. `legacy`: the distribution the
 * README's earlier numbers were measured with (a rare syllable name for 60% of surnames and 45%
 * of given names, drawn afresh each time), kept for comparison.
 */
export type NameDistribution = 'realistic' | 'legacy';
export const NAME_DISTRIBUTIONS: readonly NameDistribution[] = ['realistic', 'legacy'];

export interface SyntheticUser {
  upn: string;
  given: string;
  surname: string;
  mail: string;
  proxies: string[];
  employeeId: string;
  /** Supporting attributes by export column; a missing one is written empty. */
  hr?: HrValues;
}

export interface SyntheticTenants {
  source: SyntheticUser[];
  target: SyntheticUser[];
  /** Source UPN → true target UPN ('' for leavers). */
  truth: Map<string, string>;
  /**
   * Target UPN → the source UPN whose name it was given, for targets that are someone else:
   * decoys (a namesake or nickname variant with attributes of their own) and the unrelated
   * exact namesake of a namesake trap. Empty without HR attributes.
   */
  decoys: Map<string, string>;
  /** Source UPNs of the namesake traps ("Robert X" → "Bob X" beside an unrelated "Robert X"). */
  traps: Set<string>;
}

export interface GenerateOptions {
  /** HR attributes and decoys; default: with realistic names (legacy stays byte for byte). */
  hr?: boolean;
  /** Namesake traps per source user (0.01: one in a hundred more), default 0; needs `hr`. */
  traps?: number;
}

/** Share of source users given a decoy in the target. */
const DECOY_SHARE = 0.03;

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// Rank r is drawn with weight 1/sqrt(r): the top names are common (Smith about 1% of people),
// and the tail is long, as in real populations.
function ranked(random: () => number, n: number): number {
  const top = Math.sqrt(n + 1) - 1;
  const r = (1 + random() * top) ** 2;
  return Math.min(n - 1, Math.floor(r) - 1);
}

// Most surnames and nearly half of the given names come from a long tail of rare names built
// from syllables; without it, far more people would share a full name than in a real company.
const STEMS = ['ash', 'bel', 'cor', 'dal', 'el', 'far', 'gor', 'hal', 'is', 'jor', 'kel', 'lan', 'mar', 'nor', 'or', 'pen', 'quin', 'ros', 'sal', 'tor', 'ul', 'var', 'wes', 'yar', 'zel'];
const MIDDLES = ['', 'a', 'e', 'i', 'o', 'an', 'er', 'in', 'ol', 'ur'];
const ENDINGS = ['ton', 'ley', 'ford', 'mann', 'berg', 'ez', 'ski', 'sen', 'ini', 'ov', 'ard', 'ens', 'ic', 'oglu', 'ani'];

const GIVEN_ENDINGS = ['a', 'o', 'an', 'en', 'ia', 'is', 'el', 'ine', 'us', 'y'];
const capital = (word: string): string => word[0]!.toUpperCase() + word.slice(1);
const rareSurname = (random: () => number): string => capital(pick(random, STEMS) + pick(random, MIDDLES) + pick(random, STEMS) + pick(random, ENDINGS));
const rareGiven = (random: () => number): string => capital(pick(random, STEMS) + pick(random, MIDDLES) + pick(random, GIVEN_ENDINGS));

const tables = new Map<Pool, FrequencyTable>();
function realisticPerson(random: () => number): [given: string, surname: string] {
  const p = pool(random);
  let table = tables.get(p);
  if (!table) tables.set(p, (table = frequencyTable(p)));
  return [table.given(random), table.surname(random)];
}

function legacyPerson(random: () => number): [given: string, surname: string] {
  const p = pool(random);
  const given = random() < 0.45 ? rareGiven(random) : p.given[ranked(random, p.given.length)]!;
  const surname = random() < 0.6 ? rareSurname(random) : p.surnames[ranked(random, p.surnames.length)]!;
  return [given, surname];
}


function pool(random: () => number): Pool {
  const total = POOLS.reduce((n, p) => n + p.weight, 0);
  let u = random() * total;
  for (const p of POOLS) {
    u -= p.weight;
    if (u <= 0) return p;
  }
  return POOLS[0]!;
}

/** A name as one UPN word: folded to ASCII, spaces dropped (De Jong → dejong). */
export const local = (name: string): string => fold(name).replace(/ /g, '');

/** A name as another admin might have typed it for the target account. */
function variant(random: () => number, given: string, surname: string): [string, string] {
  const u = random();
  if (u < 0.25) {
    const nick = formalNames(fold(given))[0];
    if (nick) return [nick[0]!.toUpperCase() + nick.slice(1), surname];
  }
  if (u < 0.5) return [given, typo(random, surname)];
  if (u < 0.65) return [typo(random, given), surname];
  if (u < 0.8) return [fold(given).replace(/^./, (c) => c.toUpperCase()), fold(surname).replace(/\b./g, (c) => c.toUpperCase())];
  if (u < 0.88) return [surname, given];
  if (u < 0.95) return [`${given[0]}.`, surname];
  return [given, surname.split(/[- ]/)[0]!];
}

function typo(random: () => number, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = random();
  if (kind < 0.4) return word.slice(0, i) + word.slice(i + 1);
  if (kind < 0.7) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + 'aeiou'[Math.floor(random() * 5)] + word.slice(i + 1);
}

export function generateTenants(count: number, seed: number, names: NameDistribution = 'realistic', options: GenerateOptions = {}): SyntheticTenants {
  const random = rng(seed);
  // HR attributes, decoys and traps draw from a stream of their own, so the names, accounts and
  // truth are those of the tenants without them.
  const withHr = options.hr ?? names === 'realistic';
  const hrRandom = rng(seed ^ 0x48522d31);
  const decoyFor: { source: SyntheticUser; exact: boolean }[] = [];
  const personOf = names === 'legacy' ? legacyPerson : realisticPerson;
  const source: SyntheticUser[] = [];
  const target: SyntheticUser[] = [];
  const truth = new Map<string, string>();
  const taken = new Set<string>();
  const unique = (base: string, domain: string): string => {
    let upn = `${base}@${domain}`;
    for (let n = 2; taken.has(upn); n++) upn = `${base}${n}@${domain}`;
    taken.add(upn);
    return upn;
  };

  for (let i = 0; i < count; i++) {
    const [given, surname] = personOf(random);
    const upn = unique(`${local(given)}.${local(surname)}`, 'contoso.com');
    const employeeId = `E${100000 + i}`;
    const s: SyntheticUser = { upn, given, surname, mail: upn, proxies: [`SMTP:${upn}`], employeeId };
    source.push(s);
    const person = withHr ? hrPerson(hrRandom) : undefined;
    if (person) s.hr = hrValues(person, 'source');

    const kind = random();
    if (kind < 0.08) {
      truth.set(upn, '');
      continue;
    }
    let t: SyntheticUser;
    if (kind < 0.6) {
      const tu = `${upn.slice(0, upn.indexOf('@'))}@fabrikam.com`;
      taken.add(tu);
      t = { upn: tu, given, surname, mail: tu, proxies: [`SMTP:${tu}`], employeeId: random() < 0.5 ? employeeId : '' };
    } else if (kind < 0.75) {
      const tu = unique(`${local(given)[0]}${local(surname)}`, 'fabrikam.com');
      t = { upn: tu, given, surname, mail: tu, proxies: [`SMTP:${tu}`], employeeId };
    } else if (kind < 0.8) {
      const tu = unique(`${local(given)[0]}${local(surname)}`, 'fabrikam.com');
      t = { upn: tu, given, surname, mail: tu, proxies: [`SMTP:${tu}`, `smtp:${upn}`], employeeId: '' };
    } else {
      const [tg, ts] = random() < 0.6 ? [given, surname] : variant(random, given, surname);
      const tu = unique(`${local(tg)[0] ?? 'x'}${local(ts)}`, 'fabrikam.com');
      t = { upn: tu, given: tg, surname: ts, mail: '', proxies: [], employeeId: '' };
    }
    if (person) {
      t.hr = hrValues(carriedOver(hrRandom, person), 'target');
      // A decoy is safe for today's matcher where an identifier or the exact name finds the true
      // target; a nickname decoy only beside an exact true target (else it is a namesake trap).
      const exactTarget = t.given === given && t.surname === surname;
      if ((kind < 0.8 || exactTarget) && hrRandom() < DECOY_SHARE) decoyFor.push({ source: s, exact: hrRandom() < 0.5 || nicknamesOf(given).length === 0 });
    }
    target.push(t);
    truth.set(upn, t.upn);
  }
  for (let i = 0; i < count * 0.05; i++) {
    const [given, surname] = personOf(random);
    const tu = unique(`${local(given)}.${local(surname)}`, 'fabrikam.com');
    const hire: SyntheticUser = { upn: tu, given, surname, mail: tu, proxies: [`SMTP:${tu}`], employeeId: `F${500000 + i}` };
    if (withHr) hire.hr = hrValues(strangerInTarget(hrRandom), 'target');
    target.push(hire);
  }
  const decoys = new Map<string, string>();
  // Pre-created accounts with nothing but a name: no mail, no employee ID.
  const nameOnly = (given: string, surname: string): SyntheticUser => {
    const tu = unique(`${local(given)[0] ?? 'x'}${local(surname)}`, 'fabrikam.com');
    return { upn: tu, given, surname, mail: '', proxies: [], employeeId: '', hr: hrValues(strangerInTarget(hrRandom), 'target') };
  };
  for (const { source: s, exact } of decoyFor) {
    const d = nameOnly(exact ? s.given : pick(hrRandom, nicknamesOf(s.given)), s.surname);
    target.push(d);
    decoys.set(d.upn, s.upn);
  }
  const traps = new Set<string>();
  for (let i = 0; withHr && i < count * (options.traps ?? 0); i++) {
    // "Robert X" whose account became "Bob X", while an unrelated "Robert X" joined the target.
    let [given, surname] = personOf(hrRandom);
    while (nicknamesOf(given).length === 0) [given, surname] = personOf(hrRandom);
    const upn = unique(`${local(given)}.${local(surname)}`, 'contoso.com');
    const person = hrPerson(hrRandom);
    source.push({ upn, given, surname, mail: upn, proxies: [`SMTP:${upn}`], employeeId: `E${100000 + count + i}`, hr: hrValues(person, 'source') });
    const own = nameOnly(pick(hrRandom, nicknamesOf(given)), surname);
    own.hr = hrValues(carriedOver(hrRandom, person), 'target');
    const namesake = nameOnly(given, surname);
    target.push(own, namesake);
    truth.set(upn, own.upn);
    decoys.set(namesake.upn, upn);
    traps.add(upn);
  }
  return { source, target: shuffle(random, target), truth, decoys, traps };
}

let nicknames: Map<string, string[]> | undefined;
/** Nicknames of a formal given name, capitalised ("Robert" → Bob, Bobby, Rob, ...). */
export function nicknamesOf(given: string): string[] {
  if (!nicknames) {
    nicknames = new Map();
    for (const entry of NICKNAMES) {
      const [name = '', list = ''] = entry.split(':');
      if (list !== '') nicknames.set(name, list.split(',').map(capital));
    }
  }
  return nicknames.get(fold(given)) ?? [];
}

function shuffle<T>(random: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export const EXPORT_HEADER = ['Id', 'UserPrincipalName', 'DisplayName', 'GivenName', 'Surname', 'Mail', 'ProxyAddresses', 'EmployeeId', 'UserType', 'AccountEnabled'];

/**
 * A PowerShell 7 style Get-MgUser export. With `shuffleSeed`, the rows (each keeping its Id) are
 * written in another order, to check that the outputs do not depend on input order. The
 * supporting attribute columns follow when any user has one (so the legacy bytes stay as they were).
 */
export function exportCsv(users: readonly SyntheticUser[], idPrefix: string, shuffleSeed?: number): string {
  return [...exportCsvChunks(users, idPrefix, shuffleSeed)].join('');
}

const CHUNK = 1_000;

/** exportCsv's text in pieces of a thousand rows, so a million users are written without one huge string. */
export function* exportCsvChunks(users: readonly SyntheticUser[], idPrefix: string, shuffleSeed?: number): Generator<string> {
  const hr = users.some((u) => u.hr !== undefined);
  const order = users.map((_, i) => i);
  if (shuffleSeed !== undefined) shuffle(rng(shuffleSeed), order);
  const row = (i: number): string[] => {
    const u = users[i]!;
    return [
      `${idPrefix}${String(i).padStart(12, '0')}`,
      u.upn,
      [u.given, u.surname].filter((n) => n !== '').join(' '),
      u.given,
      u.surname,
      u.mail,
      u.proxies.join(' '),
      u.employeeId,
      'Member',
      'True',
      ...(hr ? HR_COLUMNS.map((c) => u.hr?.[c] ?? '') : []),
    ];
  };
  const options = { quoted: true, quoted_empty: true };
  yield stringify([hr ? [...EXPORT_HEADER, ...HR_HEADER] : EXPORT_HEADER], options);
  for (let at = 0; at < order.length; at += CHUNK) yield stringify(order.slice(at, at + CHUNK).map(row), options);
}
