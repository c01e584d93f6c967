// The synthetic tenants with HR attributes through the real path (exports written as CSV, read
// back by the project's reader, matched by runMap), scored against the generator's truth: how
// many true pairs are mapped automatically, how many wrong (decoys and namesake traps included),
// and why the rest is left to a person. `npm run eval` reports it; test/eval/synthetic-hr.test.ts
// asserts on it.

import { DEFAULT_GROUP_OPTIONS } from '../../src/match/options.js';
import { parseDomainRules } from '../../src/config.js';
import { runMap } from '../../src/pipeline.js';
import { readExportBytes } from '../../src/read/index.js';
import type { Principal, Tenant } from '../../src/model.js';
import { byCount, type WrongPair } from '../febrl/outcome.js';
import type { Shares } from '../febrl/shares.js';
import { exportCsv, generateTenants, type SyntheticUser } from './tenants.js';

const SOURCE_TENANT_ID = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';

export interface HrEvalOptions {
  users: number;
  seed: number;
  /** Namesake traps per source user (generateTenants' `traps`); 0 for none. */
  traps: number;
}

export interface HrCounts {
  options: HrEvalOptions;
  /** Source users, leavers and traps included. */
  sources: number;
  /** Sources with a true target (not leavers). */
  truePairs: number;
  leavers: number;
  /** Status matched. */
  automatic: number;
  correct: number;
  /** Mapped to another target than the true one, or a leaver mapped. */
  wrong: number;
  /** Of the wrong: mapped to a decoy or a trap's unrelated namesake. */
  wrongToDecoy: number;
  /** Status review / ambiguous / conflict with the true target as best candidate. */
  reviewRightBest: number;
  ambiguousRightBest: number;
  conflictRightBest: number;
  /** Decoy targets (namesakes with attributes of their own, trap namesakes included). */
  decoys: number;
  traps: { count: number; correct: number; wrong: number; left: number };
  /** Sources not mapped automatically, by `status/reason`, most first. */
  leftToPerson: Record<string, number>;
  wrongPairs: WrongPair[];
}

const describe = (u: SyntheticUser | undefined, upn: string): string => (u === undefined ? upn || '(leaver: none)' : `"${u.given} ${u.surname}" ${u.upn}`);

function read(users: readonly SyntheticUser[], tenant: Tenant, idPrefix: string): Principal[] {
  const result = readExportBytes(Buffer.from(exportCsv(users, idPrefix)), `${tenant}-users.csv`, { kind: 'user', tenant });
  const errors = result.findings.filter((f) => f.severity !== 'info');
  // The generator must write clean exports; a finding here is a bug in it, not in the matcher.
  if (errors.length > 0) throw new Error(`${tenant}: ${errors.map((f) => `${f.code} line ${f.line ?? '-'}`).join(', ')}`);
  return result.principals;
}

/** Generates, matches and counts; what the lead's "≥ 95% automatic, none wrong" assertion reads. */
export function syntheticHrCounts(options: HrEvalOptions): HrCounts {
  const tenants = generateTenants(options.users, options.seed, 'realistic', { hr: true, traps: options.traps });
  const sources = read(tenants.source, 'source', 'aaaaaaaa-0000-4000-8000-');
  const targets = read(tenants.target, 'target', 'bbbbbbbb-0000-4000-8000-');
  const result = runMap(
    { sourceUsers: sources, targetUsers: targets },
    { sourceTenantId: SOURCE_TENANT_ID, domainRules: parseDomainRules(['contoso.com=fabrikam.com']), policy: 'standard', groups: DEFAULT_GROUP_OPTIONS },
  );
  const byUpn = new Map([...tenants.source, ...tenants.target].map((u) => [u.upn, u]));
  const c = { automatic: 0, correct: 0, wrong: 0, wrongToDecoy: 0, review: 0, ambiguous: 0, conflict: 0 };
  const traps = { count: tenants.traps.size, correct: 0, wrong: 0, left: 0 };
  const left = new Map<string, number>();
  const wrongPairs: WrongPair[] = [];
  for (const a of result.assignments) {
    const s = a.source.key;
    const truth = tenants.truth.get(s);
    if (truth === undefined) throw new Error(`${s}: not in the generator's truth`);
    const best = a.best?.target.key;
    const trap = tenants.traps.has(s);
    if (a.status !== 'matched') {
      left.set(`${a.status}/${a.reason}`, (left.get(`${a.status}/${a.reason}`) ?? 0) + 1);
      if (trap) traps.left++;
      if (best !== undefined && best === truth && (a.status === 'review' || a.status === 'ambiguous' || a.status === 'conflict')) c[a.status]++;
      continue;
    }
    c.automatic++;
    if (best === truth) {
      c.correct++;
      if (trap) traps.correct++;
      continue;
    }
    c.wrong++;
    if (trap) traps.wrong++;
    if (best !== undefined && tenants.decoys.has(best)) c.wrongToDecoy++;
    wrongPairs.push({ source: describe(byUpn.get(s), s), target: describe(best === undefined ? undefined : byUpn.get(best), best ?? ''), trueTarget: describe(byUpn.get(truth), truth) });
  }
  const leavers = [...tenants.truth.values()].filter((t) => t === '').length;
  return {
    options,
    sources: result.assignments.length,
    truePairs: tenants.truth.size - leavers,
    leavers,
    automatic: c.automatic,
    correct: c.correct,
    wrong: c.wrong,
    wrongToDecoy: c.wrongToDecoy,
    reviewRightBest: c.review,
    ambiguousRightBest: c.ambiguous,
    conflictRightBest: c.conflict,
    decoys: tenants.decoys.size,
    traps,
    leftToPerson: byCount(left),
    wrongPairs,
  };
}

export function hrTitle(o: HrEvalOptions): string {
  return `synthetic HR, ${o.users.toLocaleString('en')} users, seed ${o.seed}${o.traps > 0 ? `, namesake traps ${(o.traps * 100).toFixed(0)}%` : ''}`;
}

export function hrShares(h: HrCounts): Shares {
  return {
    title: hrTitle(h.options),
    sources: h.sources,
    truePairs: h.truePairs,
    automatic: h.automatic,
    correct: h.correct,
    wrong: h.wrong,
    coverage: h.truePairs === 0 ? 0 : (h.correct + h.reviewRightBest + h.ambiguousRightBest) / h.truePairs,
    leftToPerson: h.leftToPerson,
    wrongPairs: h.wrongPairs,
  };
}

/** One line per synthetic run: what the shares table leaves out. */
export function hrLine(h: HrCounts): string {
  const pct = (part: number, whole: number): string => `${((whole === 0 ? 0 : part / whole) * 100).toFixed(2)}%`;
  return (
    `- ${hrTitle(h.options)}: ${h.truePairs.toLocaleString('en')} true pairs, ${h.leavers.toLocaleString('en')} leavers, ${h.decoys.toLocaleString('en')} decoy targets; ` +
    `true pairs mapped automatically ${pct(h.correct, h.truePairs)}; wrong ${h.wrong} (${h.wrongToDecoy} to a decoy); review/ambiguous/conflict with the right best ${h.reviewRightBest}/${h.ambiguousRightBest}/${h.conflictRightBest}` +
    (h.traps.count > 0 ? `; traps ${h.traps.count}: ${h.traps.correct} mapped right, ${h.traps.wrong} wrong, ${h.traps.left} left to a person` : '')
  );
}
