// Groups follow the users' evidence model: identifiers (mail nickname, an address with or
// without the domain rewrite) decide; an exact, unique display name is medium evidence;
// similar names go to review. A Microsoft 365 group maps only to a Microsoft 365 group and a
// security group only to a security group. Distribution lists cannot hold SharePoint
// permissions and are excluded.

import type { DomainRules, GroupOptions, Policy } from '../options.js';
import { displayOf } from '../../display.js';
import { classifyGroup } from '../../group-class.js';
import type { Assignment, Candidate, Evidence, Finding, GroupClass, Principal } from '../../model.js';
import { FINDING_SEVERITY } from '../../model.js';
import { IndexMap } from '../../multimap.js';
import { compareKeys } from '../../order.js';
import { exactCandidates } from '../candidates/exact.js';
import { runMatch, type MatchKind } from '../engine.js';
import { IDENTIFIER_SCORE } from '../score/identifier.js';
import { KEEP, NEGATIVE_PENALTY } from '../score/name-score.js';
import { compareGroupNames, GROUP_NAME_SCORES, groupNameKey, sortedWords, type GroupNameLevel } from './names.js';

export interface GroupMatch {
  /** One per source group, in source order. */
  assignments: Assignment[];
  findings: Finding[];
  /** The automatic candidates of a source group, by its index: the evidence of a decision. */
  candidatesOf: (source: number) => readonly Candidate[];
  /** Evidence against a pair no rule proposed (a reviewer's redirect). */
  against: (source: number, target: number) => readonly Evidence[];
}

interface GroupContext {
  sources: readonly Principal[];
  targets: readonly Principal[];
  mappable: readonly Principal[];
  classOf: ReadonlyMap<Principal, GroupClass>;
  sourceKeys: readonly string[];
  targetKeys: readonly string[];
  against: (s: Principal, t: Principal) => Evidence[];
}

/** Groups as a kind of the engine: no numbered families, duplicates stay in the name search. */
function groupKind(domains: DomainRules, options: GroupOptions): MatchKind<GroupContext> {
  return {
    prepare(sources, targets) {
      const findings: Finding[] = [];
      const classOf = new Map<Principal, GroupClass>([...sources, ...targets].map((g) => [g, classifyGroup(g)]));
      for (const g of [...sources, ...targets]) {
        if (classOf.get(g) === 'unknown') findings.push(at(g, 'group-type-unknown'));
      }
      const excluded: Assignment[] = [];
      const mappable: Principal[] = [];
      for (const s of sources) {
        if (classOf.get(s) === 'distribution') {
          findings.push(at(s, 'distribution-list'));
          excluded.push({ source: s, status: 'excluded', reason: 'distribution-list', best: undefined, runnerUp: undefined, competing: [] });
        } else mappable.push(s);
      }
      const against = (s: Principal, t: Principal): Evidence[] => {
        const a = classOf.get(s)!;
        const b = classOf.get(t)!;
        return a !== b && a !== 'unknown' && b !== 'unknown' ? [{ rule: 'group-type-differs', strength: 'negative', source: a, target: b }] : [];
      };
      const sourceKeys = mappable.map((s) => groupNameKey(s.displayName, options.sourcePrefixes));
      const targetKeys = targets.map((t) => groupNameKey(t.displayName, options.targetPrefixes));
      return { context: { sources, targets, mappable, classOf, sourceKeys, targetKeys, against }, mappable, excluded, findings };
    },
    identifiers: (c) => ({ candidates: identifierCandidates(c.mappable, c.targets, domains, c.against), findings: [] }),
    namesSkipDuplicates: false,
    names(c, probe, allowed) {
      const index = new GroupNameIndex(c.targets, c.targetKeys, allowed);
      return new Map(probe.map((i) => [i, nameCandidates(c.mappable[i]!, c.sourceKeys[i]!, index, c.against)]));
    },
    namesakes: (c) => [...repeatedNames(c.mappable, c.sourceKeys), ...repeatedNames(c.targets, c.targetKeys)],
    numbered: () => [],
    against: (c, s, t) => c.against(c.sources[s]!, c.targets[t]!),
    finish: (a, c) => withGroupNotes(a, c.classOf),
  };
}

export function matchGroups(
  sources: readonly Principal[],
  targets: readonly Principal[],
  domains: DomainRules,
  options: GroupOptions,
  policy: Policy,
): GroupMatch {
  const run = runMatch(groupKind(domains, options), sources, targets, { policy });
  return { assignments: run.assignments, findings: run.findings, candidatesOf: run.candidatesOf, against: run.against };
}

// Identifier evidence between groups: the users' address rules, plus an equal mail nickname.
function identifierCandidates(
  sources: readonly Principal[],
  targets: readonly Principal[],
  domains: DomainRules,
  against: (s: Principal, t: Principal) => Evidence[],
): Candidate[][] {
  const exact = exactCandidates(sources, targets, domains);
  const byNickname = new IndexMap();
  targets.forEach((t, i) => {
    if (t.mailNickname !== '') byNickname.add(t.mailNickname.toLowerCase(), i);
  });
  return sources.map((s, si) => {
    const evidenceByTarget = new Map<number, Evidence[]>(exact.pairs[si]!.map((p) => [p.target, [...p.evidence]]));
    if (s.mailNickname !== '') {
      byNickname.forEach(s.mailNickname.toLowerCase(), (ti) => {
        const list = evidenceByTarget.get(ti) ?? [];
        list.unshift({ rule: 'mail-nickname', strength: 'strong', value: s.mailNickname });
        evidenceByTarget.set(ti, list);
      });
    }
    return [...evidenceByTarget.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([ti, evidence]) => {
        const t = targets[ti]!;
        return { source: s, target: t, evidence: [...evidence, ...against(s, t)], score: IDENTIFIER_SCORE, foundBy: evidence.map((e) => e.rule).join('+') };
      });
  });
}

// Candidate targets share the exact name key, its sorted words, or its first or last four
// letters (blocking, as for users), then the names are compared.
function nameCandidates(
  s: Principal,
  key: string,
  index: GroupNameIndex,
  against: (s: Principal, t: Principal) => Evidence[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const ti of index.near(key)) {
    const t = index.targets[ti]!;
    const level = compareGroupNames(key, index.keys[ti]!);
    if (!level) continue;
    const contra = against(s, t);
    out.push({
      source: s,
      target: t,
      evidence: [{ rule: 'group-name', strength: level === 'exact' ? 'medium' : 'weak', level, source: displayOf(s), target: displayOf(t) }, ...contra],
      score: Math.max(0, GROUP_NAME_SCORES[level] - NEGATIVE_PENALTY * contra.length),
      foundBy: `group-name:${level}`,
    });
  }
  return out.sort((a, b) => b.score - a.score || compareKeys(a.target.key, b.target.key)).slice(0, KEEP);
}


const blockKeys = (key: string): string[] => (key === '' ? [] : [`=${key}`, `w${sortedWords(key)}`, `<${key.slice(0, 4)}`, `>${key.slice(-4)}`]);

class GroupNameIndex {
  private readonly index = new IndexMap();

  constructor(
    readonly targets: readonly Principal[],
    readonly keys: readonly string[],
    allowed: readonly number[],
  ) {
    for (const ti of allowed) for (const b of blockKeys(keys[ti]!)) this.index.add(b, ti);
  }

  /** Targets sharing a block with the name, each once, in index order. */
  near(key: string): number[] {
    const found = new Set<number>();
    for (const b of blockKeys(key)) this.index.forEach(b, (ti) => found.add(ti));
    return [...found].sort((x, y) => x - y);
  }
}

function repeatedNames(groups: readonly Principal[], keys: readonly string[]): Principal[] {
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== '') counts.set(k, (counts.get(k) ?? 0) + 1);
  return groups.filter((_, i) => (counts.get(keys[i]!) ?? 0) > 1);
}

// A group whose type the export does not tell is never mapped automatically; dynamic
// membership is worth a note for the reviewer.
function withGroupNotes(a: Assignment, classOf: ReadonlyMap<Principal, GroupClass>): Assignment {
  const best = a.best;
  if (!best) return a;
  let result = a;
  if (a.status === 'matched' && (classOf.get(a.source) === 'unknown' || classOf.get(best.target) === 'unknown')) {
    result = { ...a, status: 'review', reason: 'group-type-unknown' };
  } else if (a.status === 'matched' && classOf.get(best.target) === 'm365' && best.target.mailNickname === '') {
    // Column 5 of a Microsoft 365 group row is the target alias; without it the row is useless.
    result = { ...a, status: 'review', reason: 'target-alias-missing' };
  }
  if (isDynamic(best.target)) {
    const note: Evidence = { rule: 'dynamic-membership', strength: 'weak', target: displayOf(best.target) };
    result = { ...result, best: { ...best, evidence: [...best.evidence, note] } };
  }
  return result;
}

function isDynamic(g: Principal): boolean {
  return /dynamic/i.test(g.membershipType) || (g.groupTypes ?? []).some((t) => /dynamicmembership/i.test(t));
}

function at(g: Principal, code: 'distribution-list' | 'group-type-unknown'): Finding {
  return { code, severity: FINDING_SEVERITY[code], file: g.origin.file, line: g.origin.line, tenant: g.tenant, principal: g.key };
}
