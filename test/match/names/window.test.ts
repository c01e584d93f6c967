import { describe, expect, it } from 'vitest';
import { BLOCKING_RULES, blockPairs } from '../../../src/match/names/blocking.js';
import { nameFeatures } from '../../../src/match/names/features.js';
import { personName } from '../../../src/match/names/person.js';
import { SortedBlock, type BlockWindow } from '../../../src/match/names/window.js';

const features = (full: string) => {
  const [givenName = '', surname = ''] = full.split('|');
  return nameFeatures(personName({ givenName, surname, displayName: '' }));
};

// 'John|Sab…son' surnames: two large blocks, given+surname-prefix ('john|sab') and given+surname-suffix ('john|son').
const letters = 'abcdefghijklmnopqrstuvwxyz';
const crowd = Array.from({ length: 120 }, (_, i) => `John|Sab${letters[i % 26]}${letters[Math.floor(i / 26)]}son`);
const WINDOW: BlockWindow = { over: 8, width: 2 };

function pairsOf(source: string, targets: readonly string[], window: BlockWindow | 'none' = WINDOW) {
  const result = blockPairs([features(source)], targets.map(features), BLOCKING_RULES, window === 'none' ? undefined : window);
  const found = [...result.pairs[0]!.keys()].map((t) => targets[t]!).sort();
  return { found, limited: result.limited.get(0), stats: result.stats };
}

describe('sorted neighbourhood in large blocks', () => {
  it.each([
    { what: 'a typo near the end of the surname', source: 'John|Sabqcsonn', wanted: 'John|Sabqcson' },
    { what: 'a typo near the start of the surname', source: 'John|Sbbqcson', wanted: 'John|Sabqcson' },
    { what: 'the exact name', source: 'John|Sabqcson', wanted: 'John|Sabqcson' },
  ])('finds $what', ({ source, wanted }) => {
    const { found, limited } = pairsOf(source, crowd);
    expect(found).toContain(wanted);
    // The window compared a few names, not the block.
    expect(found.length).toBeLessThan(40);
    expect(limited).toBeDefined();
    expect(limited!.compared).toBeLessThan(limited!.targets);
  });

  it('compares every target with the source spelling, however many', () => {
    const namesakes = Array.from({ length: 30 }, () => 'John|Sabqcson');
    const targets = [...crowd, ...namesakes];
    const result = blockPairs([features('John|Sabqcson')], targets.map(features), BLOCKING_RULES, WINDOW);
    const found = [...result.pairs[0]!.keys()];
    for (let t = crowd.length; t < targets.length; t++) expect(found).toContain(t);
  });

  it('gives the same pairs and notes whatever the order of the targets', () => {
    const shuffled = [...crowd].reverse();
    const a = pairsOf('John|Sabqcsonn', crowd);
    const b = pairsOf('John|Sabqcsonn', shuffled);
    expect(b.found).toEqual(a.found);
    expect(b.limited).toEqual(a.limited);
    expect(b.stats).toEqual(a.stats);
  });

  it('counts the sources it limited, and none when blocks are small', () => {
    expect(pairsOf('John|Sabqcsonn', crowd).stats.cappedSources).toBe(1);
    expect(pairsOf('John|Sabqcsonn', crowd.slice(0, 5)).stats.cappedSources).toBe(0);
    expect(pairsOf('John|Sabqcsonn', crowd.slice(0, 5)).limited).toBeUndefined();
  });

  it('compares the whole block without a window, as near misses do', () => {
    const { found, limited } = pairsOf('John|Sabqcsonn', crowd, 'none');
    expect(found.length).toBe(crowd.length);
    expect(limited).toBeUndefined();
  });
});

describe('SortedBlock', () => {
  const names = ['anna', 'anne', 'annie', 'bella', 'carla', 'dora', 'edda', 'ola', 'ula'];
  const block = new SortedBlock(
    names.map((_, i) => i),
    (t) => names[t]!,
  );
  const near = (free: string, width: number): string[] => {
    const seen: string[] = [];
    const held = block.visitNear(free, width, (t) => seen.push(names[t]!));
    expect(held).toBe(seen.length);
    return seen.sort();
  };

  it.each([
    // Forwards: width names each side, the equal name in the middle; backwards: the same read reversed.
    { free: 'carla', width: 1, want: ['bella', 'carla', 'dora', 'ola', 'ula'] },
    { free: 'anna', width: 1, want: ['anna', 'anne', 'dora', 'ula'] },
    { free: 'zzz', width: 1, want: ['anne', 'ula'] },
    { free: 'carla', width: 9, want: names },
  ])('$free, width $width: $want', ({ free, width, want }) => {
    expect(near(free, width)).toEqual(want);
  });
});
