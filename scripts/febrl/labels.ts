// Words for the breakdowns: what a candidate rested on, how a true pair is related, and one
// line per example, so a matcher engineer can see which rule or level to tune.

import { close, compareNames, namesContradict } from '../../src/match/names/compare.js';
import { fold } from '../../src/match/names/fold.js';
import { personName } from '../../src/match/names/person.js';
import type { Candidate, Evidence, Principal } from '../../src/model.js';
import type { FebrlRecord } from './read.js';

function evidenceLabel(e: Evidence): string {
  if (e.rule === 'name-similar') return `${e.rule}:${e.level}`;
  // An exact name is medium or weak depending on how common it is; that decides automation.
  return e.rule === 'name-exact' ? `${e.rule} (${e.strength})` : e.rule;
}

/** 'employee-id', 'name-exact (medium) via name:full', ... */
export function candidateLabel(c: Candidate | undefined): string {
  if (c === undefined) return 'no candidate';
  const evidence = c.evidence.map(evidenceLabel).join(' + ');
  // Identifier pairs name their rules in foundBy already; name pairs add the blocking rule.
  return c.foundBy.startsWith('name:') ? `${evidence} via ${c.foundBy}` : evidence;
}

const localOf = (upn: string): string => upn.slice(0, upn.lastIndexOf('@')).toLowerCase();

/** How a source and its true target relate: the name level, and the identifiers when present. */
export function relation(s: Principal, t: Principal, upnFromNames: boolean): string {
  const level = compareNames(personName(s), personName(t))?.id;
  const parts = [level !== undefined ? `names ${level}` : unmatchedNames(s, t)];
  if (s.employeeId !== '' && t.employeeId !== '') parts.push(s.employeeId === t.employeeId ? 'employee ID equal' : 'employee ID differs');
  if (upnFromNames) parts.push(localOf(s.upn) === localOf(t.upn) ? 'UPN local part equal' : 'UPN local part differs');
  return parts.join(', ');
}

/** Names that no comparison level relates, by what the corruption kept: hints for new levels. */
function unmatchedNames(s: Principal, t: Principal): string {
  const [sg, ss, tg, ts] = [s.givenName, s.surname, t.givenName, t.surname].map(fold);
  const alike = (a = '', b = ''): boolean => a !== '' && (a === b || close(a, b));
  if (alike(sg, ts) && alike(ss, tg)) return 'names swapped with a typo';
  if (sg !== '' && sg === tg) return 'names: given equal, surname unrelated';
  if (ss !== '' && ss === ts) return 'names: surname equal, given unrelated';
  return namesContradict(personName(s), personName(t)) ? 'names share nothing' : 'names at no level';
}

/** rec-12-org "anna"/"smith" ssid 123 u7@contoso.example */
export function describe(upn: string, r: FebrlRecord | undefined): string {
  if (r === undefined) return upn;
  return `${r.recId} "${r.given}"/"${r.surname}" ssid ${r.socSecId} ${upn}`;
}
