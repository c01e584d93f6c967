// The pairs whose attribute agreement teaches m: those an identifier settled (one candidate,
// nothing against it, no other source pointing at its target). Where identifiers settle too few
// (names-only tenants), unique exact names settled without doubt are used as well.

import type { Candidate, Principal } from '../../model.js';
import { hasAgainst } from '../../model.js';
import type { SettledPair } from './learn.js';

/** Below this many identifier-settled pairs, unique exact names are used too. */
export const MIN_IDENTIFIER_SETTLED = 200;
/** A name pair counts as settled only this far ahead of its runner-up. */
const NAME_MARGIN = 10;

export interface SettledInput {
  identifier: readonly (readonly Candidate[])[];
  /** Sources whose pair the target-namesake rule doubts, by index: not settled. */
  doubted?: ReadonlySet<number>;
  names: readonly (readonly Candidate[])[];
}

export function settledPairs(input: SettledInput): { pairs: SettledPair[]; identifiers: number; names: number } {
  const claims = new Map<Principal, number>();
  for (const list of input.identifier) for (const c of list) claims.set(c.target, (claims.get(c.target) ?? 0) + 1);
  const pairs: SettledPair[] = [];
  for (const [i, list] of input.identifier.entries()) {
    if (input.doubted?.has(i)) continue;
    const only = list.length === 1 ? list[0]! : undefined;
    if (only && !hasAgainst(only) && claims.get(only.target) === 1) pairs.push({ source: only.source, target: only.target });
  }
  const identifiers = pairs.length;
  if (identifiers >= MIN_IDENTIFIER_SETTLED) return { pairs, identifiers, names: 0 };
  const wanted = new Map<Principal, number>();
  for (const list of input.names) if (list[0]) wanted.set(list[0].target, (wanted.get(list[0].target) ?? 0) + 1);
  for (const list of input.names) {
    const [best, runnerUp] = list;
    if (!best || hasAgainst(best) || claims.has(best.target) || wanted.get(best.target) !== 1) continue;
    if (!best.evidence.some((e) => e.rule === 'name-exact' && e.strength === 'medium')) continue;
    if (runnerUp && best.score - runnerUp.score < NAME_MARGIN) continue;
    pairs.push({ source: best.source, target: best.target });
  }
  return { pairs, identifiers, names: pairs.length - identifiers };
}
