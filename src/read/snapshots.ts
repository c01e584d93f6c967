// Status snapshots: status-<UTC>.csv as the status scripts write them (Time,Wave,Kind,Source,
// Target,State,Detail), read in any export flavour. State is kept as given; Wave and Target are
// taken from the plan's moves, not from here.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { MoveKind } from '../plan/types.js';
import { SNAPSHOT_COLUMNS, SNAPSHOT_NAME } from '../emit/powershell/status.js';
import { readNamedTable, rowError } from './named-table.js';

export interface SnapshotRow {
  /** ms since the epoch, UTC. */
  time: number;
  kind: MoveKind;
  source: string;
  state: string;
  detail: string;
  file: string;
  line: number;
}

const KINDS: Record<string, MoveKind> = { onedrive: 'onedrive', site: 'site', groupsite: 'group-site' };

// What ToString('s') + 'Z' writes; fractions are allowed. Date.parse is checked for a real day.
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
// Rows written in the same second share a Time: the last one is remembered.
let lastText = '';
let lastMs: number | undefined;
function utcMs(v: string): number | undefined {
  if (v === lastText) return lastMs;
  const t = TIME.test(v) ? Date.parse(v) : NaN;
  lastText = v;
  lastMs = Number.isNaN(t) || new Date(t).getUTCDate() !== Number(v.slice(8, 10)) ? undefined : t;
  return lastMs;
}

const row = z.object({
  Time: z.string().transform((v, ctx) => utcMs(v) ?? (ctx.addIssue({ code: 'custom', message: 'time' }), z.NEVER)),
  Kind: z.string().transform((v, ctx) => KINDS[v.toLowerCase().replace(/[\s_-]/g, '')] ?? (ctx.addIssue({ code: 'custom', message: 'kind' }), z.NEVER)),
  Source: z.string().min(1),
  State: z.string().min(1),
  Detail: z.string().optional().default(''),
});

const EXPECTED: Record<string, string> = {
  Time: 'a UTC time such as 2026-11-30T09:00:00Z',
  Kind: 'OneDrive, Site or GroupSite',
  Source: 'the source UPN, site URL or group alias',
  State: 'the move state the service gave',
};

export function readSnapshot(file: string): SnapshotRow[] {
  return readNamedTable(file, SNAPSHOT_COLUMNS, ['Time', 'Kind', 'Source', 'State']).map(({ line, cells }) => {
    const parsed = row.safeParse(cells);
    if (!parsed.success) {
      const column = String(parsed.error.issues[0]?.path[0] ?? 'Time');
      throw rowError(file, line, column, cells[column as keyof typeof cells] ?? '', 'shape', EXPECTED[column] ?? column);
    }
    const r = parsed.data;
    return { time: r.Time, kind: r.Kind, source: r.Source, state: r.State, detail: r.Detail, file, line };
  });
}

/** Every snapshot the status scripts wrote into dir, by name. */
export function snapshotFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => SNAPSHOT_NAME.test(n))
    .sort()
    .map((n) => join(dir, n));
}
