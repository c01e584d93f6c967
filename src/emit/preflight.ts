// preflight.csv (for people and spreadsheets: BOM, CRLF, formula escaping like review.csv) and
// preflight.json (for scripts), from the same findings in the same order.

import { stringify } from 'csv-stringify/sync';
import { EXCEL_CSV } from './excel-csv.js';
import type { PreflightResult } from '../preflight/check.js';
import { preflightFix, preflightProblem } from '../wording/preflight.js';

export const PREFLIGHT_COLUMNS = ['severity', 'code', 'wave', 'kind', 'source', 'target', 'site', 'storageMb', 'problem', 'fix'] as const;

export function preflightCsv(result: PreflightResult): string {
  const rows = result.findings.map((f) => [f.severity, f.code, String(f.wave), f.kind, f.source, f.target, f.site ?? '', f.storageMb === undefined ? '' : String(f.storageMb), preflightProblem(f), preflightFix(f)]);
  return stringify(rows, { ...EXCEL_CSV, header: true, columns: [...PREFLIGHT_COLUMNS] });
}

export function preflightJson(result: PreflightResult, moves: number): string {
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  const body = {
    moves,
    notChecked: result.notChecked,
    blockers: count('blocker'),
    warnings: count('warning'),
    movesBlocked: new Set(result.findings.filter((f) => f.severity === 'blocker').map((f) => `${f.kind}\u0000${f.source}`)).size,
    findings: result.findings.map((f) => ({ ...f, problem: preflightProblem(f), fix: preflightFix(f) })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
