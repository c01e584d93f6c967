// Sorted neighbourhood inside a large block. A block key fixes part of a name (the surname and
// an initial, the given name and three letters of the surname); its size grows with the tenant,
// and comparing every source with every target of it grows with the square. A large block is
// sorted on what its key leaves free, once forwards and once read backwards, and a source
// compares only the few distinct names nearest its own in each order: a typo near the end of a
// word keeps it near in the first order, one near the start in the second. Of a family of
// namesakes (the same free part), the first few in target order are compared. Ties cannot
// arise: the orders are over distinct strings and the targets' order is their keys' (name
// candidates sort them), so the pairs never depend on the order of the inputs.

import { compareCodeUnits, lowerBound } from '../../order.js';

/** When a block is searched through a window, and how wide the window is. */
export interface BlockWindow {
  /** Blocks with more targets than this are searched through the window. */
  over: number;
  /** Distinct names taken on each side of the source's place, in each of the two orders. */
  width: number;
  /**
   * Targets taken of one name, the first in target order: name candidates pass the targets
   * sorted by key, and keep the best KEEP by score then key, so a family of namesakes beyond
   * this rarely holds one that would have been kept.
   */
  namesakes: number;
}

/** The window name candidates use (measured with npm run bench: recall and comparisons). */
export const NAME_WINDOW: BlockWindow = { over: 12, width: 2, namesakes: 8 };

/** What a window left out for one source: its largest such block. */
export interface Limited {
  rule: string;
  /** The block key as reports show it. */
  key: string;
  /** Targets in the block, and how many of them the window held. */
  targets: number;
  compared: number;
}

const reversed = (s: string): string => {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
};

/** The half-open range of `width` entries on each side of value's place; an equal entry is in the middle. */
function around(sorted: readonly string[], value: string, width: number): [number, number] {
  const at = lowerBound(sorted, value);
  const equal = at < sorted.length && sorted[at] === value ? 1 : 0;
  return [Math.max(0, at - width), Math.min(sorted.length, at + equal + width)];
}

export class SortedBlock {
  /** The block's distinct free parts, sorted; the targets of each. */
  private readonly names: string[];
  private readonly groups: (readonly number[])[];
  /** The same names read backwards, sorted, with the place of each in `names`. */
  private readonly backwards: string[];
  private readonly backwardsAt: number[];

  constructor(block: readonly number[], freePart: (target: number) => string) {
    const byName = new Map<string, number[]>();
    for (const t of block) {
      const name = freePart(t);
      const group = byName.get(name);
      if (group) group.push(t);
      else byName.set(name, [t]);
    }
    // The default sort is code-unit order.
    this.names = [...byName.keys()].sort();
    this.groups = this.names.map((n) => byName.get(n)!);
    const back = this.names.map((n, i) => ({ n: reversed(n), i })).sort((a, b) => compareCodeUnits(a.n, b.n));
    this.backwards = back.map((b) => b.n);
    this.backwardsAt = back.map((b) => b.i);
  }

  /**
   * Calls visit for each target in the window around the name's free part; returns how many
   * targets the window held, each counted once.
   */
  visitNear(free: string, window: BlockWindow, visit: (target: number) => void): number {
    const [lo, hi] = around(this.names, free, window.width);
    let held = 0;
    for (let i = lo; i < hi; i++) held += this.visitGroup(i, window.namesakes, visit);
    const [blo, bhi] = around(this.backwards, reversed(free), window.width);
    for (let j = blo; j < bhi; j++) {
      const i = this.backwardsAt[j]!;
      if (i < lo || i >= hi) held += this.visitGroup(i, window.namesakes, visit);
    }
    return held;
  }

  // Groups keep the block's order: the targets' order.
  private visitGroup(i: number, most: number, visit: (target: number) => void): number {
    const group = this.groups[i]!;
    const n = Math.min(most, group.length);
    for (let k = 0; k < n; k++) visit(group[k]!);
    return n;
  }
}
