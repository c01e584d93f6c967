// What uploading NEW over OLD does to the tenant's map: rows added, removed and changed,
// keyed by kind and source key (column 3). Pure: the command reads both files.

import { CtmapError } from '../errors.js';
import { compareKeys } from '../order.js';
import type { MapFile } from '../read/identity-map.js';
import { isBlankRow } from '../read/table.js';
import { parseGuid } from '../read/values.js';

export interface DiffRow {
  /** 'User' or 'Group' (or column 1 as written when it is neither). */
  kind: string;
  /** Column 3 as written. */
  source: string;
  line: number;
  values: readonly string[];
}

export interface ColumnChange {
  column: number;
  old: string;
  new: string;
}

export interface ChangedRow {
  kind: string;
  source: string;
  oldLine: number;
  newLine: number;
  changes: ColumnChange[];
}

export interface MapDiff {
  removed: DiffRow[];
  added: DiffRow[];
  changed: ChangedRow[];
  unchanged: number;
}

export function diffMaps(oldMap: MapFile, newMap: MapFile): MapDiff {
  const before = keyedRows(oldMap);
  const after = keyedRows(newMap);
  const removed: DiffRow[] = [];
  const added: DiffRow[] = [];
  const changed: ChangedRow[] = [];
  let unchanged = 0;
  for (const [key, old] of before) {
    const now = after.get(key);
    if (now === undefined) {
      removed.push(old);
      continue;
    }
    const changes = columnChanges(old.values, now.values);
    if (changes.length === 0) unchanged++;
    else changed.push({ kind: now.kind, source: now.source, oldLine: old.line, newLine: now.line, changes });
  }
  for (const [key, now] of after) if (!before.has(key)) added.push(now);
  return { removed: removed.sort(byKindAndSource), added: added.sort(byKindAndSource), changed: changed.sort(byKindAndSource), unchanged };
}

// UPNs compare case-insensitively, group IDs in any form parseGuid accepts.
function keyedRows(map: MapFile): Map<string, DiffRow> {
  const rows = new Map<string, DiffRow>();
  for (const { values, line } of map.rows) {
    if (isBlankRow(values)) continue;
    const kind = canonicalKind((values[0] ?? '').trim());
    const source = (values[2] ?? '').trim();
    const key = `${kind.toLowerCase()}\u0000${parseGuid(source) ?? source.toLowerCase()}`;
    const first = rows.get(key);
    if (first !== undefined) throw new CtmapError('duplicate-map-source', { file: map.file, line, value: `${kind} ${source}`, detail: String(first.line) });
    rows.set(key, { kind, source, line, values });
  }
  return rows;
}

function canonicalKind(value: string): string {
  const v = value.toLowerCase();
  return v === 'user' ? 'User' : v === 'group' ? 'Group' : value;
}

// A missing column and an empty one are the same: 'RegularUser,,' changes nothing.
function columnChanges(old: readonly string[], now: readonly string[]): ColumnChange[] {
  const changes: ColumnChange[] = [];
  for (let i = 0; i < Math.max(old.length, now.length); i++) {
    const a = old[i] ?? '';
    const b = now[i] ?? '';
    if (a !== b) changes.push({ column: i + 1, old: a, new: b });
  }
  return changes;
}

const KIND_ORDER = ['User', 'Group'];

// Users, then groups, then rows of any other kind; within a kind by source key, as the map.
function byKindAndSource(a: { kind: string; source: string }, b: { kind: string; source: string }): number {
  const rank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  return rank(a.kind) - rank(b.kind) || compareKeys(a.kind, b.kind) || compareKeys(a.source, b.source);
}
