// The terminal report of a status run: per wave, what changed, failures with their fix, stuck
// and unseen moves, the queue, and the scripts written.

import { STOP_PENDING_SCRIPT } from '../emit/powershell/retry.js';
import type { StatusResult } from '../status/track.js';
import { causeFix } from '../wording/status.js';
import { shown } from '../wording/terminal.js';
import { counted } from '../wording/plural.js';

const MAX_SHOWN = 15;

function capped<T>(items: readonly T[], line: (t: T) => string, where: string): string[] {
  return [...items.slice(0, MAX_SHOWN).map(line), ...(items.length > MAX_SHOWN ? [`  ... ${items.length - MAX_SHOWN} more in ${where}`] : [])];
}

export function formatStatusReport(r: StatusResult, out: string, retryName: string | undefined): string {
  const total = r.waves.reduce((n, w) => n + w.total, 0);
  const lines = [`ctmap status: ${total} moves, ${counted(r.snapshots, 'snapshot')}, latest ${r.latest ?? 'none'}`];
  for (const w of r.waves) {
    const states = Object.entries(w.byState).map(([s, n]) => `${shown(s)} ${n}`);
    lines.push(`  wave ${String(w.wave).padStart(2)}  ${String(w.total).padStart(5)} moves  ${[...states, ...(w.notSeen > 0 ? [`not seen ${w.notSeen}`] : [])].join(', ')}`);
  }
  if (r.previous !== null) lines.push('', `changed since ${r.previous}: ${r.changed.length}`, ...capped(r.changed, (c) => `  ${c.source}: ${shown(c.from ?? 'not seen')} -> ${shown(c.to)}`, 'status.json'));
  if (r.failed.length > 0) {
    lines.push('', `failed: ${r.failed.length}`);
    lines.push(...capped(r.failed, (f) => `  wave ${f.wave} ${f.source}: ${shown(f.detail || f.state)}${f.cause ? `\n    fix: ${causeFix(f.cause)}` : ''}`, 'status.json'));
  }
  if (r.stuck.length > 0) lines.push('', `stuck over ${r.stuckHours} hours: ${r.stuck.length}`, ...capped(r.stuck, (s) => `  wave ${s.wave} ${s.source}: ${shown(s.state)} since ${s.since} (${s.hours} h)`, 'status.json'));
  if (r.notSeen.length > 0) lines.push('', `never seen in a snapshot: ${r.notSeen.length}`, ...capped(r.notSeen, (m) => `  wave ${m.wave} ${m.source}`, 'status.json'));
  if (r.notInPlan > 0) lines.push('', `${r.notInPlan} moves in the snapshots are not in this plan's moves.csv`);
  const q = r.queue;
  lines.push('', `queue: ${q.pending} pending of at most ${q.limit}`);
  if (q.nextWave !== null) lines.push(`  next wave ${q.nextWave} (${q.nextWaveMoves} moves) ${q.nextWaveMayStart ? 'may start' : `must wait: ${q.pending + q.nextWaveMoves} would exceed ${q.limit}`}`);
  lines.push('', `wrote status.json and ${STOP_PENDING_SCRIPT} (${r.stoppable.length} stoppable moves) to ${out}`);
  if (retryName) lines.push(`retry: fix the causes above, then run ${retryName} on the source (${r.failed.length} failed moves)`);
  return `${lines.join('\n')}\n`;
}
