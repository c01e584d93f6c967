// Blocking recall: of the pairs that an all-pairs search finds related by some name level, how
// many does blocking propose? Measured on a sample, since all pairs grow quadratically.

import { BLOCKING_RULES, blockPairs } from '../../src/match/names/blocking.js';
import { compareNames } from '../../src/match/names/compare.js';
import { nameFeatures, type NameFeatures } from '../../src/match/names/features.js';
import { personName } from '../../src/match/names/person.js';
import { NAME_WINDOW } from '../../src/match/names/window.js';
import type { SyntheticTenants, SyntheticUser } from './tenants.js';

export interface Recall {
  sample: number;
  allPairs: number;
  blockedPairs: number;
  recall: number;
}

const features = (u: SyntheticUser): NameFeatures => nameFeatures(personName({ givenName: u.given, surname: u.surname, displayName: '' }));

export function blockingRecall(tenants: SyntheticTenants, sample: number): Recall {
  const sources = tenants.source.slice(0, sample);
  const wanted = new Set(sources.map((s) => tenants.truth.get(s.upn)).filter((t): t is string => t !== undefined && t !== ''));
  const truthTargets = tenants.target.filter((t) => wanted.has(t.upn));
  const others = tenants.target.filter((t) => !wanted.has(t.upn)).slice(0, Math.max(0, sample - truthTargets.length));
  const targets = [...truthTargets, ...others];
  const sf = sources.map(features);
  const tf = targets.map(features);

  // The window name candidates use: recall is measured on what the names stage compares.
  const blocked = blockPairs(sf, tf, BLOCKING_RULES, NAME_WINDOW).pairs;
  let all = 0;
  let found = 0;
  let blockedPairs = 0;
  sf.forEach((s, i) => {
    blockedPairs += blocked[i]!.size;
    tf.forEach((t, j) => {
      if (!compareNames(s.name, t.name)) return;
      all++;
      if (blocked[i]!.has(j)) found++;
    });
  });
  return { sample, allPairs: all, blockedPairs, recall: all === 0 ? 1 : found / all };
}
