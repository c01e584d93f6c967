// Findings that save a failed move, checked on the decided rows: each rule looks at one
// assignment and pushes findings; wording lives in wording/findings.ts.

import { classifyGroup } from '../group-class.js';
import type { Assignment, Finding, Principal } from '../model.js';
import { FINDING_SEVERITY } from '../model.js';

type Rule = (a: Assignment, push: (f: Finding) => void) => void;

const about = (p: Principal): Pick<Finding, 'file' | 'line' | 'tenant' | 'principal'> => ({
  file: p.origin.file,
  line: p.origin.line,
  tenant: p.tenant,
  principal: p.key,
});

// Rows that will be in the map, or that a reviewer is asked to accept.
const proposed = (a: Assignment): Principal | undefined => (a.status === 'excluded' ? undefined : a.best?.target);

/** An apostrophe in a UPN makes the move fail with "invalid character" (facts §2.1). */
const apostropheInUpn: Rule = (a, push) => {
  const target = proposed(a);
  if (a.source.kind !== 'user' || !target) return;
  for (const p of [a.source, target]) if (p.upn.includes("'")) push({ code: 'apostrophe-in-upn', severity: FINDING_SEVERITY['apostrophe-in-upn'], column: 'upn', ...about(p) });
};

const targetDisabled: Rule = (a, push) => {
  const target = proposed(a);
  if (target?.kind === 'user' && target.enabled === false) push({ code: 'target-disabled', severity: FINDING_SEVERITY['target-disabled'], ...about(target) });
};

const memberToGuest: Rule = (a, push) => {
  const target = proposed(a);
  if (a.source.kind === 'user' && a.source.userType !== 'Guest' && target?.userType === 'Guest') {
    push({ code: 'member-to-guest', severity: FINDING_SEVERITY['member-to-guest'], ...about(a.source), data: { target: target.key } });
  }
};

/** A Microsoft 365 group name or alias with a '.' makes the site move fail (facts §2.2). */
const m365AliasDot: Rule = (a, push) => {
  const target = proposed(a);
  if (a.source.kind !== 'group' || !target) return;
  for (const g of [a.source, target]) {
    if (classifyGroup(g) !== 'm365') continue;
    const value = [g.displayName, g.mailNickname].find((v) => v.includes('.'));
    if (value !== undefined) push({ code: 'm365-alias-dot', severity: FINDING_SEVERITY['m365-alias-dot'], ...about(g), data: { value } });
  }
};

export const MAP_RULES: readonly Rule[] = [apostropheInUpn, targetDisabled, memberToGuest, m365AliasDot];

/** The findings of every rule, users' before groups', in the order of the sources' lines, whatever the assignments' order. */
export function mapFindings(assignments: readonly Assignment[]): Finding[] {
  const found: { kind: number; line: number; finding: Finding }[] = [];
  let kind = 0;
  let line = 0;
  const push = (finding: Finding): void => void found.push({ kind, line, finding });
  for (const a of assignments) {
    kind = a.source.kind === 'user' ? 0 : 1;
    line = a.source.origin.line;
    for (const rule of MAP_RULES) rule(a, push);
  }
  return found.sort((a, b) => a.kind - b.kind || a.line - b.line).map((f) => f.finding);
}
