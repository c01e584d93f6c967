// What ctmap lint finds in an identity map: data with a code, a severity and a place (file
// line, 1-based column). Wording lives in wording/lint.ts; tests and --json rely on codes.

import type { FindingCore, SeverityTable } from '../findings.js';

export type LintCode =
  // the file as a whole
  | 'bom'
  | 'not-utf8'
  | 'wrong-delimiter'
  | 'header-row'
  | 'blank-line'
  | 'no-rows'
  // the shape of a row
  | 'column-count'
  | 'trailing-empty-columns'
  | 'empty-value'
  | 'stray-space'
  | 'control-character'
  // values
  | 'kind-case'
  | 'invalid-kind'
  | 'tenant-not-guid'
  | 'tenant-differs'
  | 'tenant-not-source'
  | 'not-guid'
  | 'guid-form'
  | 'not-upn'
  | 'not-email'
  | 'apostrophe'
  | 'alias-dot'
  | 'alias-invalid'
  | 'group-name-not-target-id'
  | 'type-case'
  | 'type-invalid'
  | 'type-none'
  | 'type-wrong-kind'
  | 'type-admin'
  // one-to-one
  | 'duplicate-source'
  | 'duplicate-target'
  | 'source-is-target'
  // against the exports
  | 'source-not-found'
  | 'target-not-found'
  | 'target-type-mismatch'
  | 'target-disabled'
  | 'group-class-mismatch'
  | 'distribution-list'
  | 'alias-mismatch';

export type LintSeverity = 'error' | 'warning';

// Warnings are things the upload may accept but that deserve a look, or whose effect
// Microsoft does not document (facts §8.1, §8.3, §8.5.7, §14).
export const LINT_SEVERITY: SeverityTable<LintCode, LintSeverity> = {
  bom: 'warning',
  'not-utf8': 'warning',
  'wrong-delimiter': 'error',
  'header-row': 'error',
  'blank-line': 'warning',
  'no-rows': 'error',
  'column-count': 'error',
  'trailing-empty-columns': 'error',
  'empty-value': 'error',
  'stray-space': 'error',
  'control-character': 'error',
  'kind-case': 'error',
  'invalid-kind': 'error',
  'tenant-not-guid': 'error',
  'tenant-differs': 'error',
  'tenant-not-source': 'error',
  'not-guid': 'error',
  'guid-form': 'warning',
  'not-upn': 'error',
  'not-email': 'error',
  apostrophe: 'error',
  'alias-dot': 'error',
  'alias-invalid': 'error',
  'group-name-not-target-id': 'warning',
  'type-case': 'error',
  'type-invalid': 'error',
  'type-none': 'error',
  'type-wrong-kind': 'error',
  'type-admin': 'warning',
  'duplicate-source': 'error',
  'duplicate-target': 'error',
  'source-is-target': 'warning',
  'source-not-found': 'error',
  'target-not-found': 'error',
  'target-type-mismatch': 'error',
  'target-disabled': 'warning',
  'group-class-mismatch': 'error',
  'distribution-list': 'warning',
  'alias-mismatch': 'error',
};

export type LintData = Readonly<Record<string, string | number | readonly string[]>>;

/** The finding core with a line always set and the map's column as a number. */
export interface LintFinding extends FindingCore<LintCode, LintSeverity> {
  /** File line of the row (1 for findings about the whole file). */
  line: number;
  /** 1-based column of the map; absent when the finding is about a whole line. */
  column?: number;
  data: LintData;
}

/** Line, then column (whole-line findings first), then code: the order of every report. */
export function compareFindings(a: LintFinding, b: LintFinding): number {
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
