// Candidate pairs for name comparison come from blocking keys, never from all pairs. Each
// rule turns a name into keys; a source and a target sharing a key of a rule form a pair, and
// the pair remembers the first rule that found it (Splink's match_key). A block with too many
// targets (a very common name) gives only its exact-name pairs.

import { forEachValue, IndexMap } from '../../multimap.js';
import type { NameFeatures } from './features.js';
import { formalNames } from './nicknames.js';
import { soundex } from './soundex.js';

/** The parts keys are made of, computed once per name. */
export interface KeyParts {
  f: NameFeatures;
  initials: readonly string[];
  /** The given name and the formal names it may be a nickname of. */
  formal: readonly string[];
  givenSound: readonly string[];
  givenSkeleton: readonly string[];
  surnameSound: readonly string[];
  surnamePrefix: readonly string[];
  surnameSuffix: readonly string[];
  /** First two and last two letters: a typo in the middle of a short surname (Novak / Nowak). */
  surnameEnds: readonly string[];
}

export interface BlockingRule {
  id: string;
  keys(k: KeyParts): readonly string[];
  /** Only sources (targets) for which this holds take part; default: all. */
  source?: (f: NameFeatures) => boolean;
  target?: (f: NameFeatures) => boolean;
}

const lacksGiven = (f: NameFeatures): boolean => f.given.length === 0 && f.surname.length > 0;
const lacksSurname = (f: NameFeatures): boolean => f.surname.length === 0 && f.given.length > 0;

function cross(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 1 && b.length === 1) return [`${a[0]}|${b[0]}`];
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(`${x}|${y}`);
  return out;
}

// A single typo cannot change both the first three and the last three letters of a word of
// six or more letters, nor, in a shorter one, both those and its first two plus last two. Surname parts
// (García-López / García) share a prefix or a suffix. Measured on 5,000 × 5,000 synthetic
// users (npm run bench), these rules find 99.7% of the pairs an all-pairs search finds.
export const BLOCKING_RULES: readonly BlockingRule[] = [
  { id: 'surname+initial', keys: (k) => cross(k.f.surname, k.initials) },
  { id: 'surname+formal-given', keys: (k) => cross(k.f.surname, k.formal) },
  { id: 'sorted-tokens', keys: (k) => (k.f.given[0] && k.f.surname[0] ? [[k.f.given[0], k.f.surname[0]].sort().join('|')] : []) },
  { id: 'given+surname-prefix', keys: (k) => cross(k.f.given, k.surnamePrefix) },
  { id: 'given+surname-suffix', keys: (k) => cross(k.f.given, k.surnameSuffix) },
  { id: 'given+surname-ends', keys: (k) => cross(k.f.given, k.surnameEnds) },
  { id: 'surname+given-sound', keys: (k) => cross(k.f.surname, k.givenSkeleton) },
  { id: 'sound-both', keys: (k) => cross(k.givenSound, k.surnameSound) },
  { id: 'surname-only:source-given-missing', keys: (k) => k.f.surname, source: lacksGiven },
  { id: 'surname-only:target-given-missing', keys: (k) => k.f.surname, target: lacksGiven },
  { id: 'given-only:source-surname-missing', keys: (k) => k.f.given, source: lacksSurname },
  { id: 'given-only:target-surname-missing', keys: (k) => k.f.given, target: lacksSurname },
];

function keyParts(f: NameFeatures, words: WordParts): KeyParts {
  const initials = f.given.length === 0 ? [] : f.given.length === 1 || f.given[0]![0] === f.given[1]![0] ? [f.given[0]![0]!] : f.given.map((g) => g[0]!);
  return {
    f,
    initials,
    formal: f.given.length === 1 ? words.formal(f.given[0]!) : f.given.flatMap((g) => words.formal(g)),
    givenSound: f.given.map((g) => words.soundex(g)),
    givenSkeleton: f.given.map((g) => words.soundex(g).slice(1)),
    surnameSound: f.surname.map((s) => words.soundex(s)),
    surnamePrefix: f.surname.map((s) => s.slice(0, 3)),
    surnameSuffix: f.surname.map((s) => s.slice(-3)),
    surnameEnds: f.surname.map((s) => s.slice(0, 2) + s.slice(-2)),
  };
}

/** Soundex codes and formal names of words, each computed once per distinct word in a run. */
class WordParts {
  private readonly codes = new Map<string, string>();
  private readonly formals = new Map<string, readonly string[]>();

  soundex(word: string): string {
    let code = this.codes.get(word);
    if (code === undefined) this.codes.set(word, (code = soundex(word)));
    return code;
  }

  /** The given name and the formal names it may be a nickname of. */
  formal(given: string): readonly string[] {
    let names = this.formals.get(given);
    if (!names) this.formals.set(given, (names = [given, ...formalNames(given)]));
    return names;
  }
}

/** A block with more targets than this is not compared in full: only exact names inside it. */
export const BLOCK_CAP = 200;

export interface BlockingStats {
  /** Pairs first found by each rule. */
  pairsByRule: Record<string, number>;
  cappedBlocks: number;
  /** The largest capped blocks, with their number of targets. */
  largestBlocks: { rule: string; key: string; targets: number }[];
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
  const words = new WordParts();
  const targetParts = targets.map((f) => keyParts(f, words));
  const indexes = rules.map((rule) => {
    const index = new IndexMap();
    targetParts.forEach((k, ti) => {
      if (!rule.target || rule.target(k.f)) for (const key of distinct(rule.keys(k))) index.add(key, ti);
    });
    return index;
  });

  const found = rules.map(() => 0);
  const capped = rules.map(() => new Map<string, IndexMap>());
  const largestBlocks: BlockingStats['largestBlocks'] = [];
  // A capped block is searched through its targets' full names only.
  const exactNames = (r: number, key: string, block: readonly number[]): IndexMap => {
    let byName = capped[r]!.get(key);
    if (!byName) {
      const names = new IndexMap();
      for (const ti of block) names.add(targets[ti]!.fullKey, ti);
      byName = names;
      capped[r]!.set(key, byName);
      largestBlocks.push({ rule: rules[r]!.id, key, targets: block.length });
    }
    return byName;
  };

  const pairs = sources.map((f) => {
    const own = new Map<number, string>();
    const k = keyParts(f, words);
    rules.forEach((rule, r) => {
      if (rule.source && !rule.source(f)) return;
      const visit = (ti: number): void => {
        if (own.has(ti)) return;
        own.set(ti, rule.id);
        found[r]!++;
      };
      for (const key of distinct(rule.keys(k))) {
        const block = indexes[r]!.get(key);
        if (typeof block === 'object' && block.length > BLOCK_CAP) exactNames(r, key, block).forEach(f.fullKey, visit);
        else forEachValue(block, visit);
      }
    });
    return own;
  });

  largestBlocks.sort((a, b) => b.targets - a.targets || (a.key < b.key ? -1 : 1));
  return {
    pairs,
    stats: {
      pairsByRule: Object.fromEntries(rules.map((rule, r) => [rule.id, found[r]!])),
      cappedBlocks: capped.reduce((n, m) => n + m.size, 0),
      largestBlocks: largestBlocks.slice(0, 10),
    },
  };
}

// Most rules give one key per name; only longer lists can repeat a key.
function distinct(keys: readonly string[]): readonly string[] {
  return keys.length < 2 ? keys : [...new Set(keys)];
}
