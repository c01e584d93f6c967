// One engine for users and groups: candidates → score → assign, the same way for both. A kind
// says what differs: how principals are prepared, its identifier rules, its name candidates,
// its guards and the notes it adds to a decision. Its column-5/6 rules are in
// kinds/map-columns.ts; this returns one assignment per source, in source order.

import type { Assignment, Candidate, Evidence, Finding, Principal } from '../model.js';
import { hasAgainst } from '../model.js';
import { findDuplicates } from '../validate/duplicates.js';
import type { SameNameTargets } from './names/same-name.js';
import { assign } from './assign/assign.js';
import { settledPairs } from './attributes/settled.js';
import type { Policy } from './options.js';
import { REWRITTEN, tierRank } from './score/tiers.js';

/** Runs one stage; the pipeline times it, a caller that does not care just runs it. */
export type Stage = <T>(stage: string, work: () => T) => T;

export interface MatchKind<Context> {
  /** Normalize both sides; sources a kind never maps are set aside with their assignment. */
  prepare(sources: readonly Principal[], targets: readonly Principal[], stage: Stage): Prepared<Context>;
  /** Per mappable source: candidates with strong identifier evidence, evidence against included. */
  identifiers(context: Context, stage: Stage): { candidates: Candidate[][]; findings: Finding[] };
  /** Whether a principal duplicated in its export is kept out of the name search. */
  namesSkipDuplicates: boolean;
  /** Per probed source (by mappable index): name candidates, best first, among the allowed targets. */
  names(context: Context, probe: readonly number[], allowed: readonly number[]): Map<number, readonly Candidate[]>;
  /**
   * Supporting attributes: the name candidates of each mappable source re-weighed with weights
   * learned from the settled pairs. Absent for kinds without attributes.
   */
  weigh?(context: Context, input: WeighInput): Weighed;
  /**
   * Per probed source (by mappable index): the targets with its exact person name, as name
   * candidates best first, for the target-namesake rule; targets of the source's own identifier
   * pairs (by mappable index) are left out. Kinds without person names leave it out.
   */
  sameNameTargets?(context: Context, probe: readonly number[], identifier: readonly (readonly Candidate[])[]): Map<number, SameNameTargets>;
  /** Principals whose name alone cannot decide a pair. */
  namesakes(context: Context): Principal[];
  /** Principals in a numbered-UPN family. */
  numbered(context: Context): Principal[];
  /** Evidence against a pair no rule proposed (a reviewer's redirect), by indexes among all sources and targets. */
  against(context: Context, source: number, target: number): readonly Evidence[];
  /** A note or a change the kind adds to a decision. */
  finish?(assignment: Assignment, context: Context): Assignment;
}

export interface WeighInput {
  settled: ReturnType<typeof settledPairs>;
  /** Per mappable source: its name candidates, best first. */
  names: readonly (readonly Candidate[])[];
  /** The sources and targets the names stage searched, by index. */
  probe: readonly number[];
  allowed: readonly number[];
}

export interface Weighed {
  /** Per mappable source: its name candidates weighed, with those attributes found, best first. */
  names: (readonly Candidate[])[];
  /** Weighs another candidate with the same learned weights (an identifier pair, a namesake). */
  one(candidate: Candidate): Candidate;
}

export interface Prepared<Context> {
  context: Context;
  /** The sources to match, in source order. */
  mappable: readonly Principal[];
  /** Assignments of the sources set aside, and findings about the inputs. */
  excluded: readonly Assignment[];
  findings: readonly Finding[];
}

export interface MatchRun<Context> {
  /** One per source, in source order. */
  assignments: Assignment[];
  findings: Finding[];
  context: Context;
  /** The automatic candidates of a source, by its index among all sources. */
  candidatesOf: (source: number) => readonly Candidate[];
  /** Evidence against a pair, by indexes among all sources and targets. */
  against: (source: number, target: number) => readonly Evidence[];
  /** Targets duplicated in their export, by index. */
  duplicateTargets: ReadonlySet<number>;
}

const untimed: Stage = (_, work) => work();

export function runMatch<Context>(
  kind: MatchKind<Context>,
  sources: readonly Principal[],
  targets: readonly Principal[],
  options: { policy: Policy },
  stage: Stage = untimed,
): MatchRun<Context> {
  const prepared = kind.prepare(sources, targets, stage);
  const { context, mappable } = prepared;
  const findings: Finding[] = [...prepared.findings];
  const identifier = kind.identifiers(context, stage);
  findings.push(...identifier.findings);
  const candidates = identifier.candidates;
  const { sourceDuplicates, targetDuplicates } = stage('duplicates', () => ({ sourceDuplicates: findDuplicates(mappable), targetDuplicates: findDuplicates(targets) }));
  findings.push(...sourceDuplicates.findings, ...targetDuplicates.findings);

  const { sameName, weighed, nameLists } = searchNames(kind, { context, mappable, targets, candidates, sourceDuplicates, targetDuplicates }, stage);
  // The target-namesake rule compares the rewritten pair and the namesake on attributes too.
  const doubted = (i: number): SameNameTargets | undefined => {
    const list = sameName?.get(i);
    if (!list || !weighed) return list;
    return {
      first: (accept) => {
        const namesake = list.first(accept);
        return namesake && weighed.one(namesake);
      },
    };
  };
  const identifierOf = (i: number): readonly Candidate[] => {
    const list = candidates[i] ?? [];
    return weighed && sameName?.has(i) ? list.map(weighed.one) : list;
  };

  const automatic = stage('assign', () =>
    assign({
      sources: mappable.map((source, i) => ({ source, identifier: identifierOf(i), names: nameLists[i] ?? NO_CANDIDATES, sameName: doubted(i) })),
      duplicateSources: new Set([...sourceDuplicates.duplicated].map((i) => mappable[i]!)),
      duplicateTargets: new Set([...targetDuplicates.duplicated].map((i) => targets[i]!)),
      namesakes: new Set(kind.namesakes(context)),
      numbered: new Set(kind.numbered(context)),
      policy: options.policy,
    }),
  );
  const finish = kind.finish;
  const finished = finish ? automatic.map((a) => finish(a, context)) : automatic;

  // Back to all sources, in source order; the mappable ones are usually all of them.
  const all = prepared.excluded.length === 0;
  const bySource = all ? undefined : new Map<Principal, Assignment>([...finished, ...prepared.excluded].map((a) => [a.source, a]));
  const position = all ? undefined : new Map(mappable.map((s, i) => [s, i]));
  return {
    assignments: bySource ? sources.map((s) => bySource.get(s)!) : finished,
    findings,
    context,
    ...lookUps(kind, context, candidates, nameLists, position && { sources, position }),
    duplicateTargets: targetDuplicates.duplicated,
  };
}

interface SearchInput<Context> {
  context: Context;
  mappable: readonly Principal[];
  targets: readonly Principal[];
  candidates: readonly (readonly Candidate[])[];
  sourceDuplicates: { duplicated: ReadonlySet<number> };
  targetDuplicates: { duplicated: ReadonlySet<number> };
}

// The name search and the attributes, in a function of their own: what they leave behind (the
// unweighed lists, the claimed targets, the blocking index) is garbage once they return, not
// kept by the closures of runMatch until the run ends.
function searchNames<Context>(kind: MatchKind<Context>, input: SearchInput<Context>, stage: Stage) {
  const { context, mappable, targets, candidates, sourceDuplicates, targetDuplicates } = input;
  const claimed = new Set<Principal>();
  for (const list of candidates) for (const c of list) claimed.add(c.target);
  const skip = kind.namesSkipDuplicates;
  // Names are searched where no identifier speaks for a pair, among targets no identifier claims.
  const probe = mappable.flatMap((_, i) => (candidates[i]!.every(hasAgainst) && !(skip && sourceDuplicates.duplicated.has(i)) ? [i] : []));
  const allowed = targets.flatMap((t, i) => (claimed.has(t) || (skip && targetDuplicates.duplicated.has(i)) ? [] : [i]));
  // A pair found on the rewritten tier alone is checked against the target's namesakes.
  const rewritten = mappable.flatMap((_, i) => (candidates[i]!.some((c) => tierRank(c) === REWRITTEN) ? [i] : []));
  const sameNameTargets = kind.sameNameTargets;
  const { names, sameName } = stage('names', () => ({
    names: kind.names(context, probe, allowed),
    sameName: sameNameTargets && rewritten.length > 0 ? sameNameTargets(context, rewritten, candidates) : undefined,
  }));
  const found = mappable.map((_, i): readonly Candidate[] => names.get(i) ?? NO_CANDIDATES);
  const weigh = kind.weigh;
  const weighed = weigh ? stage('attributes', () => weigh(context, { settled: settledPairs({ identifier: candidates, names: found, doubted: new Set(sameName?.keys()) }), names: found, probe, allowed })) : undefined;
  return { sameName, weighed, nameLists: weighed ? weighed.names : found };
}

const NO_CANDIDATES: readonly Candidate[] = [];

// Made apart from runMatch, so that they keep only what they look up.
function lookUps<Context>(
  kind: MatchKind<Context>,
  context: Context,
  candidates: readonly (readonly Candidate[])[],
  nameLists: readonly (readonly Candidate[])[],
  mappable: { sources: readonly Principal[]; position: ReadonlyMap<Principal, number> } | undefined,
): Pick<MatchRun<Context>, 'candidatesOf' | 'against'> {
  // A source's index among the mappable ones, when some were set aside.
  const indexOf = (source: number): number | undefined => (mappable ? mappable.position.get(mappable.sources[source]!) : source);
  return {
    candidatesOf: (source) => {
      const i = indexOf(source);
      return i === undefined ? [] : [...candidates[i]!, ...nameLists[i]!];
    },
    against: (source, target) => kind.against(context, source, target),
  };
}
