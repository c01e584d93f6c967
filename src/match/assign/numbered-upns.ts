// The numbered-UPN rule: john.smith and john.smith2 in one tenant form a family, and an
// address match into or out of a family is never automatic, since the numbering may differ
// between the tenants.

import type { Candidate, EvidenceRule, Principal } from '../../model.js';

/** Principals whose UPN differs from another UPN of the same tenant only by trailing digits. */
export function numberedUpns(principals: readonly Principal[]): Principal[] {
  // Only a UPN whose local part ends in a digit starts a family; the rest can only join one.
  const familyOf = principals.map((p) => numberedBase(p.upn));
  const family = new Map<string, number>();
  for (const base of familyOf) if (base !== undefined) family.set(base, (family.get(base) ?? 0) + 1);
  if (family.size === 0) return [];
  principals.forEach((p, i) => {
    if (familyOf[i] !== undefined) return;
    const upn = p.upn.toLowerCase();
    const members = family.get(upn);
    if (members === undefined) return;
    family.set(upn, members + 1);
    familyOf[i] = upn;
  });
  return principals.filter((_, i) => familyOf[i] !== undefined && family.get(familyOf[i]!)! > 1);
}

/** 'John.Smith2@contoso.com' → 'john.smith@contoso.com'; undefined when no digit precedes the '@'. */
function numberedBase(upn: string): string | undefined {
  const at = upn.indexOf('@');
  let end = at;
  while (end > 0 && isDigit(upn.charCodeAt(end - 1))) end--;
  return end === at ? undefined : `${upn.slice(0, end)}${upn.slice(at)}`.toLowerCase();
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

// Rewritten addresses compare local parts across tenants; an exact source address on the target does not.
const REWRITE_RULES: ReadonlySet<EvidenceRule> = new Set(['upn-domain', 'address-domain']);

/** The guard: a pair found only by rewritten addresses, with a numbered family on either side. */
export function numberedUpnGuard(source: Principal, best: Candidate, numbered: ReadonlySet<Principal>): boolean {
  return best.evidence.every((e) => REWRITE_RULES.has(e.rule)) && (numbered.has(source) || numbered.has(best.target));
}
