// What ctmap diff prints: removals first and loudly, because uploading NEW drops them from
// the tenant's map; then additions and changes with each changed column, old → new.

import type { DiffRow, MapDiff } from '../diff/index.js';
import { counted } from '../wording/plural.js';

export interface DiffFiles {
  old: string;
  new: string;
}

const rowsWord = (n: number) => counted(n, 'row');

function describe(row: DiffRow): string {
  const target = row.values[3];
  return `${row.kind} ${row.source}${target ? ` → ${target}` : ''}`;
}

export function diffReport(files: DiffFiles, diff: MapDiff): string {
  const { removed, added, changed, unchanged } = diff;
  const lines = [`ctmap diff ${files.old} → ${files.new}: ${removed.length} removed, ${added.length} added, ${changed.length} changed, ${unchanged} unchanged`];
  if (removed.length > 0) {
    lines.push('', `REMOVED ${rowsWord(removed.length)}: uploading ${files.new} DROPS these mappings from the tenant's map`);
    for (const r of removed) lines.push(`  - ${describe(r)}  (${files.old}:${r.line})`);
  }
  if (added.length > 0) {
    lines.push('', `added ${rowsWord(added.length)}:`);
    for (const r of added) lines.push(`  + ${describe(r)}  (${files.new}:${r.line})`);
  }
  if (changed.length > 0) {
    lines.push('', `changed ${rowsWord(changed.length)}:`);
    for (const c of changed) {
      lines.push(`  ~ ${c.kind} ${c.source}  (${files.old}:${c.oldLine} → ${files.new}:${c.newLine})`);
      for (const ch of c.changes) lines.push(`      column ${ch.column}: ${ch.old === '' ? '(empty)' : ch.old} → ${ch.new === '' ? '(empty)' : ch.new}`);
    }
  }
  if (removed.length + added.length + changed.length === 0) lines.push('', `no changes: uploading ${files.new} leaves the map as it is.`);
  return `${lines.join('\n')}\n`;
}

export function diffJson(files: DiffFiles, diff: MapDiff): string {
  const json = {
    old: files.old,
    new: files.new,
    counts: { removed: diff.removed.length, added: diff.added.length, changed: diff.changed.length, unchanged: diff.unchanged },
    removed: diff.removed,
    added: diff.added,
    changed: diff.changed,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
