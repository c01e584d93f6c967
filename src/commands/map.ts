// `ctmap map`: read the exports, run the pipeline, write identity-map.csv, review.csv and
// summary.json. Returns the exit code; throws CtmapError for exit 2 before writing anything.

import { exitCodeFor } from '../errors.js';
import { identityMapChunks } from '../emit/identity-map.js';
import { reviewCsvChunks } from '../emit/review.js';
import { buildSummary, summaryJson, type Summary } from '../emit/summary.js';
import { assertWritable, writeOutputs } from '../emit/write.js';
import { runMap } from '../pipeline.js';
import type { Kind, Principal, Tenant } from '../model.js';
import { readDecisionsFile } from '../read/decisions.js';
import { parsedInUpnOrder } from '../read/hand-over.js';
import { exportPrincipals, readExportFile } from '../read/index.js';
import { collectBefore } from '../large-run.js';
import { assertDistinctInputs } from '../validate/distinct-inputs.js';
import { assertDomainRulesUsed, proposeDomainRules } from '../validate/domain-rules.js';
import { withUnreadableRows } from '../validate/unreadable-rows.js';
import { withoutUnwritableRows } from '../validate/writable-rows.js';
import type { Io } from './io.js';
import { resolveMapSettings } from './map-settings.js';
import { formatMapReport } from './map-report.js';

const STAGE_NAMES: Readonly<Record<string, string>> = {
  normalize: 'normalizing names',
  exact: 'matching identifiers',
  score: 'weighing identifier evidence',
  names: 'searching names',
  assign: 'deciding one to one',
  duplicates: 'looking for rows listed twice',
  groups: 'matching groups',
  decisions: "applying the reviewer's decisions",
  validate: 'checking the rows for failed moves',
  'near-misses': 'explaining the unmatched',
  sort: 'sorting',
  'lint-check': 'checking the map with ctmap lint',
};

export const MAP_OUTPUTS = ['identity-map.csv', 'review.csv', 'summary.json'] as const;

export interface MapOutcome {
  exitCode: number;
  summary: Summary;
  paths: string[];
}

export function runMapCommand(args: unknown, io: Io): MapOutcome {
  const settings = resolveMapSettings(args);
  assertWritable(settings.out, MAP_OUTPUTS, settings.force);

  const started = performance.now();
  // Progress goes to stderr, and only to a terminal: a pipe or a log file gets the result only.
  const progress = (what: string): void => {
    if (io.interactive) io.err(`ctmap: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };
  const read = (file: string, kind: Kind, tenant: Tenant) => {
    progress(`reading ${file}`);
    const options = { kind, tenant, columns: settings.columns };
    // In a large run, users are made in UPN order, the outputs' (read/hand-over.ts).
    const inWorker = io.handedOver;
    const parsed = inWorker && (inWorker(file) ?? (kind === 'user' ? parsedInUpnOrder(file, settings.columns.upn ?? []) : undefined));
    return parsed ? exportPrincipals(parsed, options) : readExportFile(file, options);
  };
  const sourceUsers = read(settings.sourceUsers, 'user', 'source');
  const targetUsers = read(settings.targetUsers, 'user', 'target');
  const sourceGroups = settings.sourceGroups === undefined ? undefined : read(settings.sourceGroups, 'group', 'source');
  const targetGroups = settings.targetGroups === undefined ? undefined : read(settings.targetGroups, 'group', 'target');
  const inputs = [sourceUsers, targetUsers, sourceGroups, targetGroups].filter((r) => r !== undefined);
  assertDistinctInputs([
    [sourceUsers.info, targetUsers.info],
    [sourceGroups?.info, targetGroups?.info],
  ]);
  const sources = [...sourceUsers.principals, ...(sourceGroups?.principals ?? [])];
  const targets = [...targetUsers.principals, ...(targetGroups?.principals ?? [])];
  assertDomainRulesUsed(settings.match.domainRules, sources, targets);
  const proposed = settings.match.domainRules.size === 0 ? proposeDomainRules(sourceUsers.principals, targetUsers.principals) : undefined;
  const decisions = settings.decisions === undefined ? undefined : readDecisionsFile(settings.decisions);
  const readMs = Math.round(performance.now() - started);
  // Full collections between stages (large runs only, large-run.ts), timed apart from the stages.
  let collectMs = 0;
  const enterStage = (stage: string): void => {
    collectMs += collectBefore(stage);
    progress(STAGE_NAMES[stage] ?? stage);
  };

  const result = runMap(
    {
      sourceUsers: sourceUsers.principals,
      targetUsers: targetUsers.principals,
      sourceGroups: sourceGroups?.principals ?? [],
      targetGroups: targetGroups?.principals ?? [],
      ...(decisions && { decisions: decisions.decisions }),
    },
    settings.match,
    enterStage,
  );
  // What is written must pass ctmap lint with these exports; rows it would reject stay out.
  enterStage('lint-check');
  const checkStart = performance.now();
  const lintExport = (file: string, got: { principals: Principal[] } | undefined) => (got === undefined ? undefined : { file, principals: got.principals });
  const writable = withoutUnwritableRows({
    assignments: withUnreadableRows(result.assignments, [...sourceUsers.unreadable, ...(sourceGroups?.unreadable ?? [])]),
    sourceTenantId: settings.match.sourceTenantId,
    groups: settings.match.groups,
    exports: {
      sourceUsers: lintExport(settings.sourceUsers, sourceUsers),
      targetUsers: lintExport(settings.targetUsers, targetUsers),
      sourceGroups: lintExport(settings.sourceGroups ?? '', sourceGroups),
      targetGroups: lintExport(settings.targetGroups ?? '', targetGroups),
    },
  });
  const assignments = writable.assignments;
  const checkMs = Math.round(performance.now() - checkStart);
  const findings = [...inputs.flatMap((r) => r.findings), ...(decisions?.findings ?? []), ...(proposed ? [proposed] : []), ...result.findings, ...writable.findings];

  progress('writing the outputs');
  const emitStart = performance.now();
  const rows = writable.rows;
  const timings: Record<string, number> = { read: readMs, ...result.timings, 'lint-check': checkMs, collect: Math.round(collectMs) };
  let summary: Summary | undefined;
  // summary.json is written last, so that its timings include writing the two CSVs.
  function* summaryText(): Generator<string> {
    timings['emit'] = Math.round(performance.now() - emitStart);
    summary = buildSummary({
      assignments,
      findings,
      inputs: [...inputs.map((r) => r.info), ...(decisions ? [decisions.info] : [])],
      targets: targetUsers.principals.length + (targetGroups?.principals.length ?? 0),
      inMap: rows.length,
      unclaimedTargets: result.unclaimedTargets,
      blocking: result.blocking,
      attributes: result.attributes,
      timings,
    });
    yield summaryJson(summary);
  }
  const paths = writeOutputs(
    settings.out,
    [
      { name: 'identity-map.csv', content: identityMapChunks(rows) },
      { name: 'review.csv', content: reviewCsvChunks(assignments, findings) },
      { name: 'summary.json', content: summaryText() },
    ],
    settings.force,
  );
  if (!summary) throw new Error('summary.json was not written');

  io.out(settings.json ? summaryJson(summary) : formatMapReport(summary, paths));
  const leftForReview = summary.counts.byStatus.review + summary.counts.byStatus.ambiguous + summary.counts.byStatus.conflict > 0;
  return { exitCode: exitCodeFor(findings, settings.strict && leftForReview), summary, paths };
}
