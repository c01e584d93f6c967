// The map pipeline: normalize, candidates, score, assign, validate. Pure: no file system, no
// console, no process. The command reads the inputs and writes what this returns.

import { applyDecisions } from './match/decisions.js';
import { runMatch, type Stage } from './match/engine.js';
import { matchGroups } from './match/groups/match.js';
import { userKind } from './match/kinds/users.js';
import type { AttributeModel } from './match/attributes/learn.js';
import type { BlockingStats } from './match/names/blocking.js';
import { withNearMisses } from './match/names/near-misses.js';
import type { MatchConfig } from './match/options.js';
import type { Assignment, Decision, Finding, Principal } from './model.js';
import { compareKeys, lowerBound } from './order.js';
import { mapFindings } from './validate/map-rules.js';

export interface MapInput {
  sourceUsers: readonly Principal[];
  targetUsers: readonly Principal[];
  sourceGroups?: readonly Principal[];
  targetGroups?: readonly Principal[];
  /** A reviewer's decisions (--decisions); they win over every automatic rule. */
  decisions?: readonly Decision[];
}

export interface MapResult {
  /** One per source principal, in output order. */
  assignments: Assignment[];
  findings: Finding[];
  /** Target principals that no source is matched or proposed to (new hires, spare accounts). */
  unclaimedTargets: Principal[];
  /** How name candidates were found: pairs per blocking rule, capped blocks, comparisons. */
  blocking: BlockingStats & { comparisons: number };
  /** The supporting attributes' weights learned from the tenants, and the pairs they came from. */
  attributes: AttributeModel;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

/** Told when a stage starts, for progress on long runs; the pipeline prints nothing itself. */
export type StageListener = (stage: string) => void;

export function runMap(input: MapInput, config: MatchConfig, onStage: StageListener = () => {}): MapResult {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, work: () => T): T => {
    onStage(stage);
    const start = performance.now();
    const out = work();
    timings[stage] = Math.round(performance.now() - start);
    return out;
  };
  const { explained, findings, blocking, attributes } = matchAndExplain(input, config, time);
  const targets = input.targetUsers;
  const targetGroups = input.targetGroups ?? [];

  const { assignments, unclaimedTargets } = time('sort', () => {
    const claimed = new Set<Principal>();
    // A target whose only proposal a reviewer rejected is free again.
    for (const a of explained) if (a.best && a.reason !== 'decision-reject') claimed.add(a.best.target);
    return {
      assignments: sortByPrincipal(explained, (a) => a.source),
      unclaimedTargets: sortByPrincipal(
        [...targets, ...targetGroups].filter((t) => !claimed.has(t)),
        (t) => t,
      ),
    };
  });

  return { assignments, findings, unclaimedTargets, blocking, attributes, timings };
}

// Every stage before the sort, in a function of its own: the matcher's indexes, names and
// unexplained assignments are garbage once it returns, not kept by runMap's closures while the
// assignments are sorted (at 1,000,000 users the sort was where the run peaked).
function matchAndExplain(input: MapInput, config: MatchConfig, time: Stage) {
  const sources = input.sourceUsers;
  const targets = input.targetUsers;
  const findings: Finding[] = [];

  const userMatch = runMatch(userKind(config.domainRules), sources, targets, config, time);
  findings.push(...userMatch.findings);
  const automatic = userMatch.assignments;
  const { sourceNames, targetNames, shared, frequencies } = userMatch.context;

  const sourceGroups = input.sourceGroups ?? [];
  const targetGroups = input.targetGroups ?? [];
  const groups = time('groups', () => matchGroups(sourceGroups, targetGroups, config.domainRules, config.groups, config.policy));
  findings.push(...groups.findings);

  // A reviewer's decisions win over every automatic rule; users and groups are decided apart.
  const all = input.decisions ?? [];
  const decided = time('decisions', () => {
    if (all.length === 0) return { assignments: [...automatic, ...groups.assignments], findings: [] };
    const users = applyDecisions({
      assignments: automatic,
      sources,
      targets,
      decisions: all.filter((d) => d.kind === 'user'),
      candidatesOf: userMatch.candidatesOf,
      against: userMatch.against,
    });
    const groupDecisions = applyDecisions({
      assignments: groups.assignments,
      sources: sourceGroups,
      targets: targetGroups,
      decisions: all.filter((d) => d.kind === 'group'),
      candidatesOf: groups.candidatesOf,
      against: groups.against,
    });
    return { assignments: [...users.assignments, ...groupDecisions.assignments], findings: [...users.findings, ...groupDecisions.findings] };
  });
  findings.push(...decided.findings, ...time('validate', () => mapFindings(decided.assignments)));
  // Explanation only: the closest targets an unmatched user had, and why each was not proposed.
  const explained = time('near-misses', () =>
    withNearMisses({
      assignments: decided.assignments,
      sources,
      targets,
      sourceNames,
      targetNames,
      shared,
      duplicateTargets: userMatch.duplicateTargets,
      ...(frequencies && { frequencies }),
    }),
  );

  return { explained, findings, blocking: userMatch.context.blocking, attributes: userMatch.context.attributes };
}

/** Users by UPN, then groups by object ID; equal keys (duplicates) by their other values. */
export function sortByPrincipal<T>(items: readonly T[], principalOf: (item: T) => Principal): T[] {
  // A comparison sort of a million keys cost a comparison per item and level, most of them
  // reading two strings far apart in a large heap: it grew faster than the tenant. Items are
  // first counted into buckets by kind and the first three UTF-16 units of the lowered key (a
  // number, see unitsAt), in linear time; only a bucket's own items are compared, and most
  // comparisons there read the next three units as a number, not the strings.
  const n = items.length;
  const principals = new Array<Principal>(n);
  const lowers = new Array<string>(n);
  const heads = new Float64Array(n);
  const tails = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = principalOf(items[i]!);
    const lower = p.key.toLowerCase();
    principals[i] = p;
    lowers[i] = lower;
    heads[i] = (p.kind === 'user' ? 0 : 2 ** 48) + unitsAt(lower, 0);
    tails[i] = unitsAt(lower, 3);
  }
  const distinct = Float64Array.from(new Set(heads)).sort();
  const bucketOf = new Int32Array(n);
  const starts = new Int32Array(distinct.length + 1);
  for (let i = 0; i < n; i++) {
    const b = lowerBound(distinct, heads[i]!);
    bucketOf[i] = b;
    starts[b + 1]!++;
  }
  for (let b = 0; b < distinct.length; b++) starts[b + 1]! += starts[b]!;
  const next = starts.slice(0, distinct.length);
  const order = new Int32Array(n);
  // In input order within a bucket, so that the stable sort below keeps full ties as they came.
  for (let i = 0; i < n; i++) order[next[bucketOf[i]!]!++] = i;

  const compare = (a: number, b: number): number => {
    const tail = tails[a]! - tails[b]!;
    if (tail !== 0) return tail;
    const x = lowers[a]!;
    const y = lowers[b]!;
    if (x !== y) return x < y ? -1 : 1;
    const pa = principals[a]!;
    const pb = principals[b]!;
    return compareKeys(pa.key, pb.key) || compareKeys(contentKey(pa), contentKey(pb));
  };
  const bucket: number[] = [];
  for (let b = 0; b < distinct.length; b++) {
    const from = starts[b]!;
    const to = starts[b + 1]!;
    if (to - from < 2) continue;
    bucket.length = 0;
    for (let k = from; k < to; k++) bucket.push(order[k]!);
    bucket.sort(compare);
    for (let k = from; k < to; k++) order[k] = bucket[k - from]!;
  }
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = items[order[i]!]!;
  return out;
}

/**
 * Three UTF-16 units of a key from a position as one number, an absent unit counting 0. Two
 * keys equal in their units before `from` compare as these numbers do, or tie: a key shorter
 * than another it begins is never put after it, only tied with it, and ties go to the strings.
 */
function unitsAt(key: string, from: number): number {
  return (key.charCodeAt(from) || 0) * 2 ** 32 + (key.charCodeAt(from + 1) || 0) * 2 ** 16 + (key.charCodeAt(from + 2) || 0);
}

function contentKey(p: Principal): string {
  return [p.id, p.mail, p.displayName, p.givenName, p.surname, p.employeeId, p.immutableId, p.proxies.join(' ')].join('\u0000');
}
