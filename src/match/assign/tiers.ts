// Tier resolution: when a source's identifiers point at several targets, or several sources
// point at one target, the strongest tier decides where it is unique on both sides at that tier
// and uncontradicted; the weaker pointers it settles are explained away, each kept with the
// pair that outweighed it. Tiers are resolved strongest first and every winner of a tier is
// chosen from the state before that tier, so the outcome does not depend on input order.

import type { Candidate, Evidence, IdentifierDetail, Principal } from '../../model.js';
import { hasAgainst } from '../../model.js';
import { compareKeys } from '../../order.js';
import { strongestIdentifier, TIERS, tierRank } from '../score/tiers.js';

/** A pointer another pair settled: shown on the row, never silently dropped. */
export interface Outweighed {
  pointer: Candidate;
  /** The pair of a stronger tier that took the pointer's target or its source. */
  by: Candidate;
}

export interface TierOutcome {
  /** The pair the strongest tier decided, when one did. */
  won: Candidate | undefined;
  /** The source's pointers still standing: the winner alone, or all not explained away. */
  standing: readonly Candidate[];
  outweighed: readonly Outweighed[];
}

interface Pointer {
  source: number;
  candidate: Candidate;
  rank: number;
  live: boolean;
}

// Most targets have one pointer and at most one winner: a lone value is kept as itself, not in
// an array (at 1,000,000 sources, two million one-element arrays at assign's peak).
type OneOrMore<T> = T | T[];
const listOf = <T extends object>(value: OneOrMore<T> | undefined): readonly T[] => (value === undefined ? NO_ITEMS : Array.isArray(value) ? value : [value]);
const NO_ITEMS: readonly never[] = [];

function add<T extends object>(map: Map<Principal, OneOrMore<T>>, key: Principal, value: T): void {
  const current = map.get(key);
  if (current === undefined) map.set(key, value);
  else if (Array.isArray(current)) current.push(value);
  else map.set(key, [current, value]);
}

export class TierResolution {
  private readonly bySource: (readonly Pointer[])[];
  private readonly byTarget = new Map<Principal, OneOrMore<Pointer>>();
  private readonly won: (Candidate | undefined)[];
  /** Per target, the sources that won it (at most one: a win explains the others away). */
  private readonly winners = new Map<Principal, OneOrMore<Principal>>();
  /** Per target, the sources of its live pointers sorted by key; built when first asked, after the tiers. */
  private readonly liveSources = new Map<Principal, readonly Principal[]>();
  private readonly outweighedOf = new Map<number, Outweighed[]>();

  /**
   * @param identifier per source, its identifier candidates
   * @param mayWin whether a source can be decided at all (a duplicated source or target cannot)
   */
  constructor(identifier: readonly (readonly Candidate[])[], mayWin: (source: number) => boolean) {
    this.won = identifier.map(() => undefined);
    this.bySource = identifier.map((list, source) =>
      list.length === 0
        ? NO_ITEMS
        : list.map((candidate) => {
            const pointer = { source, candidate, rank: tierRank(candidate) ?? TIERS.length, live: true };
            add(this.byTarget, candidate.target, pointer);
            return pointer;
          }),
    );
    // Each source is decided at its own strongest tier or not at all: a stronger pointer that
    // did not win keeps the source out of the weaker tiers (a conflict, as before tiers).
    const byTier: number[][] = TIERS.map(() => []);
    this.bySource.forEach((pointers, source) => {
      if (pointers.length === 0 || !mayWin(source)) return;
      let strongest: number = TIERS.length;
      for (const p of pointers) if (p.rank < strongest) strongest = p.rank;
      byTier[strongest]?.push(source);
    });
    byTier.forEach((sources, rank) => {
      // Most winners are a source's only pointer, alone on its target: nothing to explain away.
      const contested: Pointer[] = [];
      // Live pointers of this tier or a stronger one, per target: counted once per tier, as
      // nothing changes liveness until the tier's winners are all chosen.
      const strong = new Map<Principal, number>();
      for (const s of sources) {
        const w = this.winnerAt(s, rank, strong);
        if (!w) continue;
        this.won[w.source] = w.candidate;
        add(this.winners, w.candidate.target, w.candidate.source);
        if (this.bySource[w.source]!.length > 1 || Array.isArray(this.byTarget.get(w.candidate.target))) contested.push(w);
      }
      // A pointer from one winner to another's target is explained by its own source's win: all
      // winners settle their own pointers first, so that the order of the sources never shows.
      for (const w of contested) this.explain(this.bySource[w.source]!, w);
      for (const w of contested) this.explain(listOf(this.byTarget.get(w.candidate.target)), w);
    });
  }

  outcome(source: number): TierOutcome {
    const pointers = this.bySource[source]!;
    const won = this.won[source];
    return {
      won,
      standing: won ? [won] : pointers.filter((p) => p.live).map((p) => p.candidate),
      outweighed: this.outweighedOf.get(source)?.slice().sort(byPointer) ?? NONE,
    };
  }

  /** The keys of the other sources whose standing pointers name this target, sorted. */
  rivals(target: Principal, source: Principal): string[] {
    const pointers = this.byTarget.get(target);
    // Most targets have one pointer: nothing to cache.
    if (pointers === undefined) return [];
    if (!Array.isArray(pointers)) return pointers.live && pointers.candidate.source !== source ? [pointers.candidate.source.key] : [];
    let live = this.liveSources.get(target);
    if (!live) {
      live = pointers.flatMap((p) => (p.live ? [p.candidate.source] : [])).sort((a, b) => compareKeys(a.key, b.key));
      this.liveSources.set(target, live);
    }
    // A family of k sources naming one target lists its k - 1 others on each row; the list is
    // built once per target, so each row costs what it shows.
    return live.length === 1 && live[0] === source ? [] : live.flatMap((p) => (p === source ? [] : [p.key]));
  }

  /** Whether another source's identifier names this target, explained away or not. */
  claimedByOther(target: Principal, source: Principal): boolean {
    const pointers = this.byTarget.get(target);
    if (pointers === undefined) return false;
    return Array.isArray(pointers) ? pointers.some((p) => p.candidate.source !== source) : pointers.candidate.source !== source;
  }

  /** Whether a source other than this one won the target. */
  wonByOther(target: Principal, source: Principal): boolean {
    const winners = this.winners.get(target);
    if (winners === undefined) return false;
    return Array.isArray(winners) ? winners.some((s) => s !== source) : winners !== source;
  }

  // The source's one live pointer at this tier, uncontradicted, that no other source's live
  // pointer of this tier or a stronger one names.
  private winnerAt(source: number, rank: number, strong: Map<Principal, number>): Pointer | undefined {
    let only: Pointer | undefined;
    for (const p of this.bySource[source]!) {
      if (!p.live || p.rank !== rank) continue;
      if (only) return undefined;
      only = p;
    }
    if (!only) return undefined;
    if (hasAgainst(only.candidate)) return undefined;
    const target = only.candidate.target;
    const onTarget = this.byTarget.get(target)!;
    // A lone pointer is the source's own: counted without the cache.
    if (!Array.isArray(onTarget)) return only;
    let n = strong.get(target);
    if (n === undefined) {
      n = 0;
      for (const p of onTarget) if (p.live && p.rank <= rank) n++;
      strong.set(target, n);
    }
    // The source's own pointer is one of them.
    return n === 1 ? only : undefined;
  }

  // The winner's other pointers, and other sources' pointers to its target, are explained away.
  private explain(pointers: readonly Pointer[], w: Pointer): void {
    const by = w.candidate;
    for (const p of pointers) {
      if (p === w || !p.live) continue;
      p.live = false;
      const list = this.outweighedOf.get(p.source);
      if (list) list.push({ pointer: p.candidate, by });
      else this.outweighedOf.set(p.source, [{ pointer: p.candidate, by }]);
    }
  }
}

const NONE: readonly Outweighed[] = [];

// Settled in source order within a tier: sorted by keys, so that input order never shows.
function byPointer(a: Outweighed, b: Outweighed): number {
  return compareKeys(a.pointer.target.key, b.pointer.target.key) || compareKeys(a.by.source.key, b.by.source.key);
}

/** The note an explained-away pointer leaves on its source's row. */
export function outweighedEvidence(o: Outweighed, source: Principal): Evidence {
  return {
    rule: 'outweighed',
    strength: 'weak',
    pointer: detailOf(o.pointer),
    target: o.pointer.target.key,
    by: detailOf(o.by),
    bySource: o.by.source === source ? '' : o.by.source.key,
    byTarget: o.by.target.key,
  };
}

// Both pairs came from identifier rules, so each has identifier evidence; the strength is the note's own.
function detailOf(c: Candidate): IdentifierDetail {
  const { strength: _, ...detail } = strongestIdentifier(c)! as Evidence & IdentifierDetail;
  return detail as IdentifierDetail;
}
