// review.csv: one row per source principal with its status, the candidate, the evidence in
// plain language and the decision column (empty unless a reviewer's decision was applied).
// Opened in Excel: BOM, CRLF, formulas escaped.

import { stringify } from 'csv-stringify/sync';
import { EXCEL_CSV } from './excel-csv.js';
import type { Assignment, Finding, Principal, ReasonCode, Verdict } from '../model.js';
import { displayOf } from '../display.js';
import { csvChunks } from './chunks.js';
import { evidenceText, nearMissText, reasonText } from '../wording/evidence.js';
import { oneLine } from '../display.js';
import { scoreTermsText } from '../wording/score-terms.js';

export const REVIEW_COLUMNS = [
  'kind',
  'status',
  'reason',
  'source',
  'source_name',
  'target',
  'target_name',
  'score',
  'score_terms',
  'rule',
  'evidence',
  'runner_up',
  'runner_up_score',
  'competing',
  'findings',
  'decision',
] as const;

export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];

/** A review.csv row, values in REVIEW_COLUMNS order (arrays stringify faster than objects). */
export type ReviewRow = string[];

export function reviewRows(assignments: readonly Assignment[], findings: readonly Finding[]): ReviewRow[] {
  return reviewRowsOf(findings)(assignments);
}

// The findings are indexed once per file, not once per chunk of rows: a run with findings about
// many principals would otherwise index all of them again for every 200 rows.
function reviewRowsOf(findings: readonly Finding[]): (assignments: readonly Assignment[]) => ReviewRow[] {
  const codes = findingCodesByPrincipal(findings);
  const codesOf = (p: Principal): readonly string[] => codes.get(principalRef(p)) ?? NONE;
  // Most runs have findings about few principals: their codes are looked up only then.
  const findingsOf = (a: Assignment): string => {
    if (codes.size === 0) return '';
    const related = a.best ? [...codesOf(a.source), ...codesOf(a.best.target)] : codesOf(a.source);
    return related.length === 0 ? '' : [...new Set(related)].sort().join(' ');
  };
  return (assignments) =>
    assignments.map((a) => {
      const best = a.best;
      const runner = a.runnerUp;
      // In REVIEW_COLUMNS order; the golden review.csv pins it. Values from the exports are shown
      // with control characters escaped, so that a line break never splits a row in a viewer.
      return [
        a.source.kind,
        a.status,
        reasonText(a.reason),
        oneLine(a.source.key),
        oneLine(displayOf(a.source)),
        oneLine(best?.target.key ?? ''),
        best ? oneLine(displayOf(best.target)) : '',
        best ? String(best.score) : '',
        best ? scoreTermsText(best) : '',
        best?.foundBy ?? '',
        best ? oneLine(evidenceText(best.evidence)) : a.status === 'unmatched' && a.source.kind === 'user' ? oneLine(nearMissText(a.nearMisses ?? [])) : '',
        oneLine(runner?.target.key ?? ''),
        runner ? String(runner.score) : '',
        oneLine(a.competing.join(' ')),
        findingsOf(a),
        decisionOf(a),
      ];
    });
}

const NONE: readonly string[] = [];

// The applied decision goes back into its column, so that the next round trip keeps it.
const APPLIED: Partial<Record<ReasonCode, Verdict>> = { 'decision-accept': 'accept', 'decision-reject': 'reject' };
const decisionOf = (a: Assignment): string => APPLIED[a.reason] ?? a.requested ?? '';

const OPTIONS = EXCEL_CSV;

export function reviewCsv(rows: readonly ReviewRow[]): string {
  return stringify([[...REVIEW_COLUMNS], ...rows], OPTIONS);
}

/** review.csv in chunks, rows built as they are written: the same bytes as reviewCsv. */
export function reviewCsvChunks(assignments: readonly Assignment[], findings: readonly Finding[]): Iterable<string> {
  return csvChunks(assignments, reviewRowsOf(findings), OPTIONS, REVIEW_COLUMNS);
}

function principalRef(p: Principal): string {
  return `${p.tenant}\u0000${p.key.toLowerCase()}`;
}

function findingCodesByPrincipal(findings: readonly Finding[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of findings) {
    if (f.principal === undefined || f.tenant === undefined) continue;
    const ref = `${f.tenant}\u0000${f.principal.toLowerCase()}`;
    const list = map.get(ref) ?? [];
    list.push(f.code);
    map.set(ref, list);
  }
  return map;
}
