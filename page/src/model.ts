// The embedded data, read once (JSON.parse of a text node: never evaluated as script), and
// typed accessors for review.csv's columns by name.

import type { ReportData, ReportFinding } from '../../src/report/data.js';

export type { ReportData, ReportFinding };

export function loadData(): ReportData {
  const node = document.getElementById('ctmap-data');
  return JSON.parse(node?.textContent ?? 'null') as ReportData;
}

/** Column names folded as ctmap's reader folds headers ("runner_up" → "runnerup"). */
export const foldColumn = (h: string): string => h.toLowerCase().replace(/[\s._-]+/g, '');

export interface Columns {
  kind: number;
  status: number;
  reason: number;
  source: number;
  sourceName: number;
  target: number;
  targetName: number;
  score: number;
  rule: number;
  evidence: number;
  runnerUp: number;
  runnerUpScore: number;
  competing: number;
  findings: number;
  decision: number;
}

export function columnsOf(header: readonly string[]): Columns {
  const folded = header.map(foldColumn);
  const at = (name: string): number => folded.indexOf(name);
  return {
    kind: at('kind'),
    status: at('status'),
    reason: at('reason'),
    source: at('source'),
    sourceName: at('sourcename'),
    target: at('target'),
    targetName: at('targetname'),
    score: at('score'),
    rule: at('rule'),
    evidence: at('evidence'),
    runnerUp: at('runnerup'),
    runnerUpScore: at('runnerupscore'),
    competing: at('competing'),
    findings: at('findings'),
    decision: at('decision'),
  };
}

/** A cell, '' where the column is missing. */
export const cell = (row: readonly string[], index: number): string => (index < 0 ? '' : (row[index] ?? ''));

export const STATUS_ORDER = ['matched', 'decided', 'review', 'ambiguous', 'conflict', 'unmatched', 'excluded'];

export const STATUS_COLOR: Record<string, string> = {
  matched: '#2e7d32',
  decided: '#00838f',
  review: '#f9a825',
  ambiguous: '#ef6c00',
  conflict: '#c62828',
  unmatched: '#757575',
  excluded: '#455a64',
};

/** Move states (status.json) in the order a wave goes through them, failures last; others after. */
export const MOVE_STATE_ORDER = ['Success', 'InProgress', 'Queued', 'ReadytoTrigger', 'Scheduled', 'Rescheduled', 'NotStarted', 'Stopped', 'NotSupported', 'Failed'];

export const MOVE_STATE_COLOR: Record<string, string> = {
  Success: '#2e7d32',
  InProgress: '#1565c0',
  Queued: '#5c6bc0',
  ReadytoTrigger: '#00838f',
  Scheduled: '#26a69a',
  Rescheduled: '#f9a825',
  NotStarted: '#9e9e9e',
  Stopped: '#455a64',
  NotSupported: '#6a1b9a',
  Failed: '#c62828',
};

/** The states of these waves, known ones in MOVE_STATE_ORDER, unknown ones (kept as given) after, sorted. */
export function moveStates(waves: ReadonlyArray<{ byState: Record<string, number> }>): string[] {
  const present = new Set(waves.flatMap((w) => Object.keys(w.byState)));
  return [...MOVE_STATE_ORDER.filter((s) => present.has(s)), ...[...present].filter((s) => !MOVE_STATE_ORDER.includes(s)).sort()];
}

export const SEVERITY_COLOR: Record<string, string> = { error: '#c62828', warning: '#ef6c00', info: '#1565c0', note: '#1565c0' };

/** Findings by principal ("source\0key" lowercased), for a row's detail. */
export function findingsIndex(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const index = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    if (f.principal === undefined || f.tenant === undefined) continue;
    const ref = `${f.tenant}\u0000${f.principal.toLowerCase()}`;
    const list = index.get(ref) ?? [];
    list.push(f);
    index.set(ref, list);
  }
  return index;
}
