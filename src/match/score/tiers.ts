// Identifiers are not all equal (DESIGN "Principals and evidence"): an immutable ID outranks an
// employee ID, which outranks the source's own address found on the target, which outranks an
// address equal only after the domain rewrite. A pair's tier is that of its strongest rule.

import type { Candidate, Evidence, EvidenceRule, IdentifierDetail } from '../../model.js';

/** The tiers, strongest first; a tier's rank is its index here. */
export const TIERS = ['immutable-id', 'employee-id', 'exact-address', 'rewritten'] as const;
export type Tier = (typeof TIERS)[number];

// A group's mail nickname compares local parts across the tenants, as a rewritten address does.
const TIER_OF_RULE: Partial<Record<EvidenceRule, Tier>> = {
  'immutable-id': 'immutable-id',
  'employee-id': 'employee-id',
  address: 'exact-address',
  'guest-address': 'exact-address',
  'upn-domain': 'rewritten',
  'address-domain': 'rewritten',
  'mail-nickname': 'rewritten',
};

/** The rank of a tier: 0 is the strongest. */
export const rankOf = (tier: Tier): number => TIERS.indexOf(tier);

/** The rank of a pair's strongest identifier rule; undefined when no identifier rule found it. */
export function tierRank(c: Candidate): number | undefined {
  const e = strongestIdentifier(c);
  return e === undefined ? undefined : rankOf(TIER_OF_RULE[e.rule]!);
}

/** The pair's identifier evidence of the strongest tier (the first of that tier). */
export function strongestIdentifier(c: Candidate): IdentifierDetail | undefined {
  let best: IdentifierDetail | undefined;
  let bestRank: number = TIERS.length;
  for (const e of c.evidence) {
    if (!isIdentifier(e)) continue;
    const rank = rankOf(TIER_OF_RULE[e.rule]!);
    if (rank < bestRank) {
      best = e;
      bestRank = rank;
    }
  }
  return best;
}

const isIdentifier = (e: Evidence): e is Evidence & IdentifierDetail => e.strength === 'strong' && TIER_OF_RULE[e.rule] !== undefined;

/** The rank of the rewritten tier: a pair found there alone meets the target-namesake rule. */
export const REWRITTEN = rankOf('rewritten');
