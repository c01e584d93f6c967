// The moves' progress from a status.json (`ctmap report --status`): counts per state per wave
// (a chart and a table), the failed moves with their cause and fix, the stuck ones, the moves
// never seen, and whether the next wave may start. Every value goes in as text.

import { moveStatesChart } from './charts.js';
import { el, fmt, plural } from './dom.js';
import { moveStates } from './model.js';
import type { ReportStatus } from '../../src/report/data.js';

const LIST_LIMIT = 1000;

function tile(label: string, value: number, testid: string, cls: string): HTMLElement {
  return el('div', { class: `tile ${cls}` }, el('span', { class: 'label' }, label), el('span', { class: 'count', 'data-testid': testid }, String(value)));
}

function table(testid: string, head: readonly string[], rows: HTMLTableRowElement[]): HTMLTableElement {
  return el('table', { class: 'plain', 'data-testid': testid }, el('tr', {}, ...head.map((h) => el('th', {}, h))), ...rows);
}

const more = (n: number): HTMLElement | null => (n > LIST_LIMIT ? el('p', { class: 'note' }, `and ${fmt(n - LIST_LIMIT)} more (status.json lists them all)`) : null);

function nextWave(q: ReportStatus['queue']): string {
  if (q.nextWave === null) return 'No wave left to start: every wave of the plan appears in a snapshot.';
  const head = `Next wave ${q.nextWave} (${plural(q.nextWaveMoves, 'move')})`;
  return q.nextWaveMayStart
    ? `${head} may start: ${fmt(q.pending)} pending + ${fmt(q.nextWaveMoves)} stays within the limit of ${fmt(q.limit)}.`
    : `${head} must wait: ${fmt(q.pending)} pending + ${fmt(q.nextWaveMoves)} would exceed the limit of ${fmt(q.limit)}.`;
}

export function statusSection(s: ReportStatus): HTMLElement {
  const states = moveStates(s.waves);
  const total = s.waves.reduce((n, w) => n + w.total, 0);
  const waves = table(
    'status-waves',
    ['wave', 'moves', ...states, 'not seen'],
    s.waves.map((w) =>
      el(
        'tr',
        { 'data-testid': `status-wave-${w.wave}` },
        el('td', {}, String(w.wave)),
        el('td', { class: 'num', 'data-state': 'total' }, fmt(w.total)),
        ...states.map((state) => el('td', { class: 'num', 'data-state': state }, fmt(w.byState[state] ?? 0))),
        el('td', { class: 'num', 'data-state': 'not seen' }, fmt(w.notSeen)),
      ),
    ),
  );
  const failures = table(
    'status-failures',
    ['wave', 'kind', 'source', 'target', 'state', 'detail', 'known cause', 'fix'],
    s.failed.slice(0, LIST_LIMIT).map((f) =>
      el(
        'tr',
        { 'data-testid': 'status-failure', 'data-source': f.source },
        el('td', {}, String(f.wave)),
        el('td', {}, f.kind),
        el('td', {}, el('code', {}, f.source)),
        el('td', {}, el('code', {}, f.target)),
        el('td', {}, f.state),
        el('td', {}, f.detail),
        el('td', {}, f.cause ?? ''),
        el('td', {}, f.fix ?? 'none known: read the detail'),
      ),
    ),
  );
  const stuck = table(
    'status-stuck',
    ['wave', 'kind', 'source', 'target', 'state', 'since (UTC)', 'hours', 'detail'],
    s.stuck.slice(0, LIST_LIMIT).map((m) =>
      el('tr', {}, el('td', {}, String(m.wave)), el('td', {}, m.kind), el('td', {}, el('code', {}, m.source)), el('td', {}, el('code', {}, m.target)), el('td', {}, m.state), el('td', {}, m.since), el('td', { class: 'num' }, String(m.hours)), el('td', {}, m.detail)),
    ),
  );
  return el(
    'section',
    { class: 'glance moves', 'data-testid': 'status' },
    el('h2', {}, 'Moves'),
    el('p', { class: 'run' }, 'Status: ', el('code', {}, s.file), `; ${plural(total, 'move')} in ${plural(s.waves.length, 'wave')}, ${plural(s.snapshots, 'snapshot')}, latest ${s.latest ?? 'none'}${s.previous ? ` (previous ${s.previous})` : ''}.`),
    el(
      'div',
      { class: 'tiles' },
      tile('failed', s.failed.length, 'status-failed-count', 'move-failed'),
      tile(`stuck over ${s.stuckHours} h`, s.stuck.length, 'status-stuck-count', 'move-stuck'),
      tile('never seen', s.notSeen, 'status-not-seen-count', 'move-not-seen'),
      tile(`pending (limit ${fmt(s.queue.limit)})`, s.queue.pending, 'status-pending-count', 'move-pending'),
    ),
    el('p', { class: s.queue.nextWave !== null && !s.queue.nextWaveMayStart ? 'next-wave wait' : 'next-wave', 'data-testid': 'status-next-wave' }, nextWave(s.queue)),
    el('div', { class: 'charts' }, moveStatesChart(s)),
    waves,
    el('details', { open: '' }, el('summary', {}, `Failed moves (${fmt(s.failed.length)})`), s.failed.length > 0 ? failures : el('p', {}, 'None.'), more(s.failed.length)),
    el('details', s.stuck.length > 0 ? { open: '' } : {}, el('summary', {}, `Stuck in an unfinished state over ${s.stuckHours} hours (${fmt(s.stuck.length)})`), s.stuck.length > 0 ? stuck : el('p', {}, 'None.'), more(s.stuck.length)),
    s.notInPlan > 0 ? el('p', { class: 'note' }, `${plural(s.notInPlan, 'move')} in the snapshots ${s.notInPlan === 1 ? 'is' : 'are'} not in the plan's moves.csv.`) : null,
  );
}
