// Reads the decisions a reviewer wrote into review.csv (issue 6): the file as ctmap wrote it, or
// as Excel saved it again (BOM or none, ';', CRLF, Windows-1252, formula-escaped cells). Rows with
// an empty decision are no decisions; the others are validated with zod, and a row that cannot
// be used becomes a decision-invalid finding with its line, never a silent drop.

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CtmapError } from '../errors.js';
import type { Decision, Finding } from '../model.js';
import { FINDING_SEVERITY } from '../model.js';
import { readBytes } from './bytes.js';
import { foldHeader } from './columns.js';
import { decodeBytes } from './decode.js';
import type { InputInfo } from './index.js';
import { parseTable } from './table.js';

export const DECISION_COLUMNS = ['kind', 'source', 'target', 'decision'] as const;

type DecisionColumn = (typeof DECISION_COLUMNS)[number];

export interface DecisionsRead {
  decisions: Decision[];
  findings: Finding[];
  info: InputInfo;
}

// What csv-stringify's escape_formulas puts a "'" in front of (csv-stringify/lib/api/index.js).
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** A cell as the reviewer meant it: the formula-escaping "'" removed, spaces trimmed. */
export function plainCell(value: string): string {
  const unescaped = value.startsWith("'") && FORMULA_START.has(value[1] ?? '') ? value.slice(1) : value;
  return unescaped.trim();
}

const cell = z.string().transform(plainCell);
const lower = cell.transform((v) => v.toLowerCase());

// Excel may capitalize a typed word ("Accept"): case does not change what was decided.
const decisionRow = z
  .object({
    decision: lower.pipe(z.enum(['accept', 'reject', 'create'])),
    kind: lower.pipe(z.enum(['user', 'group'])),
    source: cell.pipe(z.string().min(1)),
    target: cell,
  })
  .refine((r) => r.decision !== 'accept' || r.target !== '', { path: ['target'] });

export function readDecisionsFile(file: string): DecisionsRead {
  return readDecisionsBytes(readBytes(file), file);
}

export function readDecisionsBytes(bytes: Uint8Array, file: string): DecisionsRead {
  if (bytes.length === 0) throw new CtmapError('file-empty', { file });
  const decoded = decodeBytes(bytes);
  const table = parseTable(decoded, file);
  const at = decisionColumns(table.header, table.headerLine, file);
  const decisions: Decision[] = [];
  const findings: Finding[] = [];
  for (const { values, line } of table.rows) {
    const raw: Record<DecisionColumn, string> = {
      kind: values[at.kind] ?? '',
      source: values[at.source] ?? '',
      target: values[at.target] ?? '',
      decision: values[at.decision] ?? '',
    };
    if (plainCell(raw.decision) === '') continue;
    const parsed = decisionRow.safeParse(raw);
    if (parsed.success) {
      const { decision, kind, source, target } = parsed.data;
      decisions.push({ kind, source, target, verdict: decision, origin: { file, line } });
      continue;
    }
    const source = plainCell(raw.source);
    for (const issue of parsed.error.issues) {
      const column = DECISION_COLUMNS.find((c) => c === issue.path[0]) ?? 'decision';
      findings.push({
        code: 'decision-invalid',
        severity: FINDING_SEVERITY['decision-invalid'],
        file,
        line,
        column,
        ...(source !== '' && { tenant: 'source' as const, principal: source }),
        data: { value: plainCell(raw[column]) },
      });
    }
  }
  return {
    decisions,
    findings,
    info: {
      file,
      role: 'decisions',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: decoded.encoding,
      delimiter: table.delimiter,
      rows: table.rows.length,
    },
  };
}

function decisionColumns(header: readonly string[], headerLine: number, file: string): Record<DecisionColumn, number> {
  const folded = header.map(foldHeader);
  const find = (column: DecisionColumn): number => {
    const index = folded.indexOf(column);
    if (index >= 0) return index;
    throw new CtmapError('missing-column', {
      file,
      line: headerLine,
      column,
      found: header,
      expected: [column],
      detail: 'Give --decisions a review.csv that ctmap wrote, with its header row kept',
    });
  };
  return { kind: find('kind'), source: find('source'), target: find('target'), decision: find('decision') };
}
