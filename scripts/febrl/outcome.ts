// One variant's assignments against the Febrl ground truth: automatic mappings right and
// wrong, true pairs left for review with the right best candidate, misses, and why.

import type { Assignment, Principal } from '../../src/model.js';
import { nameStageGaps } from './diagnose.js';
import { candidateLabel, describe, relation } from './labels.js';
import type { FebrlTenants } from './tenants.js';

export interface Breakdown {
  key: string;
  count: number;
  examples: string[];
}

/** A wrong automatic mapping, each principal described with its Febrl record. */
export interface WrongPair {
  source: string;
  target: string;
  trueTarget: string;
}

export interface Outcome {
  truePairs: number;
  /** Status matched: written to identity-map.csv. */
  automatic: number;
  correct: number;
  wrong: number;
  /** Status review / ambiguous / conflict with the true target as best candidate. */
  reviewRightBest: number;
  ambiguousRightBest: number;
  conflictRightBest: number;
  /** Neither mapped (right or wrong) nor proposed as best: the reviewer never sees the pair. */
  missed: number;
  /** Missed pairs whose true target was the runner-up. */
  missedTrueRunnerUp: number;
  precision: number;
  /** Correct automatic mappings / true pairs. */
  recall: number;
  wrongOfAutomatic: number;
  /** (correct + review + ambiguous with the right best) / true pairs. */
  coverage: number;
  /** correct + review with the right best, ambiguous left out. */
  coverageReviewOnly: number;
  statuses: Record<string, number>;
  /** Sources not mapped automatically (left to a person), by `status/reason`, most first. */
  leftToPerson: Record<string, number>;
  wrongPairs: WrongPair[];
  /** Review, ambiguous and conflict rows with the right best candidate. */
  rightBestBy: Breakdown[];
  wrongBy: Breakdown[];
  wrongByTruePair: Breakdown[];
  missedBy: Breakdown[];
  missedByTruePair: Breakdown[];
  missedTrueTarget: Breakdown[];
}

const EXAMPLES = 3;

class Tally {
  private readonly rows = new Map<string, Breakdown>();
  add(key: string, example: () => string): void {
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = { key, count: 0, examples: [] }));
    row.count++;
    if (row.examples.length < EXAMPLES) row.examples.push(example());
  }
  list(): Breakdown[] {
    return [...this.rows.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  }
}

export function scoreOutcome(assignments: readonly Assignment[], targets: readonly Principal[], tenants: FebrlTenants, upnFromNames: boolean): Outcome {
  const targetByUpn = new Map(targets.map((t) => [t.key, t]));
  if (assignments.length !== tenants.truth.size) throw new Error(`${assignments.length} assignments for ${tenants.truth.size} true pairs`);
  const gaps = nameStageGaps(
    assignments.map((a) => a.source),
    targets,
    tenants.truth,
  );
  const who = (upn: string): string => describe(upn, tenants.records.get(upn));
  // Where each target went: mapped automatically, or the best candidate of some source.
  const mappedTo = new Set<string>();
  const proposed = new Set<string>();
  for (const a of assignments) {
    if (a.best === undefined) continue;
    (a.status === 'matched' ? mappedTo : proposed).add(a.best.target.key);
  }

  const count = { automatic: 0, correct: 0, wrong: 0, review: 0, ambiguous: 0, conflict: 0, missed: 0, runnerUp: 0 };
  const statuses: Record<string, number> = {};
  const left = new Map<string, number>();
  const wrongPairs: WrongPair[] = [];
  const tallies = { rightBestBy: new Tally(), wrongBy: new Tally(), wrongByTruePair: new Tally(), missedBy: new Tally(), missedByTruePair: new Tally(), missedTrueTarget: new Tally() };

  for (const a of assignments) {
    statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    if (a.status !== 'matched') left.set(`${a.status}/${a.reason}`, (left.get(`${a.status}/${a.reason}`) ?? 0) + 1);
    if (a.status === 'decided' || a.status === 'excluded') throw new Error(`unexpected status ${a.status}: the evaluation passes no decisions`);
    const s = a.source;
    const trueUpn = tenants.truth.get(s.key);
    const trueTarget = trueUpn === undefined ? undefined : targetByUpn.get(trueUpn);
    if (trueUpn === undefined || trueTarget === undefined) throw new Error(`${s.key}: no true target in the export`);
    const best = a.best?.target.key;
    const example = (): string =>
      `${who(s.key)} → ${best === undefined ? 'nothing' : `${who(best)} [${candidateLabel(a.best)}]`}; true target ${who(trueUpn)}`;
    const trueRelation = relation(s, trueTarget, upnFromNames);

    if (a.status === 'matched') {
      count.automatic++;
      if (best === trueUpn) count.correct++;
      else {
        count.wrong++;
        wrongPairs.push({ source: who(s.key), target: best === undefined ? '' : who(best), trueTarget: who(trueUpn) });
        tallies.wrongBy.add(`${a.reason}: ${candidateLabel(a.best)}`, example);
        tallies.wrongByTruePair.add(trueRelation, example);
      }
      continue;
    }
    if (best === trueUpn && (a.status === 'review' || a.status === 'ambiguous' || a.status === 'conflict')) {
      count[a.status]++;
      tallies.rightBestBy.add(`${a.status}/${a.reason}: ${candidateLabel(a.best)}`, example);
      continue;
    }
    count.missed++;
    if (a.runnerUp?.target.key === trueUpn) count.runnerUp++;
    tallies.missedBy.add(`${a.status}/${a.reason}: best ${candidateLabel(a.best)}`, example);
    tallies.missedByTruePair.add(`${trueRelation} → ${offeredInstead(a, gaps.get(s.key))}`, example);
    const went = mappedTo.has(trueUpn) ? 'mapped automatically from another source' : proposed.has(trueUpn) ? "another source's best candidate" : "nobody's best candidate";
    tallies.missedTrueTarget.add(`true target ${went}`, example);
  }

  const n = assignments.length;
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  return {
    truePairs: n,
    automatic: count.automatic,
    correct: count.correct,
    wrong: count.wrong,
    reviewRightBest: count.review,
    ambiguousRightBest: count.ambiguous,
    conflictRightBest: count.conflict,
    missed: count.missed,
    missedTrueRunnerUp: count.runnerUp,
    precision: count.automatic === 0 ? 1 : count.correct / count.automatic,
    recall: share(count.correct, n),
    wrongOfAutomatic: share(count.wrong, count.automatic),
    coverage: share(count.correct + count.review + count.ambiguous, n),
    coverageReviewOnly: share(count.correct + count.review, n),
    statuses,
    leftToPerson: byCount(left),
    wrongPairs,
    rightBestBy: tallies.rightBestBy.list(),
    wrongBy: tallies.wrongBy.list(),
    wrongByTruePair: tallies.wrongByTruePair.list(),
    missedBy: tallies.missedBy.list(),
    missedByTruePair: tallies.missedByTruePair.list(),
    missedTrueTarget: tallies.missedTrueTarget.list(),
  };
}

function offeredInstead(a: Assignment, gap: string | undefined): string {
  if (a.best !== undefined) return 'another best candidate';
  if (gap === undefined) return 'no candidate';
  return `no candidate: ${gap || 'blocked and scored, then dropped (negative evidence, or target claimed by an identifier)'}`;
}

/** A count per key as a record, the largest first (ties by key), so the JSON reads in that order. */
export function byCount(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}
