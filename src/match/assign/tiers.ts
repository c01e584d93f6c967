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

// A pointer is one identifier candidate of one source, by its position among all of them: at
// 1,000,000 sources an object and an array per pointer, and maps of arrays per target, were
// several hundred megabytes at assign's peak; these are a few typed arrays.
const LIVE = 1;
const WON = 2;

export class TierResolution {
  /** The pointers of source s are start[s] to start[s + 1] - 1, in the order of its candidates. */
  private readonly start: Int32Array;
  private readonly candidate: Candidate[];
  private readonly rank: Uint8Array;
  /** LIVE until another pair explains the pointer away; WON when it decided its source. */
  private readonly state: Uint8Array;
  private readonly sourceOf: Int32Array;
  /** Per target, its pointer, or its pointers when several (few targets have more than one). */
  private readonly byTarget = new Map<Principal, number | number[]>();
  /** Per target, the sources of its live pointers sorted by key; built when first asked, after the tiers. */
  private readonly liveSources = new Map<Principal, readonly Principal[]>();
  private readonly outweighedOf = new Map<number, Outweighed[]>();

  /**
   * @param identifier per source, its identifier candidates
   * @param mayWin whether a source can be decided at all (a duplicated source or target cannot)
   */
  constructor(identifier: readonly (readonly Candidate[])[], mayWin: (source: number) => boolean) {
    const n = identifier.length;
    this.start = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) this.start[s + 1] = this.start[s]! + identifier[s]!.length;
    const count = this.start[n]!;
    this.candidate = new Array<Candidate>(count);
    this.rank = new Uint8Array(count);
    this.state = new Uint8Array(count).fill(LIVE);
    this.sourceOf = new Int32Array(count);
    identifier.forEach((list, s) => {
      list.forEach((c, k) => {
        const p = this.start[s]! + k;
        this.candidate[p] = c;
        this.rank[p] = tierRank(c) ?? TIERS.length;
        this.sourceOf[p] = s;
        const onTarget = this.byTarget.get(c.target);
        if (onTarget === undefined) this.byTarget.set(c.target, p);
        else if (typeof onTarget === 'number') this.byTarget.set(c.target, [onTarget, p]);
        else onTarget.push(p);
      });
    });
    // Each source is decided at its own strongest tier or not at all: a stronger pointer that
    // did not win keeps the source out of the weaker tiers (a conflict, as before tiers).
    const byTier: number[][] = TIERS.map(() => []);
    for (let s = 0; s < n; s++) {
      if (this.start[s] === this.start[s + 1] || !mayWin(s)) continue;
      let strongest: number = TIERS.length;
      for (let p = this.start[s]!; p < this.start[s + 1]!; p++) strongest = Math.min(strongest, this.rank[p]!);
      byTier[strongest]?.push(s);
    }
    byTier.forEach((sources, rank) => {
      // Most winners are a source's only pointer, alone on its target: nothing to explain away.
      const contested: number[] = [];
      // Live pointers of this tier or a stronger one, per target: counted once per tier, as
      // nothing changes liveness until the tier's winners are all chosen.
      const strong = new Map<Principal, number>();
      for (const s of sources) {
        const w = this.winnerAt(s, rank, strong);
        if (w < 0) continue;
        this.state[w]! |= WON;
        if (this.start[s + 1]! - this.start[s]! > 1 || typeof this.byTarget.get(this.candidate[w]!.target) !== 'number') contested.push(w);
      }
      // A pointer from one winner to another's target is explained by its own source's win: all
      // winners settle their own pointers first, so that the order of the sources never shows.
      for (const w of contested) {
        const s = this.sourceOf[w]!;
        for (let p = this.start[s]!; p < this.start[s + 1]!; p++) this.explain(p, w);
      }
      for (const w of contested) {
        const onTarget = this.byTarget.get(this.candidate[w]!.target)!;
        if (typeof onTarget === 'number') this.explain(onTarget, w);
        else for (const p of onTarget) this.explain(p, w);
      }
    });
  }

  outcome(source: number): TierOutcome {
    let won: Candidate | undefined;
    const standing: Candidate[] = [];
    for (let p = this.start[source]!; p < this.start[source + 1]!; p++) {
      if (this.state[p]! & WON) won = this.candidate[p];
      if (this.state[p]! & LIVE) standing.push(this.candidate[p]!);
    }
    return {
      won,
      standing: won ? [won] : standing,
      outweighed: this.outweighedOf.get(source)?.slice().sort(byPointer) ?? NONE,
    };
  }

  /** The keys of the other sources whose standing pointers name this target, sorted. */
  rivals(target: Principal, source: Principal): string[] {
    const pointers = this.byTarget.get(target);
    // Most targets have one pointer: nothing to cache.
    if (pointers === undefined) return [];
    if (typeof pointers === 'number') {
      const other = this.candidate[pointers]!.source;
      return this.state[pointers]! & LIVE && other !== source ? [other.key] : [];
    }
    let live = this.liveSources.get(target);
    if (!live) {
      live = pointers.flatMap((p) => (this.state[p]! & LIVE ? [this.candidate[p]!.source] : [])).sort((a, b) => compareKeys(a.key, b.key));
      this.liveSources.set(target, live);
    }
    // A family of k sources naming one target lists its k - 1 others on each row; the list is
    // built once per target, so each row costs what it shows.
    return live.length === 1 && live[0] === source ? [] : live.flatMap((p) => (p === source ? [] : [p.key]));
  }

  /** Whether another source's identifier names this target, explained away or not. */
  claimedByOther(target: Principal, source: Principal): boolean {
    return this.someOnTarget(target, (p) => this.candidate[p]!.source !== source);
  }

  /** Whether a source other than this one won the target. */
  wonByOther(target: Principal, source: Principal): boolean {
    return this.someOnTarget(target, (p) => (this.state[p]! & WON) !== 0 && this.candidate[p]!.source !== source);
  }

  /** Whether the test holds for a pointer naming the target, tried in pointer order. */
  private someOnTarget(target: Principal, test: (pointer: number) => boolean): boolean {
    const pointers = this.byTarget.get(target);
    if (pointers === undefined) return false;
    return typeof pointers === 'number' ? test(pointers) : pointers.some(test);
  }

  // The source's one live pointer at this tier, uncontradicted, that no other source's live
  // pointer of this tier or a stronger one names; -1 when there is none.
  private winnerAt(source: number, rank: number, strong: Map<Principal, number>): number {
    let only = -1;
    for (let p = this.start[source]!; p < this.start[source + 1]!; p++) {
      if (!(this.state[p]! & LIVE) || this.rank[p] !== rank) continue;
      if (only >= 0) return -1;
      only = p;
    }
    if (only < 0 || hasAgainst(this.candidate[only]!)) return -1;
    const target = this.candidate[only]!.target;
    const pointers = this.byTarget.get(target)!;
    // A lone pointer is the source's own.
    if (typeof pointers === 'number') return only;
    let n = strong.get(target);
    if (n === undefined) {
      n = 0;
      for (const p of pointers) if (this.state[p]! & LIVE && this.rank[p]! <= rank) n++;
      strong.set(target, n);
    }
    // The source's own pointer is one of them.
    return n === 1 ? only : -1;
  }

  // A winner's other pointers, and other sources' pointers to its target, are explained away.
  private explain(p: number, w: number): void {
    if (p === w || !(this.state[p]! & LIVE)) return;
    this.state[p]! &= ~LIVE;
    const entry = { pointer: this.candidate[p]!, by: this.candidate[w]! };
    const list = this.outweighedOf.get(this.sourceOf[p]!);
    if (list) list.push(entry);
    else this.outweighedOf.set(this.sourceOf[p]!, [entry]);
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
