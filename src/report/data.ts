// The data a report page embeds: review.csv's rows as written (cells in `columns` order),
// summary.json's counts and findings, the target keys for redirect suggestions, a plan's
// waves, and the moves' progress from a status.json. Shared by the writer (src/report) and the page (page/), which imports types only.

import { z } from 'zod';
import type { StatusJson } from '../status/json.js';

export const REPORT_DATA_VERSION = 1;

export interface ReportData {
  version: typeof REPORT_DATA_VERSION;
  /** Where the run was read from, as given on the command line (shown in the title). */
  runDir: string;
  /** sha256 of review.csv: decisions in browser storage belong to this run only. */
  runId: string;
  /** review.csv's header, as read; both sides find columns by name folded like foldHeader ("runner_up" → "runnerup"). */
  columns: string[];
  /** review.csv's rows, cells in `columns` order, formula-escaping "'" removed. */
  rows: string[][];
  /**
   * The score's arithmetic by row index, from review.csv's `score_terms` column (absent in runs
   * of older versions). The page lists it when present.
   */
  arithmetic: Record<number, ScoreTerm[]>;
  summary: ReportSummary;
  /** Every target key ctmap saw, with its display name where review.csv has one (kind, key, name). */
  targets: Array<[string, string, string]>;
  plan: ReportPlan | null;
  status: ReportStatus | null;
}

export interface ScoreTerm {
  /** The attribute or rule the points come from ("surname", "given name: nickname", ...). */
  attribute: string;
  points: number;
}

/** What the page needs of summary.json, checked when read (unknown keys are dropped). */
export const reportSummarySchema = z.object({
  ctmap: z.string(),
  inputs: z.array(z.object({ file: z.string(), role: z.string(), rows: z.number() })),
  counts: z.object({
    sources: z.number(),
    targets: z.number(),
    inMap: z.number(),
    byStatus: z.record(z.string(), z.number()),
    byRule: z.record(z.string(), z.number()),
    unclaimedTargets: z.number(),
  }),
  findings: z.array(
    z.object({
      code: z.string(),
      severity: z.string(),
      message: z.string(),
      principal: z.string().optional(),
      tenant: z.string().optional(),
      file: z.string().optional(),
      line: z.number().optional(),
      column: z.string().optional(),
    }),
  ),
  unclaimedTargets: z.array(z.string()),
});

export type ReportSummary = z.output<typeof reportSummarySchema>;
export type ReportFinding = ReportSummary['findings'][number];

export interface ReportPlan {
  dir: string;
  moves: number;
  waves: ReportWave[];
}

export interface ReportWave {
  wave: number;
  /** ISO times as moves.csv has them; '' when the plan has no schedule. */
  begin: string;
  end: string;
  byKind: Record<string, number>;
}

/**
 * What the page shows of a status.json (`ctmap status`): the states per wave, the failures with
 * their cause and fix, the stuck moves and the queue. The lists of changed, stoppable and unseen
 * moves stay in status.json; unseen moves are counted per wave there.
 */
export interface ReportStatus extends Pick<StatusJson, 'snapshots' | 'latest' | 'previous' | 'stuckHours' | 'queue' | 'waves' | 'failed' | 'stuck' | 'notInPlan'> {
  /** The status.json read, as found from --status. */
  file: string;
  notSeen: number;
}
