// What every lint rule receives, and the shape of a rule: a function that pushes findings
// through report() and never stops the others.

import type { Principal } from '../model.js';
import type { MapFile } from '../read/identity-map.js';
import type { LintCode, LintData } from './findings.js';
import type { LintRow, MapKind, SortedRows } from './rows.js';

/** An export read for lint, with its file for the wording. */
export interface LintExport {
  file: string;
  principals: readonly Principal[];
}

export interface LintExports {
  sourceUsers?: LintExport | undefined;
  targetUsers?: LintExport | undefined;
  sourceGroups?: LintExport | undefined;
  targetGroups?: LintExport | undefined;
}

export interface LintContext extends SortedRows {
  map: MapFile;
  /** The --source-tenant-id, normalized; column 2 must equal it when given. */
  sourceTenantId: string | undefined;
  exports: LintExports;
  report(code: LintCode, line: number, column?: number, data?: LintData): void;
}

export type LintRule = (ctx: LintContext) => void;

/** A row with six columns and a known kind, its cells typed as the six values. */
export interface FullRow extends LintRow {
  cells: readonly string[];
  kind: MapKind;
}

// Several rules walk the full rows: they are picked out once per map, not once per rule.
const fullOf = new WeakMap<readonly LintRow[], readonly FullRow[]>();

export function fullRows(rows: readonly LintRow[], kind?: MapKind): readonly FullRow[] {
  let all = fullOf.get(rows);
  if (all === undefined) fullOf.set(rows, (all = rows.filter((r): r is FullRow => r.cells !== undefined && r.kind !== undefined)));
  return kind === undefined ? all : all.filter((r) => r.kind === kind);
}

/** Cell of a six-column row by its 1-based column. */
export function cell(row: FullRow, column: 1 | 2 | 3 | 4 | 5 | 6): string {
  return row.cells[column - 1] ?? '';
}
