// The map pipeline: normalize, candidates, score, assign, validate. Pure: no file system, no
// console, no process. The command reads the inputs and writes what this returns.

import { applyDecisions } from './match/decisions.js';
import { runMatch } from './match/engine.js';
import { matchGroups } from './match/groups/match.js';
import { userKind } from './match/kinds/users.js';
import type { AttributeModel } from './match/attributes/learn.js';
import type { BlockingStats } from './match/names/blocking.js';
import { withNearMisses } from './match/names/near-misses.js';
import type { MatchConfig } from './match/options.js';
import type { Assignment, Decision, Finding, Principal } from './model.js';
import { compareKeys } from './order.js';
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

  return {
    assignments,
    findings,
    unclaimedTargets,
    blocking: userMatch.context.blocking,
    attributes: userMatch.context.attributes,
    timings,
  };
}

/** Users by UPN, then groups by object ID; equal keys (duplicates) by their other values. */
export function sortByPrincipal<T>(items: readonly T[], principalOf: (item: T) => Principal): T[] {
  // Sort keys are computed once per item, not once per comparison.
  const decorated = items.map((item) => {
    const p = principalOf(item);
    return { item, p, kind: p.kind === 'user' ? 0 : 1, lower: p.key.toLowerCase() };
  });
  decorated.sort(
    (a, b) =>
      a.kind - b.kind ||
      (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0) ||
      compareKeys(a.p.key, b.p.key) ||
      compareKeys(contentKey(a.p), contentKey(b.p)),
  );
  return decorated.map((d) => d.item);
}

function contentKey(p: Principal): string {
  return [p.id, p.mail, p.displayName, p.givenName, p.surname, p.employeeId, p.immutableId, p.proxies.join(' ')].join('\u0000');
}
