// Reads what `ctmap map` wrote into RUN_DIR (review.csv, summary.json) and, with --plan, the
// waves of a plan folder's moves.csv (with --status, a status.json), into the data a report page embeds. Unreadable or
// foreign files are coded CtmapErrors (exit 2) naming the file.

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { CtmapError } from '../errors.js';
import { readBytes } from '../read/bytes.js';
import { foldHeader } from '../read/columns.js';
import { plainCell } from '../read/decisions.js';
import { decodeBytes } from '../read/decode.js';
import { parseTable } from '../read/table.js';
import { readJsonFile } from './read-json.js';
import { readStatus } from './read-status.js';
import { REPORT_DATA_VERSION, reportSummarySchema, type ReportData, type ReportPlan, type ReportSummary, type ReportWave, type ScoreTerm } from './data.js';

const NEEDED = ['kind', 'status', 'source', 'target', 'decision'] as const;

export function readRun(runDir: string, planDir: string | undefined, statusDir?: string): ReportData {
  const reviewFile = join(runDir, 'review.csv');
  const bytes = readBytes(reviewFile);
  const table = parseTable(decodeBytes(bytes), reviewFile);
  const folded = table.header.map(foldHeader);
  for (const column of NEEDED) {
    if (!folded.includes(column)) {
      throw new CtmapError('missing-column', { file: reviewFile, line: table.headerLine, column, found: table.header, expected: [...NEEDED] });
    }
  }
  const rows = table.rows.map((r) => folded.map((_, i) => plainCell(r.values[i] ?? '')));
  const summary = readSummary(join(runDir, 'summary.json'));
  return {
    version: REPORT_DATA_VERSION,
    runDir,
    runId: createHash('sha256').update(bytes).digest('hex'),
    columns: table.header,
    rows,
    arithmetic: arithmeticOf(folded, rows),
    summary,
    targets: targetsOf(folded, rows, summary),
    plan: planDir === undefined ? null : readPlan(planDir),
    status: statusDir === undefined ? null : readStatus(statusDir),
  };
}

function readSummary(file: string): ReportSummary {
  return readJsonFile(file, reportSummarySchema, 'summary.json', 'give --from a folder that ctmap map wrote');
}

/** Every target key ctmap saw: the best candidates (with names) and the targets no source claims. */
function targetsOf(folded: readonly string[], rows: readonly string[][], summary: ReportSummary): Array<[string, string, string]> {
  const kind = folded.indexOf('kind');
  const target = folded.indexOf('target');
  const targetName = folded.indexOf('targetname');
  const seen = new Map<string, [string, string, string]>();
  for (const row of rows) {
    const key = row[target] ?? '';
    if (key !== '' && !seen.has(key.toLowerCase())) seen.set(key.toLowerCase(), [row[kind] ?? '', key, targetName < 0 ? '' : (row[targetName] ?? '')]);
  }
  for (const key of summary.unclaimedTargets) {
    // Users are keyed by UPN, groups by object ID.
    if (!seen.has(key.toLowerCase())) seen.set(key.toLowerCase(), [key.includes('@') ? 'user' : 'group', key, '']);
  }
  return [...seen.values()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}

// A score_terms cell: 'nickname +70; common name -2; mobile phone equal +12'.
const TERM = /^(.*\S)\s+([+-]\d+(?:\.\d+)?)$/;

function arithmeticOf(folded: readonly string[], rows: readonly string[][]): Record<number, ScoreTerm[]> {
  const at = folded.indexOf('scoreterms');
  const out: Record<number, ScoreTerm[]> = {};
  if (at < 0) return out;
  rows.forEach((row, i) => {
    const terms = (row[at] ?? '')
      .split(';')
      .map((part) => TERM.exec(part.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ attribute: m[1] ?? '', points: Number(m[2]) }));
    if (terms.length > 0) out[i] = terms;
  });
  return out;
}

function readPlan(planDir: string): ReportPlan {
  const file = join(planDir, 'moves.csv');
  const table = parseTable(decodeBytes(readBytes(file)), file);
  const columns = table.header.map(foldHeader);
  const at = (name: string): number => {
    const index = columns.indexOf(name);
    if (index < 0) throw new CtmapError('missing-column', { file, line: table.headerLine, column: name, found: table.header, expected: ['wave', 'kind', 'begin', 'end'] });
    return index;
  };
  const [wave, kind, begin, end] = [at('wave'), at('kind'), at('begin'), at('end')];
  const waves = new Map<number, ReportWave>();
  for (const { values, line } of table.rows) {
    const n = Number(values[wave]);
    if (!Number.isInteger(n) || n < 1) throw new CtmapError('invalid-value', { file, line, column: 'wave', value: values[wave] ?? '' });
    const w = waves.get(n) ?? { wave: n, begin: values[begin] ?? '', end: values[end] ?? '', byKind: {} };
    const k = values[kind] ?? '';
    w.byKind[k] = (w.byKind[k] ?? 0) + 1;
    waves.set(n, w);
  }
  return { dir: planDir, moves: table.rows.length, waves: [...waves.values()].sort((a, b) => a.wave - b.wave) };
}
