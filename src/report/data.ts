// The data a report page embeds: review.csv's rows as written (cells in `columns` order),
// summary.json's counts and findings, the target keys for redirect suggestions, and a plan's
// waves. Types only, shared by the writer (src/report) and the page (page/).

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
   * Per-attribute score arithmetic by row index, for review rows that carry it (the evidence
   * issue); empty until review.csv has a `score_terms` column. The page lists it when present.
   */
  arithmetic: Record<number, ScoreTerm[]>;
  summary: ReportSummary;
  /** Every target key ctmap saw, with its display name where review.csv has one (kind, key, name). */
  targets: Array<[string, string, string]>;
  plan: ReportPlan | null;
}

export interface ScoreTerm {
  /** The attribute or rule the points come from ("surname", "given name: nickname", ...). */
  attribute: string;
  points: number;
}

export interface ReportSummary {
  ctmap: string;
  counts: {
    sources: number;
    targets: number;
    inMap: number;
    byStatus: Record<string, number>;
    byRule: Record<string, number>;
    unclaimedTargets: number;
  };
  findings: ReportFinding[];
  unclaimedTargets: string[];
  inputs: Array<{ file: string; role: string; rows: number }>;
}

export interface ReportFinding {
  code: string;
  severity: string;
  message: string;
  principal?: string;
  tenant?: string;
  file?: string;
  line?: number;
  column?: string;
}

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
