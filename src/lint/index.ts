// ctmap lint's core: every rule runs over the whole map and pushes findings; nothing stops
// at the first problem. Pure: the command reads the files and prints what this returns.

import type { MapFile } from '../read/identity-map.js';
import type { LintContext, LintExports, LintRule } from './context.js';
import { compareFindings, LINT_SEVERITY, type LintFinding } from './findings.js';
import { blankLines, encoding, fileDelimiter, headerRow, noRows } from './rules/file.js';
import { groupsExist, usersExist } from './rules/exports.js';
import { duplicates, sourceIsTarget } from './rules/one-to-one.js';
import { controlCharacters } from './rules/characters.js';
import { columnCount, emptyOrSpaced } from './rules/shape.js';
import { column5, column6, kind, principals, tenant } from './rules/values.js';
import { sortRows } from './rows.js';

export const LINT_RULES: readonly LintRule[] = [
  encoding,
  fileDelimiter,
  headerRow,
  blankLines,
  noRows,
  columnCount,
  emptyOrSpaced,
  controlCharacters,
  kind,
  tenant,
  principals,
  column5,
  column6,
  duplicates,
  sourceIsTarget,
  usersExist,
  groupsExist,
];

export interface LintInput {
  map: MapFile;
  sourceTenantId?: string | undefined;
  exports?: LintExports;
}

export interface LintResult {
  findings: LintFinding[];
  /** Data rows: neither blank nor a header. */
  rows: number;
  users: number;
  groups: number;
}

export function lintMap(input: LintInput, rules: readonly LintRule[] = LINT_RULES): LintResult {
  const sorted = sortRows(input.map);
  const findings: LintFinding[] = [];
  const ctx: LintContext = {
    ...sorted,
    map: input.map,
    sourceTenantId: input.sourceTenantId,
    exports: input.exports ?? {},
    report: (code, line, column, data = {}) => {
      findings.push(column === undefined ? { code, severity: LINT_SEVERITY[code], line, data } : { code, severity: LINT_SEVERITY[code], line, column, data });
    },
  };
  for (const rule of rules) rule(ctx);
  // Counted, not filtered into two arrays as long as the map.
  let users = 0;
  let groups = 0;
  for (const r of sorted.rows) {
    if (r.kind === 'User') users++;
    else if (r.kind === 'Group') groups++;
  }
  return { findings: findings.sort(compareFindings), rows: sorted.rows.length, users, groups };
}

export type { LintFinding, LintCode, LintSeverity } from './findings.js';
export type { LintExport, LintExports } from './context.js';
