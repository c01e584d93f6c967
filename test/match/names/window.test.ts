import { describe, expect, it } from 'vitest';
import { BLOCKING_RULES, blockPairs } from '../../../src/match/names/blocking.js';
import { nameFeatures } from '../../../src/match/names/features.js';
import { personName } from '../../../src/match/names/person.js';
import { SortedBlock, NAME_WINDOW, type BlockWindow } from '../../../src/match/names/window.js';
import { nameCandidates } from '../../../src/match/names/candidates.js';
import { nameFrequencies } from '../../../src/match/names/features.js';
import { evidenceText } from '../../../src/wording/evidence.js';
import { person, user } from '../../helpers/principal.js';

const features = (full: string) => {
  const [givenName = '', surname = ''] = full.split('|');
  return nameFeatures(personName({ givenName, surname, displayName: '' }));
};

// 'John|Sab…son' surnames: two large blocks, given+surname-prefix ('john|sab') and given+surname-suffix ('john|son').
const letters = 'abcdefghijklmnopqrstuvwxyz';
const crowd = Array.from({ length: 120 }, (_, i) => `John|Sab${letters[i % 26]}${letters[Math.floor(i / 26)]}son`);
const WINDOW: BlockWindow = { over: 8, width: 2, namesakes: 40 };

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

  it('compares the first few of a family of namesakes, in target order', () => {
    const namesakes = Array.from({ length: 30 }, () => 'John|Sabqcson');
    const targets = [...crowd, ...namesakes];
    const result = blockPairs([features('John|Sabqcson')], targets.map(features), BLOCKING_RULES, { ...WINDOW, namesakes: 4 });
    const found = [...result.pairs[0]!.keys()].filter((t) => targets[t] === 'John|Sabqcson').sort((a, b) => a - b);
    // The crowd's own John Sabqcson and the first three of the family.
    expect(found).toEqual([crowd.indexOf('John|Sabqcson'), crowd.length, crowd.length + 1, crowd.length + 2]);
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
    const held = block.visitNear(free, { over: 0, width, namesakes: 9 }, (t) => seen.push(names[t]!));
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

describe('name candidates through the window', () => {
  // A source among more namesakes and near names than the window holds.
  const crowdUsers = crowd.map((n, i) => user('target', `t${String(i).padStart(3, '0')}@fabrikam.com`, person(...(n.split('|') as [string, string]))));
  const source = user('source', 'john.sabqcson@contoso.com', person('John', 'Sabqcsonn'));

  function run(targets: typeof crowdUsers) {
    const sourceNames = [personName(source)];
    const targetNames = targets.map((t) => personName(t));
    return nameCandidates({
      source: { principals: [source], names: sourceNames },
      target: { principals: targets, names: targetNames },
      probe: [0],
      allowed: targets.map((_, i) => i),
      frequencies: nameFrequencies([...sourceNames, ...targetNames]),
      shared: { employeeId: false, immutableId: false },
    });
  }

  it('notes the limit on each name pair of the source, and counts the source', () => {
    const found = run(crowdUsers);
    const list = found.bySource.get(0)!;
    // Sabqcson (t068) is one edit away; others two, at the same typo level.
    expect(list.map((c) => c.target.key)).toContain('t068@fabrikam.com');
    expect(found.blocking.cappedSources).toBe(1);
    expect(found.comparisons).toBeLessThan(crowd.length);
    for (const c of list) expect(c.evidence.map((e) => e.rule)).toContain('search-limited');
    expect(evidenceText(list[0]!.evidence)).toMatch(/the name search compared the \d+ nearest of 120 target users sharing the key john\|sab/);
    expect(NAME_WINDOW.over).toBeLessThan(crowd.length);
  });

  it('proposes the same candidates, best first, whatever the order of the targets', () => {
    const keysOf = (r: ReturnType<typeof run>) => r.bySource.get(0)!.map((c) => [c.target.key, c.score, c.foundBy]);
    const shuffled = [...crowdUsers].sort((a, b) => (a.key.split('').reverse().join('') < b.key.split('').reverse().join('') ? -1 : 1));
    expect(keysOf(run(shuffled))).toEqual(keysOf(run(crowdUsers)));
    expect(run(shuffled).comparisons).toBe(run(crowdUsers).comparisons);
  });
});
