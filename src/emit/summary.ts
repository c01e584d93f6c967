// summary.json: counts per status and rule, every finding with its wording and location,
// input hashes, version and timings. Only the timings differ between two runs.

import type { InputInfo } from '../read/index.js';
import type { Assignment, Finding, Principal } from '../model.js';
import { isTargeted, STATUSES, type Status } from '../model.js';
import type { MapResult } from '../pipeline.js';
import { VERSION } from '../version.js';
import { findingMessage } from '../wording/findings.js';

export interface Summary {
  ctmap: string;
  inputs: InputInfo[];
  counts: {
    sources: number;
    targets: number;
    inMap: number;
    byStatus: Record<Status, number>;
    byRule: Record<string, number>;
    unclaimedTargets: number;
  };
  /** Name candidate search: pairs first found per blocking rule, capped blocks, comparisons. */
  blocking: MapResult['blocking'];
  /** Supporting attributes: m, u and weight (bits) per level, learned from the settled pairs. */
  attributes: MapResult['attributes'];
  findings: SummaryFinding[];
  unclaimedTargets: string[];
  timings: Record<string, number>;
}

export interface SummaryFinding {
  code: string;
  severity: string;
  message: string;
  principal?: string;
  tenant?: string;
  file?: string;
  line?: number;
  column?: string;
}

export interface SummaryInput {
  assignments: readonly Assignment[];
  findings: readonly Finding[];
  inputs: readonly InputInfo[];
  targets: number;
  inMap: number;
  unclaimedTargets: readonly Principal[];
  blocking: MapResult['blocking'];
  attributes: MapResult['attributes'];
  timings: Record<string, number>;
}

export function buildSummary(input: SummaryInput): Summary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const byRule: Record<string, number> = {};
  for (const a of input.assignments) {
    byStatus[a.status]++;
    if (isTargeted(a)) {
      byRule[a.best.foundBy] = (byRule[a.best.foundBy] ?? 0) + 1;
    }
  }
  return {
    ctmap: VERSION,
    inputs: [...input.inputs],
    counts: {
      sources: input.assignments.length,
      targets: input.targets,
      inMap: input.inMap,
      byStatus,
      byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1))),
      unclaimedTargets: input.unclaimedTargets.length,
    },
    blocking: input.blocking,
    attributes: input.attributes,
    findings: input.findings.map(summaryFinding),
    unclaimedTargets: input.unclaimedTargets.map((t) => t.key),
    timings: input.timings,
  };
}

function summaryFinding(f: Finding): SummaryFinding {
  return {
    code: f.code,
    severity: f.severity,
    message: findingMessage(f),
    ...(f.principal !== undefined && { principal: f.principal }),
    ...(f.tenant !== undefined && { tenant: f.tenant }),
    ...(f.file !== undefined && { file: f.file }),
    ...(f.line !== undefined && { line: f.line }),
    ...(f.column !== undefined && { column: f.column }),
  };
}

export function summaryJson(summary: Summary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
