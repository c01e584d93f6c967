// Reads the folder a `ctmap map` run wrote (review.csv, identity-map.csv, summary.json) for
// `ctmap export`. Each file passes zod at this boundary; a map row that does not parse is a
// finding with its line, and files that do not belong to one run are refused (exit 2).

import { join } from 'node:path';
import { z } from 'zod';
import { CtmapError } from '../errors.js';
import type { ExportFinding } from '../export/types.js';
import { readBytes } from './bytes.js';
import { foldHeader } from './columns.js';
import { decodeBytes } from './decode.js';
import { plainCell } from './decisions.js';
import { readMapBytes } from './identity-map.js';
import { isBlankRow } from './records.js';
import { parseTable } from './table.js';

export const RUN_FILES = { review: 'review.csv', map: 'identity-map.csv', summary: 'summary.json' } as const;

export interface ReviewEntry {
  kind: 'user' | 'group';
  status: string;
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  /** The decision column as the reviewer left it, lowercase: accept, reject, create or ''. */
  decision: string;
  line: number;
}

export interface MapEntry {
  kind: 'User' | 'Group';
  tenantId: string;
  source: string;
  target: string;
  column5: string;
  type: string;
  line: number;
}

export interface RunSummary {
  ctmap: string;
  inputs: { file: string; role: string; sha256: string }[];
  counts: { sources: number; inMap: number };
}

export interface RunFolder {
  dir: string;
  files: { review: string; map: string; summary: string };
  review: ReviewEntry[];
  map: MapEntry[];
  summary: RunSummary;
  findings: ExportFinding[];
}

const summarySchema = z.looseObject({
  ctmap: z.string(),
  inputs: z.array(z.looseObject({ file: z.string(), role: z.string(), sha256: z.string() })),
  counts: z.looseObject({ sources: z.number().int().nonnegative(), inMap: z.number().int().nonnegative() }),
});

const cell = z.string().transform(plainCell);
const reviewRow = z.object({
  kind: cell.transform((v) => v.toLowerCase()).pipe(z.enum(['user', 'group'])),
  status: cell.transform((v) => v.toLowerCase()),
  source: cell.pipe(z.string().min(1)),
  source_name: cell,
  target: cell,
  target_name: cell,
  decision: cell.transform((v) => v.toLowerCase()),
});
type ReviewColumn = keyof z.input<typeof reviewRow>;
const REVIEW_COLUMNS: readonly ReviewColumn[] = ['kind', 'status', 'source', 'source_name', 'target', 'target_name', 'decision'];

const mapRow = z.tuple([z.enum(['User', 'Group']), z.string(), z.string(), z.string(), z.string(), z.string()]);

export function readRunFolder(dir: string): RunFolder {
  const files = { review: join(dir, RUN_FILES.review), map: join(dir, RUN_FILES.map), summary: join(dir, RUN_FILES.summary) };
  const summary = readSummary(files.summary);
  const findings: ExportFinding[] = [];
  const review = readReview(files.review);
  const map = readMapEntries(files.map, findings, 'map-row-invalid');
  if (review.length !== summary.counts.sources || map.length + findings.length !== summary.counts.inMap) {
    throw new CtmapError('run-folder-inconsistent', {
      file: dir,
      detail: `summary.json counts ${summary.counts.sources} sources and ${summary.counts.inMap} map rows; review.csv has ${review.length} rows and identity-map.csv ${map.length + findings.length}`,
    });
  }
  return { dir, files, review, map, summary, findings };
}

function readSummary(file: string): RunSummary {
  let json: unknown;
  try {
    json = JSON.parse(readBytes(file).toString('utf8'));
  } catch (err) {
    if (err instanceof CtmapError) throw err;
    throw new CtmapError('run-folder-inconsistent', { file, detail: 'summary.json is not JSON' });
  }
  const parsed = summarySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CtmapError('run-folder-inconsistent', { file, detail: `summary.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` });
  }
  return parsed.data;
}

function readReview(file: string): ReviewEntry[] {
  const bytes = readBytes(file);
  if (bytes.length === 0) throw new CtmapError('file-empty', { file });
  const table = parseTable(decodeBytes(bytes), file);
  const folded = table.header.map(foldHeader);
  const at = Object.fromEntries(
    REVIEW_COLUMNS.map((c) => {
      const i = folded.indexOf(foldHeader(c));
      if (i < 0) throw new CtmapError('missing-column', { file, line: table.headerLine, column: c, found: table.header, expected: [c], detail: 'Give --from the folder ctmap map wrote' });
      return [c, i];
    }),
  ) as Record<ReviewColumn, number>;
  return table.rows.map(({ values, line }) => {
    const raw = Object.fromEntries(REVIEW_COLUMNS.map((c) => [c, values[at[c]] ?? ''])) as Record<ReviewColumn, string>;
    const parsed = reviewRow.safeParse(raw);
    if (!parsed.success) {
      const column = String(parsed.error.issues[0]?.path[0] ?? '');
      throw new CtmapError('invalid-value', { file, line, column, value: raw[column as ReviewColumn] ?? '', detail: 'shape', expected: [column] });
    }
    const r = parsed.data;
    return { kind: r.kind, status: r.status, source: r.source, sourceName: r.source_name, target: r.target, targetName: r.target_name, decision: r.decision, line };
  });
}

/** The rows of an identity map ctmap wrote; a row of another shape is a finding with its line. */
export function readMapEntries(file: string, findings: ExportFinding[], code: 'map-row-invalid' | 'previous-row-invalid'): MapEntry[] {
  const rows = readMapBytes(readBytes(file), file).rows.filter((r) => !isBlankRow(r.values));
  const entries: MapEntry[] = [];
  for (const { values, line } of rows) {
    const parsed = mapRow.safeParse(values);
    if (!parsed.success) {
      findings.push({ code, severity: 'error', file, line, data: { value: values.join(',') } });
      continue;
    }
    const [kind, tenantId, source, target, column5, type] = parsed.data;
    entries.push({ kind, tenantId, source, target, column5, type, line });
  }
  return entries;
}
