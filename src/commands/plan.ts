// `ctmap plan`: read the identity map and the move lists, plan the waves, write the runbook.
// Returns the exit code; throws CtmapError for exit 2 before writing anything.

import { CtmapError, exitCodeFor } from '../errors.js';
import { MAP_FILE, type RunbookContext } from '../emit/powershell/context.js';
import { runbookScripts } from '../emit/powershell/index.js';
import { movesCsv } from '../emit/moves-csv.js';
import { runbookMarkdown } from '../emit/runbook.js';
import { writeOutputs, type OutputFile } from '../emit/write.js';
import { buildPlan, type Plan } from '../plan/build.js';
import { lintMap } from '../lint/index.js';
import { readMapFile } from '../read/identity-map.js';
import { readIdentityMapFile } from '../read/identity-map-file.js';
import { readMoveList } from '../read/move-lists.js';
import { TENANTS_FILE, tenantsJson } from '../read/plan-folder.js';
import type { Io } from './io.js';
import { formatPlanReport } from './plan-report.js';
import { resolvePlanSettings } from './plan-settings.js';

// Scripts of an earlier plan (say a wave that no longer exists) must not be left to run.
const PLAN_SCRIPT = /^\d\d-(?:source|target)-.+\.ps1$/;

export interface PlanOutcome {
  exitCode: number;
  plan: Plan;
  files: OutputFile[];
}

export function runPlanCommand(args: unknown, io: Io): PlanOutcome {
  const settings = resolvePlanSettings(args);
  assertLintAccepts(settings.mapFile);
  const map = readIdentityMapFile(settings.mapFile);
  const list = (file: string | undefined, kind: 'onedrive' | 'site' | 'group-site') => (file === undefined ? undefined : readMoveList(file, kind));
  const plan = buildPlan({
    source: settings.source,
    target: settings.target,
    map: { file: settings.mapFile, users: map.users, groups: map.groups },
    requested: { onedrive: list(settings.onedrive, 'onedrive'), sites: list(settings.sites, 'site') ?? [], groupSites: list(settings.groupSites, 'group-site') ?? [] },
    waveSize: settings.waveSize,
    schedule: settings.schedule,
  });

  const ctx: RunbookContext = { source: settings.source, target: settings.target, verifyVerb: settings.verifyVerb, waves: plan.waves, users: map.users, groups: map.groups };
  const files: OutputFile[] = [
    ...runbookScripts(ctx),
    { name: 'moves.csv', content: movesCsv(plan.waves) },
    { name: 'RUNBOOK.md', content: runbookMarkdown({ ctx, waveSize: settings.waveSize, findings: plan.findings }) },
    { name: MAP_FILE, content: map.bytes },
    { name: TENANTS_FILE, content: tenantsJson(ctx) },
  ];
  // Scripts of waves that no longer exist are removed in the same swap; logs stay.
  writeOutputs(settings.out, files, settings.force, { stale: PLAN_SCRIPT });

  io.out(formatPlanReport(ctx, plan, settings.out, files.length));
  return { exitCode: exitCodeFor(plan.findings), plan, files };
}

/** The runbook uploads the map as it is: a map ctmap lint rejects stops the plan, with every error at once. */
function assertLintAccepts(file: string): void {
  const errors = lintMap({ map: readMapFile(file) }).findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new CtmapError('map-rejected-by-lint', { file, lint: errors });
}
