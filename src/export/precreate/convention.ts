// The target tenant's UPN convention, learned from the pairs already matched: which pattern
// turns a person's names into the local part (first.last, flast, first_last), how it numbers a
// second person of the same name (john.smith2, john.smith.1), and which target domain each
// source domain's people get. Nothing is assumed that the target does not show.

import { fold } from '../../match/names/fold.js';

export const PATTERNS = ['first.last', 'flast', 'first_last'] as const;
export type Pattern = (typeof PATTERNS)[number];

export interface NamedPair {
  givenName: string;
  surname: string;
  sourceUpn: string;
  targetUpn: string;
}

export interface Convention {
  pattern: Pattern;
  /** How many matched pairs follow each pattern; all zero when none does (first.last assumed). */
  votes: Readonly<Record<Pattern, number>>;
  /** Between the name and the number of a repeated name: '' (john.smith2), '.', '_' or '-'. */
  separator: string;
  /** The first number the target gives a repeated name. */
  firstNumber: number;
  /** Target domain per source domain (lowercase), by the most matched pairs; ties by name. */
  domains: ReadonlyMap<string, string>;
  /** The target domain most matched pairs use (or, with none, most target UPNs), for a source domain no pair shows. */
  defaultDomain: string | undefined;
}

/** A name as a UPN part: folded to ASCII letters and digits; '' when nothing is left. */
export function upnPart(name: string): string {
  return fold(name).replace(/[^a-z0-9]/g, '');
}

export function localPart(pattern: Pattern, givenName: string, surname: string): string {
  const first = upnPart(givenName);
  const last = upnPart(surname);
  if (first === '' || last === '') return '';
  if (pattern === 'flast') return `${first[0]}${last}`;
  return `${first}${pattern === 'first.last' ? '.' : '_'}${last}`;
}

const split = (upn: string): [string, string] => {
  const at = upn.lastIndexOf('@');
  return [upn.slice(0, at).toLowerCase(), upn.slice(at + 1).toLowerCase()];
};

const NUMBERED = /^(.*?)([._-]?)(\d+)$/;

export function inferConvention(pairs: readonly NamedPair[], targetUpns: readonly string[]): Convention {
  const votes = Object.fromEntries(PATTERNS.map((p) => [p, 0])) as Record<Pattern, number>;
  const numbering = new Map<string, number>();
  const numbers: number[] = [];
  const domainVotes = new Map<string, Map<string, number>>();
  for (const p of pairs) {
    const [local, domain] = split(p.targetUpn);
    const [, sourceDomain] = split(p.sourceUpn);
    const perSource = domainVotes.get(sourceDomain) ?? new Map<string, number>();
    perSource.set(domain, (perSource.get(domain) ?? 0) + 1);
    domainVotes.set(sourceDomain, perSource);
    for (const pattern of PATTERNS) {
      const base = localPart(pattern, p.givenName, p.surname);
      if (base !== '' && local === base) votes[pattern]++;
    }
  }
  // Numbering: a numbered local part whose unnumbered form the target also holds.
  const locals = new Set(targetUpns.map((u) => split(u)[0]));
  for (const local of locals) {
    const m = NUMBERED.exec(local);
    if (!m || m[1] === '' || !locals.has(m[1]!)) continue;
    numbering.set(m[2]!, (numbering.get(m[2]!) ?? 0) + 1);
    numbers.push(Number(m[3]));
  }
  const pattern = PATTERNS.reduce((best, p) => (votes[p] > votes[best] ? p : best), PATTERNS[0]);
  const domains = new Map([...domainVotes].map(([source, targets]) => [source, mostVoted(targets)!]));
  const allTargets = new Map<string, number>();
  for (const targets of domainVotes.values()) for (const [d, n] of targets) allTargets.set(d, (allTargets.get(d) ?? 0) + n);
  return {
    pattern,
    votes,
    separator: mostVoted(numbering) ?? '',
    firstNumber: numbers.length > 0 ? Math.min(...numbers) : 2,
    domains,
    defaultDomain: mostVoted(allTargets) ?? commonDomain(targetUpns),
  };
}

// Without matched pairs: the domain most member UPNs of the target use, its own
// .onmicrosoft.com domain only when it has no other.
function commonDomain(targetUpns: readonly string[]): string | undefined {
  const votes = new Map<string, number>();
  const fallback = new Map<string, number>();
  for (const upn of targetUpns) {
    if (upn.toUpperCase().includes('#EXT#') || !upn.includes('@')) continue;
    const domain = split(upn)[1];
    const into = domain.endsWith('.onmicrosoft.com') ? fallback : votes;
    into.set(domain, (into.get(domain) ?? 0) + 1);
  }
  return mostVoted(votes) ?? mostVoted(fallback);
}

function mostVoted(votes: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  for (const [k, n] of votes) {
    const b = best === undefined ? -1 : votes.get(best)!;
    if (n > b || (n === b && k < best!)) best = k;
  }
  return best;
}

/**
 * The UPN proposed for a person: the convention's local part (or, when the names give none, the
 * source's own local part), numbered as the target numbers until no UPN in taken has it.
 * Adds the proposal to taken.
 */
export function proposeUpn(c: Convention, person: Omit<NamedPair, 'targetUpn'>, taken: Set<string>): { upn: string; fromNames: boolean } | undefined {
  const [sourceLocal, sourceDomain] = split(person.sourceUpn);
  const domain = c.domains.get(sourceDomain) ?? c.defaultDomain;
  if (domain === undefined) return undefined;
  const byName = localPart(c.pattern, person.givenName, person.surname);
  const base = byName !== '' ? byName : sourceLocal.replace(/[^a-z0-9._-]/g, '');
  if (base === '') return undefined;
  let upn = `${base}@${domain}`;
  for (let n = c.firstNumber; taken.has(upn); n++) upn = `${base}${c.separator}${n}@${domain}`;
  taken.add(upn);
  return { upn, fromNames: byName !== '' };
}
