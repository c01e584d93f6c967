// One decision per source: identifier evidence first, the strongest tier deciding between
// pointers (tiers.ts), names only where no identifier spoke. Nothing is broken by input order:
// a tie, a shared target or a contradiction goes to review.

import type { Policy } from '../options.js';
import type { Assignment, Candidate, Principal } from '../../model.js';
import { hasAgainst } from '../../model.js';
import { push } from '../../multimap.js';
import { compareKeys } from '../../order.js';
import { attributeBits } from '../attributes/apply.js';
import { attributesDecide, attributesPointElsewhere, ATTRIBUTES_DOUBT, isNameVariant } from './attributes.js';
import { namesakeGuard } from './namesakes.js';
import { numberedUpnGuard } from './numbered-upns.js';
import { targetNamesakeDoubt } from './target-namesakes.js';
import type { SameNameTargets } from '../names/same-name.js';
import { outweighedEvidence, TierResolution, type Outweighed, type TierOutcome } from './tiers.js';
import { TIERS, tierRank } from '../score/tiers.js';

/** One source and its candidates: what assign decides on, one record per source. */
export interface SourceCandidates {
  source: Principal;
  /** Candidates with strong identifier evidence (negative evidence included). */
  identifier: readonly Candidate[];
  /** Name candidates, best first. */
  names: readonly Candidate[];
  /**
   * Target principals with the source's exact name: given by a kind that has person names, for
   * sources with a pointer on the rewritten tier.
   */
  sameName?: SameNameTargets;
}

export interface AssignInput {
  /** In source order: the assignments come back in the same order. */
  sources: readonly SourceCandidates[];
  duplicateSources: ReadonlySet<Principal>;
  duplicateTargets: ReadonlySet<Principal>;
  /** Normalized full names used by more than one principal of a tenant. */
  namesakes: ReadonlySet<Principal>;
  /** UPNs of a numbered family in their tenant (john.smith, john.smith2). */
  numbered: ReadonlySet<Principal>;
  policy: Policy;
}

/** Scores closer than this are a near-tie: nobody can tell the two candidates apart. */
export const NEAR_TIE = 5;

export function assign(input: AssignInput): Assignment[] {
  const tiers = new TierResolution(
    input.sources.map((r) => r.identifier),
    (i) => mayBeDecided(input.sources[i]!, input),
  );

  // Arrays per step, not a record per source and step: at 1,000,000 sources those records were
  // about 100 MB of garbage when the run peaked, during assign.
  const sources = input.sources;
  const decided = sources.map((record, i) => withNameRunnerUp(decideByIdentifier(record, tiers.outcome(i), tiers, input), record.names));
  const taken = new Set<Principal>();
  for (const d of decided) if (d?.status === 'matched' && d.best) taken.add(d.best.target);

  // Name candidates whose target an identifier already gave to someone else are dropped.
  const open = sources.map(({ source, names }, i): readonly Candidate[] => {
    if (decided[i] !== undefined) return NO_CANDIDATES;
    return names.filter((c) => !taken.has(c.target) && !tiers.claimedByOther(c.target, source));
  });
  const bestOf = new Claimants();
  open.forEach((names, i) => {
    const best = names[0];
    if (best) bestOf.add(best.target, sources[i]!.source);
  });

  return sources.map(({ source }, i) => decided[i] ?? decideByName(source, open[i]!, bestOf, input));
}

const NO_CANDIDATES: readonly Candidate[] = [];
// Shared by every assignment that names no competitor (most of them): never mutated, as readonly says.
const NOT_COMPETING: readonly string[] = [];

/**
 * The sources whose best name candidate is each target. A family of k sources wanting one
 * target is counted once and sorted once, not scanned by each of its k members.
 */
class Claimants {
  private readonly byTarget = new Map<Principal, Principal[]>();
  private readonly sorted = new Map<Principal, readonly Principal[]>();

  add(target: Principal, source: Principal): void {
    push(this.byTarget, target, source);
  }

  /** Whether a source other than this claimant wants the target (the claimant is always one of them). */
  contested(target: Principal): boolean {
    return (this.byTarget.get(target)?.length ?? 0) > 1;
  }

  /** The keys of the other claimants, sorted. */
  rivalKeys(target: Principal, source: Principal): string[] {
    let all = this.sorted.get(target);
    if (!all) this.sorted.set(target, (all = [...(this.byTarget.get(target) ?? [])].sort((a, b) => compareKeys(a.key, b.key))));
    return all.flatMap((p) => (p === source ? [] : [p.key]));
  }
}

// A source duplicated in its export, or pointing at a duplicated target, is a conflict whatever the tiers say.
function mayBeDecided({ source, identifier }: SourceCandidates, input: AssignInput): boolean {
  return !input.duplicateSources.has(source) && !identifier.some((c) => input.duplicateTargets.has(c.target));
}

function decideByIdentifier(record: SourceCandidates, tiers: TierOutcome, resolution: TierResolution, input: AssignInput): Assignment | undefined {
  const { source } = record;
  const all = [...record.identifier].sort(byStrength);
  if (input.duplicateSources.has(source)) {
    return withOutweighed({ source, status: 'conflict', reason: 'duplicate-in-export', best: all[0], runnerUp: all[1], competing: NOT_COMPETING }, tiers.outweighed);
  }
  if (all.length === 0) return undefined;
  if (all.some((c) => input.duplicateTargets.has(c.target))) {
    // Never decided by the tiers (mayBeDecided), but another source's win may outweigh a pointer.
    return withOutweighed({ source, status: 'conflict', reason: 'target-duplicate-in-export', best: all[0], runnerUp: all[1], competing: NOT_COMPETING }, tiers.outweighed);
  }
  return withOutweighed(decideStanding(source, record, tiers, resolution, input), tiers.outweighed);
}

// What the pointers left standing after the tiers decide.
function decideStanding(source: Principal, record: SourceCandidates, tiers: TierOutcome, resolution: TierResolution, input: AssignInput): Assignment {
  const ranked = [...tiers.standing].sort(byStrength);
  const [best, runnerUp] = ranked;
  if (!best) {
    // Every pointer went to a target that a stronger identifier gave to another source.
    const [first] = tiers.outweighed;
    const winners = [...new Set(tiers.outweighed.map((o) => o.by.source))];
    return { source, status: 'ambiguous', reason: 'target-wanted-by-several', best: first?.pointer, runnerUp: undefined, competing: keys(winners) };
  }
  if (ranked.length > 1) {
    return { source, status: 'conflict', reason: 'several-targets', best, runnerUp, competing: keys(ranked.map((c) => c.target)) };
  }
  if (hasAgainst(best)) {
    return { source, status: 'conflict', reason: 'contradicted', best, runnerUp, competing: NOT_COMPETING };
  }
  const rivals = resolution.rivals(best.target, source);
  if (rivals.length > 0) {
    return { source, status: 'ambiguous', reason: 'target-wanted-by-several', best, runnerUp, competing: rivals };
  }
  // john.smith and john.smith2 on both sides: the numbering may differ between the tenants, so
  // addresses alone cannot tell which is which.
  if (numberedUpnGuard(source, best, input.numbered)) {
    return { source, status: 'ambiguous', reason: 'numbered-upn', best, runnerUp, competing: NOT_COMPETING };
  }
  const namesake = targetNamesakeDoubt(best, record.sameName, (t) => resolution.wonByOther(t, source));
  if (namesake) {
    return { source, status: 'ambiguous', reason: 'target-namesake', best, runnerUp: namesake, competing: keys([best.target, namesake.target]) };
  }
  return { source, status: 'matched', reason: 'identifier', best, runnerUp, competing: NOT_COMPETING };
}

/** Explained-away pointers as notes on the row's best pair; the first is the runner-up when none is shown. */
function withOutweighed(a: Assignment, outweighed: readonly Outweighed[]): Assignment {
  const best = a.best;
  if (outweighed.length === 0 || !best) return a;
  const notes = outweighed.map((o) => outweighedEvidence(o, a.source));
  const runnerUp = a.runnerUp ?? outweighed.find((o) => o.pointer !== best)?.pointer;
  return { ...a, best: { ...best, evidence: [...best.evidence, ...notes] }, runnerUp } as Assignment;
}

/** A contradicted identifier pair still shows the best name candidate, for the reviewer. */
function withNameRunnerUp(a: Assignment | undefined, names: readonly Candidate[]): Assignment | undefined {
  if (!a || a.reason !== 'contradicted' || a.runnerUp || !names[0]) return a;
  return { ...a, runnerUp: names[0] };
}

function decideByName(
  source: Principal,
  candidates: readonly Candidate[],
  bestOf: Claimants,
  input: AssignInput,
): Assignment {
  const [best, runnerUp] = candidates;
  if (!best) return { source, status: 'unmatched', reason: 'no-candidate', best, runnerUp, competing: NOT_COMPETING };
  const rivals = bestOf.contested(best.target);
  const elsewhere = attributesPointElsewhere(candidates);
  if (elsewhere.length > 0) {
    return { source, status: 'ambiguous', reason: 'attributes-elsewhere', best, runnerUp, competing: keys([best.target, ...elsewhere]) };
  }
  // Names and attributes together tell namesakes apart and settle nicknames and married names.
  if (attributesDecide(best, runnerUp) && !rivals) {
    if (input.policy === 'standard') return { source, status: 'matched', reason: 'name-and-attributes', best, runnerUp, competing: NOT_COMPETING };
    return { source, status: 'review', reason: 'policy-strict', best, runnerUp, competing: NOT_COMPETING };
  }
  if (namesakeGuard(source, best.target, input.namesakes)) {
    return { source, status: 'ambiguous', reason: 'namesake', best, runnerUp, competing: NOT_COMPETING };
  }
  if (runnerUp && best.score - runnerUp.score < NEAR_TIE) {
    const tied = candidates.filter((c) => best.score - c.score < NEAR_TIE).map((c) => c.target);
    return { source, status: 'ambiguous', reason: 'near-tie', best, runnerUp, competing: keys(tied) };
  }
  if (rivals) {
    return { source, status: 'ambiguous', reason: 'target-wanted-by-several', best, runnerUp, competing: bestOf.rivalKeys(best.target, source) };
  }
  const medium = best.evidence.some((e) => e.strength === 'medium');
  const against = hasAgainst(best);
  if (medium && !against && attributeBits(best) <= -ATTRIBUTES_DOUBT) {
    return { source, status: 'review', reason: 'attributes-against', best, runnerUp, competing: NOT_COMPETING };
  }
  // An exact name, but the target tenant also holds a variant of it (a nickname, a typo): the
  // person may be the variant, and the exact name an unrelated newcomer.
  if (medium && !against && runnerUp && isNameVariant(runnerUp)) {
    return { source, status: 'ambiguous', reason: 'name-variant', best, runnerUp, competing: keys([best.target, runnerUp.target]) };
  }
  if (medium && !against) {
    if (input.policy === 'standard') return { source, status: 'matched', reason: 'name-unique', best, runnerUp, competing: NOT_COMPETING };
    return { source, status: 'review', reason: 'policy-strict', best, runnerUp, competing: NOT_COMPETING };
  }
  return { source, status: 'review', reason: 'name-only', best, runnerUp, competing: NOT_COMPETING };
}

// The strongest tier first, then more strong evidence, then the target key: never the input order.
function byStrength(a: Candidate, b: Candidate): number {
  const strong = (c: Candidate): number => c.evidence.filter((e) => e.strength === 'strong').length;
  const rank = (c: Candidate): number => tierRank(c) ?? TIERS.length;
  return rank(a) - rank(b) || strong(b) - strong(a) || compareKeys(a.target.key, b.target.key);
}

function keys(principals: readonly Principal[]): string[] {
  return principals.map((p) => p.key).sort(compareKeys);
}
