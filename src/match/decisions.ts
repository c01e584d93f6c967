// Reviewer decisions over the automatic assignments (issue 6). A decision is final: it wins over
// every automatic rule. One that cannot be applied (its source or target is gone, it would map a
// target twice, the rows for one source disagree) is ignored with an error finding and leaves the
// source as the automatic rules decided it; nothing changes silently.

import type { Assignment, Candidate, Decision, Evidence, Finding, FindingCode, Principal, Verdict } from '../model.js';
import { FINDING_SEVERITY } from '../model.js';
import { push } from '../multimap.js';
import { compareKeys } from '../order.js';

export interface DecisionInput {
  /** One per source, in source order. */
  assignments: readonly Assignment[];
  sources: readonly Principal[];
  targets: readonly Principal[];
  decisions: readonly Decision[];
  /** The automatic candidates of a source (identifier and names): the evidence of a decided pair. */
  candidatesOf: (source: number) => readonly Candidate[];
  /** Evidence against a pair that no automatic rule proposed. */
  against: (source: number, target: number) => readonly Evidence[];
}

export interface DecisionOutcome {
  /** One per source, in source order. */
  assignments: Assignment[];
  findings: Finding[];
}

interface Applicable {
  decision: Decision;
  /** Several only for a reject of a source its export lists twice. */
  sources: readonly number[];
  /** For accept: the target index. */
  target?: number;
}

type Report = (code: FindingCode, d: Decision, data: NonNullable<Finding['data']>, principal?: string) => void;

export function applyDecisions(input: DecisionInput): DecisionOutcome {
  const findings: Finding[] = [];
  const report: Report = (code, d, data, principal = d.source) =>
    findings.push({ code, severity: FINDING_SEVERITY[code], file: d.origin.file, line: d.origin.line, tenant: 'source', principal, data });

  const sourceAt = indexByKey(input.sources);
  const targetAt = indexByKey(input.targets);
  const applicable: Applicable[] = [];
  const create = new Set<number>();
  for (const rows of groupBySource(input.decisions)) {
    const d = agreed(rows, report);
    if (!d) continue;
    const sources = sourceAt.get(ref(d.kind, d.source));
    if (!sources) {
      report('decision-source-gone', d, { source: d.source });
      continue;
    }
    // create leaves the map to the rules; it is carried until the source has a target.
    if (d.verdict === 'create') {
      for (const s of sources) create.add(s);
      continue;
    }
    // A reject leaves the source out whatever its target: no target needs to exist.
    if (d.verdict === 'reject') {
      applicable.push({ decision: d, sources });
      continue;
    }
    const targets = targetAt.get(ref(d.kind, d.target));
    if (sources.length > 1 || (targets?.length ?? 0) > 1) {
      report('decision-breaks-one-to-one', d, { source: d.source, target: d.target, why: sources.length > 1 ? 'source-twice-in-export' : 'target-twice-in-export' });
    } else if (!targets) {
      report('decision-target-gone', d, { source: d.source, target: d.target });
    } else {
      applicable.push({ decision: d, sources, target: targets[0]! });
    }
  }
  const assignments = rebuild(input, oneSourcePerTarget(applicable, report), report).map((a, i) =>
    create.has(i) && a.status !== 'matched' && a.status !== 'decided' ? { ...a, requested: 'create' as const } : a,
  );
  findings.sort((a, b) => compareKeys(a.principal ?? '', b.principal ?? '') || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0));
  return { assignments, findings };
}

/** The rows for one source, merged when they agree; when they do not, none of them counts. */
function agreed(rows: readonly Decision[], report: Report): Decision | undefined {
  const first = rows[0]!;
  const same = (d: Decision) => d.verdict === first.verdict && (d.verdict !== 'accept' || d.target.toLowerCase() === first.target.toLowerCase());
  if (rows.every(same)) return first;
  const said = rows.map((d) => (d.verdict === 'accept' ? `line ${d.origin.line}: accept ${d.target}` : `line ${d.origin.line}: ${d.verdict}`));
  report('decision-contradictory', first, { source: first.source, said });
  return undefined;
}

/** Two accepts for one target: neither is applied, each is reported. */
function oneSourcePerTarget(applicable: readonly Applicable[], report: Report): Applicable[] {
  const byTarget = new Map<number, Applicable[]>();
  for (const a of applicable) if (a.target !== undefined) push(byTarget, a.target, a);
  return applicable.filter((a) => {
    const rivals = a.target === undefined ? [] : byTarget.get(a.target)!.filter((b) => b !== a);
    if (rivals.length === 0) return true;
    const other = rivals.map((b) => `${b.decision.source} (line ${b.decision.origin.line})`).sort(compareKeys);
    report('decision-breaks-one-to-one', a.decision, { source: a.decision.source, target: a.decision.target, other, why: 'target-accepted-twice' });
    return false;
  });
}

function rebuild(input: DecisionInput, applicable: readonly Applicable[], report: Report): Assignment[] {
  const decidedFor = new Map<number, Applicable>();
  for (const a of applicable) for (const s of a.sources) decidedFor.set(s, a);
  const takenBy = new Map<Principal, Applicable>();
  for (const a of applicable) if (a.target !== undefined) takenBy.set(input.targets[a.target]!, a);

  return input.assignments.map((automatic, i) => {
    const mine = decidedFor.get(i);
    if (mine?.target !== undefined) return accepted(input, automatic, i, mine.target);
    if (mine) return rejected(automatic);
    const best = automatic.best;
    const winner = best && takenBy.get(best.target);
    return best && winner ? displaced(input, automatic, best, winner, report) : automatic;
  });
}

function accepted(input: DecisionInput, automatic: Assignment, source: number, targetIndex: number): Assignment {
  const target = input.targets[targetIndex]!;
  const found = input.candidatesOf(source).find((c) => c.target === target);
  // The automatic evidence for the pair stays visible next to the decision, the evidence against it too.
  const evidence = [decisionEvidence('accept'), ...(found ? found.evidence : input.against(source, targetIndex))];
  const best: Candidate = { source: automatic.source, target, evidence, score: found?.score ?? 0, ...(found?.terms && { terms: found.terms }), foundBy: 'decision' };
  // What the rules proposed instead, so a redirect shows what it replaced.
  const runnerUp = [automatic.best, automatic.runnerUp].find((c) => c !== undefined && c.target !== target);
  return { source: automatic.source, status: 'decided', reason: 'decision-accept', best, runnerUp, competing: [] };
}

function rejected(automatic: Assignment): Assignment {
  const best = automatic.best && { ...automatic.best, evidence: [decisionEvidence('reject'), ...automatic.best.evidence] };
  return { ...automatic, status: 'excluded', reason: 'decision-reject', best, competing: [] };
}

// Statuses a decision for another source takes the target from; a conflict stays a conflict.
const DISPLACEABLE = new Set<Assignment['status']>(['matched', 'review', 'ambiguous']);

/** The automatic pick of a target that a decision gave to another source loses it. */
function displaced(input: DecisionInput, automatic: Assignment, best: Candidate, winner: Applicable, report: Report): Assignment {
  if (!DISPLACEABLE.has(automatic.status)) return automatic;
  const strong = best.evidence.some((e) => e.strength === 'strong');
  if (automatic.status === 'matched') {
    const d = winner.decision;
    report('decision-breaks-one-to-one', d, { source: d.source, target: d.target, other: [automatic.source.key], why: 'automatic-match-lost' }, automatic.source.key);
  }
  return { ...automatic, status: strong ? 'conflict' : 'ambiguous', reason: 'target-taken', competing: [input.sources[winner.sources[0]!]!.key] };
}

function decisionEvidence(verdict: Verdict): Evidence {
  // No file line here: review.csv must not change when the decision rows move.
  return { rule: 'decision', strength: 'final', verdict };
}

function ref(kind: string, key: string): string {
  return `${kind}\u0000${key.toLowerCase()}`;
}

function indexByKey(principals: readonly Principal[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  principals.forEach((p, i) => push(map, ref(p.kind, p.key), i));
  return map;
}

function groupBySource(decisions: readonly Decision[]): Decision[][] {
  const groups = new Map<string, Decision[]>();
  for (const d of decisions) push(groups, ref(d.kind, d.source), d);
  // Rows in file order within a source, so the merged decision names its first line.
  return [...groups.values()].map((rows) => rows.sort((a, b) => a.origin.line - b.origin.line));
}
