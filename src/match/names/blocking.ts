// Candidate pairs for name comparison come from blocking keys, never from all pairs. Each
// rule turns a name into keys; a source and a target sharing a key of a rule form a pair, and
// the pair remembers the first rule that found it (Splink's match_key). A block too large to
// compare in full (a very common name) keeps only its exact-name pairs.

import { formalNames } from './nicknames.js';
import type { NameFeatures } from './features.js';
import { soundex } from './soundex.js';

export interface BlockingRule {
  id: string;
  keys(f: NameFeatures): readonly string[];
  /** Only sources (targets) for which this holds take part; default: all. */
  source?: (f: NameFeatures) => boolean;
  target?: (f: NameFeatures) => boolean;
}

const lacksGiven = (f: NameFeatures): boolean => f.given.length === 0 && f.surname.length > 0;
const lacksSurname = (f: NameFeatures): boolean => f.surname.length === 0 && f.given.length > 0;
const cross = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x}|${y}`));
const initials = (f: NameFeatures): string[] => [...new Set(f.given.map((g) => g[0]!))];
const skeleton = (word: string): string => soundex(word).slice(1);

const prefix = (n: number) => (word: string): string => word.slice(0, n);
const suffix = (n: number) => (word: string): string => word.slice(-n);

// A single typo cannot change both the first three and the last three letters of a word of
// six or more letters; shorter words fall back on their Soundex code.
export const BLOCKING_RULES: readonly BlockingRule[] = [
  { id: 'surname+initial', keys: (f) => cross(f.surname, initials(f)) },
  { id: 'given+surname-part', keys: (f) => cross(f.given, [...f.surname, ...f.parts]) },
  { id: 'surname+formal-given', keys: (f) => cross(f.surname, f.given.flatMap((g) => [g, ...formalNames(g)])) },
  { id: 'sorted-tokens', keys: (f) => (f.given[0] && f.surname[0] ? [[f.given[0], f.surname[0]].sort().join('|')] : []) },
  { id: 'given+surname-prefix', keys: (f) => cross(f.given, f.surname.map(prefix(3))) },
  { id: 'given+surname-suffix', keys: (f) => cross(f.given, f.surname.map(suffix(3))) },
  { id: 'surname+given-sound', keys: (f) => cross(f.surname, f.given.map(skeleton)) },
  { id: 'sound-both', keys: (f) => cross(f.given.map(soundex), f.surname.map(soundex)) },
  { id: 'given-prefix+surname-suffix', keys: (f) => cross(f.given.map(prefix(2)), f.surname.map(suffix(4))) },
  { id: 'given-suffix+surname-prefix', keys: (f) => cross(f.given.map(suffix(2)), f.surname.map(prefix(4))) },
  { id: 'surname-only:source-given-missing', keys: (f) => f.surname, source: lacksGiven },
  { id: 'surname-only:target-given-missing', keys: (f) => f.surname, target: lacksGiven },
  { id: 'given-only:source-surname-missing', keys: (f) => f.given, source: lacksSurname },
  { id: 'given-only:target-surname-missing', keys: (f) => f.given, target: lacksSurname },
];

/** Pairs in one block above this are not all compared: only exact names inside it. */
export const BLOCK_CAP = 2_500;

export interface BlockingStats {
  /** Pairs first found by each rule. */
  pairsByRule: Record<string, number>;
  cappedBlocks: number;
  largestBlocks: { rule: string; key: string; pairs: number }[];
}

export interface BlockedPairs {
  /** Per probing source (by position in the probe list): target index → the rule that found it. */
  pairs: Map<number, string>[];
  stats: BlockingStats;
}

/**
 * Candidate pairs between the probing sources and the allowed targets. Linear in the number
 * of principals plus the pairs produced; capped blocks contribute exact-name pairs only.
 */
export function blockPairs(sources: readonly NameFeatures[], targets: readonly NameFeatures[], rules: readonly BlockingRule[] = BLOCKING_RULES): BlockedPairs {
  const pairs = sources.map(() => new Map<number, string>());
  const stats: BlockingStats = { pairsByRule: {}, cappedBlocks: 0, largestBlocks: [] };

  for (const rule of rules) {
    const index = new Map<string, number[]>();
    targets.forEach((t, ti) => {
      if (rule.target && !rule.target(t)) return;
      for (const key of new Set(rule.keys(t))) {
        const list = index.get(key);
        if (list) list.push(ti);
        else index.set(key, [ti]);
      }
    });
    const sourceKeys = sources.map((s) => (rule.source && !rule.source(s) ? [] : [...new Set(rule.keys(s))]));
    const sourcesPerKey = new Map<string, number>();
    for (const keys of sourceKeys) for (const k of keys) sourcesPerKey.set(k, (sourcesPerKey.get(k) ?? 0) + 1);

    let found = 0;
    // A capped block is searched through its targets' full names only.
    const capped = new Map<string, Map<string, number[]>>();
    const exactNames = (key: string, block: readonly number[]): Map<string, number[]> => {
      let byName = capped.get(key);
      if (!byName) {
        byName = new Map();
        for (const ti of block) {
          const name = targets[ti]!.fullKey;
          const list = byName.get(name);
          if (list) list.push(ti);
          else byName.set(name, [ti]);
        }
        capped.set(key, byName);
        stats.largestBlocks.push({ rule: rule.id, key, pairs: block.length * (sourcesPerKey.get(key) ?? 1) });
      }
      return byName;
    };
    sourceKeys.forEach((keys, si) => {
      const own = pairs[si]!;
      for (const key of keys) {
        const block = index.get(key);
        if (!block) continue;
        const size = block.length * (sourcesPerKey.get(key) ?? 1);
        const members = size > BLOCK_CAP ? (exactNames(key, block).get(sources[si]!.fullKey) ?? []) : block;
        for (const ti of members) {
          if (own.has(ti)) continue;
          own.set(ti, rule.id);
          found++;
        }
      }
    });
    stats.cappedBlocks += capped.size;
    stats.pairsByRule[rule.id] = found;
  }
  stats.largestBlocks.sort((a, b) => b.pairs - a.pairs || (a.key < b.key ? -1 : 1));
  stats.largestBlocks.length = Math.min(stats.largestBlocks.length, 10);
  return { pairs, stats };
}
