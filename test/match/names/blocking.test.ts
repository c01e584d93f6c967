import { describe, expect, it } from 'vitest';
import { BLOCK_CAP, blockPairs } from '../../../src/match/names/blocking.js';
import { nameFeatures } from '../../../src/match/names/features.js';
import { personName } from '../../../src/match/names/person.js';
import { blockingRecall } from '../../../scripts/synthetic/recall.js';
import { generateTenants } from '../../../scripts/synthetic/tenants.js';

const features = (full: string) => {
  const [givenName = '', surname = ''] = full.split('|');
  return nameFeatures(personName({ givenName, surname, displayName: '' }));
};

describe('blocking', () => {
  it.each([
    { s: 'John|Smith', t: 'John|Smith', rule: 'surname+initial' },
    { s: 'Robert|Chamberlain', t: 'Bob|Chamberlain', rule: 'surname+formal-given' },
    { s: 'Chen|Jing', t: 'Jing|Chen', rule: 'sorted-tokens' },
    { s: 'Margaret|Thorne', t: 'Margaret|Thorn', rule: 'given+surname-prefix' },
    { s: 'Anna|Kowalski', t: 'Anna|Gowalski', rule: 'given+surname-suffix' },
    { s: 'Anna|Kowalski', t: 'Anna|Kowalsky', rule: 'given+surname-prefix' },
    { s: 'Catherine|Oyelaran', t: 'Katherine|Oyelaran', rule: 'surname+given-sound' },
    { s: '|Neumann', t: 'Michaela|Neumann', rule: 'surname-only:source-given-missing' },
    { s: 'Michaela|Neumann', t: '|Neumann', rule: 'surname-only:target-given-missing' },
  ])('$s ~ $t is found by $rule', ({ s, t, rule }) => {
    const { pairs } = blockPairs([features(s)], [features(t)]);
    expect([...pairs[0]!]).toEqual([[0, rule]]);
  });

  it('proposes no pair for unrelated names', () => {
    expect(blockPairs([features('Anna|Berg')], [features('Omar|Haddad')]).pairs[0]!.size).toBe(0);
  });

  it('keeps the exact-name pairs of a capped block, and reports the block', () => {
    const crowd = Array.from({ length: BLOCK_CAP + 50 }, (_, i) => features(`J${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10) % 10]}x|Smith`));
    const targets = [...crowd, features('John|Smith')];
    const { pairs, stats } = blockPairs([features('John|Smith')], targets);
    expect(pairs[0]!.get(targets.length - 1)).toBe('surname+initial');
    expect(pairs[0]!.size).toBeLessThan(BLOCK_CAP);
    expect(stats.largestBlocks[0]).toEqual({ rule: 'surname+initial', key: 'smith|j', targets: targets.length });
  });

  it('finds at least 99% of the pairs an all-pairs search finds on a synthetic sample', () => {
    const recall = blockingRecall(generateTenants(4_000, 7), 1_000);
    expect(recall.allPairs).toBeGreaterThan(500);
    expect(recall.recall).toBeGreaterThanOrEqual(0.99);
  });
});
