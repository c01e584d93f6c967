// The identifier score: an identifier pair scores 100, with the evidence against it added.
// The id-backed policy: a UPN or address is often built from the name, so another person's
// alias is caught by the names; an employee or immutable ID survives a change of name, so a
// pair backed by one is not checked against the names.

import type { Candidate, Evidence, Principal } from '../../model.js';
import type { IdentifierPair, SharedIds } from '../candidates/exact.js';
import type { PersonName } from '../names/person.js';
import { negativeEvidence } from './negative.js';

export const IDENTIFIER_SCORE = 100;

/** True when an employee ID or immutable ID speaks for the pair. */
export function isIdBacked(evidence: readonly Evidence[]): boolean {
  return evidence.some((e) => e.rule === 'employee-id' || e.rule === 'immutable-id');
}

export interface IdentifierSide {
  principals: readonly Principal[];
  names: readonly PersonName[];
}

/** Per source: its identifier pairs as scored candidates, in the order the pairs came. */
export function scoreIdentifierPairs(pairs: readonly (readonly IdentifierPair[])[], source: IdentifierSide, target: IdentifierSide, shared: SharedIds): Candidate[][] {
  return pairs.map((list) =>
    list.map((pair): Candidate => {
      const s = source.principals[pair.source]!;
      const t = target.principals[pair.target]!;
      const against = negativeEvidence(s, t, source.names[pair.source]!, target.names[pair.target]!, shared, !isIdBacked(pair.evidence));
      return { source: s, target: t, evidence: against.length === 0 ? pair.evidence : [...pair.evidence, ...against], score: IDENTIFIER_SCORE, foundBy: foundBy(pair.evidence) };
    }),
  );
}

// One rule's name is a constant string; a join would build a new one for every pair.
const foundBy = (evidence: readonly Evidence[]): string => (evidence.length === 1 ? evidence[0]!.rule : evidence.map((e) => e.rule).join('+'));
