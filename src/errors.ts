// Errors that stop a command before anything is written (exit 2). Wording lives in
// wording/errors.ts; code and context are what tests and --json consumers rely on. Any other
// exception is a bug in ctmap (exit 3).

import type { LintFinding } from './lint/findings.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INPUT = 2;
export const EXIT_BUG = 3;

/** map, lint, plan and export alike: exit 1 when any finding is an error (or the caller has another reason to), else 0. */
export function exitCodeFor(findings: readonly { severity: string }[], alsoFail = false): number {
  return alsoFail || findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

export type CtmapErrorCode =
  | 'file-not-found'
  | 'file-empty'
  | 'header-only'
  | 'missing-column'
  | 'unterminated-quote'
  | 'csv-syntax'
  | 'invalid-tenant-id'
  | 'missing-tenant-id'
  | 'invalid-domain-rule'
  | 'conflicting-domain-rule'
  | 'invalid-config'
  | 'output-exists'
  | 'invalid-option'
  | 'duplicate-map-source'
  | 'invalid-value'
  | 'invalid-map-row'
  | 'wave-size-too-large'
  | 'invalid-list-row'
  // Output folder and writing (emit/write.ts, emit/out-folder.ts)
  | 'output-not-file'
  | 'output-not-folder'
  | 'output-virtual-fs'
  | 'output-write-failed'
  // Command line
  | 'option-repeated'
  // Inputs
  | 'input-is-folder'
  // A map run's folder read back (export)
  | 'run-folder-inconsistent'
  // Plan
  | 'map-rejected-by-lint'
  | 'start-in-past'
  // Inputs refused before matching (map)
  | 'same-input-file'
  | 'domain-rule-unused'
  | 'not-text'
  | 'excel-workbook'
  | 'json-file';


export interface ErrorContext {
  file?: string;
  line?: number;
  column?: string;
  value?: string;
  found?: readonly string[];
  expected?: readonly string[];
  detail?: string;
  /** map-rejected-by-lint: every error finding of ctmap lint, all at once. */
  lint?: readonly LintFinding[];
}

export class CtmapError extends Error {
  readonly code: CtmapErrorCode;
  readonly context: ErrorContext;

  constructor(code: CtmapErrorCode, context: ErrorContext = {}) {
    super(code);
    this.name = 'CtmapError';
    this.code = code;
    this.context = context;
  }
}
