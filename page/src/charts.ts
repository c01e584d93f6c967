// The "at a glance" charts, drawn by Chart.js (only the bar chart parts are bundled). Each
// chart gets its own canvas in a fixed-height box; no animation, so a large run draws once.

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { el, plural } from './dom.js';
import { moveStates, MOVE_STATE_COLOR, SEVERITY_COLOR, STATUS_COLOR, STATUS_ORDER, type ReportData } from './model.js';
import type { ReportStatus, ReportWave } from '../../src/report/data.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.family = 'system-ui, "Segoe UI", Roboto, sans-serif';

export interface ChartInput {
  data: ReportData;
  /** Row scores by status (NaN where a row has no score). */
  scores: Array<{ status: string; score: number }>;
}

function box(title: string, note: string, id: string): { box: HTMLElement; canvas: HTMLCanvasElement } {
  const canvas = el('canvas', { 'aria-label': title, role: 'img' });
  const wrap = el('div', { class: 'chart-canvas' }, canvas);
  return { box: el('section', { class: 'chart', 'data-testid': `chart-${id}` }, el('h3', {}, title), note ? el('p', { class: 'note' }, note) : null, wrap), canvas };
}

function draw(canvas: HTMLCanvasElement, config: ChartConfiguration<'bar'>): void {
  // Drawn after layout, so the canvas has its box's size.
  requestAnimationFrame(() => new Chart(canvas, config));
}

export function charts(input: ChartInput): HTMLElement[] {
  const out = [statusChart(input), ruleChart(input.data), scoreChart(input), findingsChart(input.data)];
  if (input.data.plan !== null && input.data.plan.waves.length > 0) out.push(wavesChart(input.data.plan.waves));
  return out;
}

function statusChart({ data }: ChartInput): HTMLElement {
  const { box: b, canvas } = box('Source principals per status', `${data.summary.counts.sources} sources, ${data.summary.counts.inMap} in the identity map`, 'status');
  const statuses = STATUS_ORDER.filter((s) => s in data.summary.counts.byStatus);
  draw(canvas, {
    type: 'bar',
    data: {
      labels: statuses,
      datasets: [{ label: 'rows', data: statuses.map((s) => data.summary.counts.byStatus[s] ?? 0), backgroundColor: statuses.map((s) => STATUS_COLOR[s] ?? '#888') }],
    },
    options: { plugins: { legend: { display: false } } },
  });
  return b;
}

function ruleChart(data: ReportData): HTMLElement {
  const entries = Object.entries(data.summary.counts.byRule).sort((a, b) => b[1] - a[1]);
  const { box: b, canvas } = box('Mapped rows per evidence rule', 'matched and decided rows, by the rule that found the pair', 'rules');
  draw(canvas, {
    type: 'bar',
    data: { labels: entries.map(([r]) => r), datasets: [{ label: 'rows', data: entries.map(([, n]) => n), backgroundColor: '#1565c0' }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { y: { ticks: { autoSkip: false, font: { size: 10 } } } } },
  });
  return b;
}

const BIN = 5;

function scoreChart({ scores }: ChartInput): HTMLElement {
  const bins = Array.from({ length: 100 / BIN + 1 }, (_, i) => i * BIN);
  const statuses = STATUS_ORDER.filter((s) => scores.some((r) => r.status === s && !Number.isNaN(r.score)));
  const counts = new Map(statuses.map((s) => [s, bins.map(() => 0)]));
  for (const { status, score } of scores) {
    if (Number.isNaN(score)) continue;
    const list = counts.get(status);
    if (list) list[Math.min(bins.length - 1, Math.max(0, Math.floor(score / BIN)))]! += 1;
  }
  const review = scores.filter((r) => r.status === 'review' && !Number.isNaN(r.score)).map((r) => r.score);
  const band = review.length === 0 ? 'no rows in review' : `review band: scores ${Math.min(...review)} to ${Math.max(...review)} (${review.length} rows in review)`;
  const { box: b, canvas } = box('Score of the best candidate', `${band}; name candidates start at 25, within 5 points of the runner-up is ambiguous`, 'scores');
  draw(canvas, {
    type: 'bar',
    data: {
      labels: bins.map((v) => (v === 100 ? '100' : `${v}-${v + BIN - 1}`)),
      datasets: statuses.map((s) => ({ label: s, data: counts.get(s) ?? [], backgroundColor: STATUS_COLOR[s] ?? '#888' })),
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, type: 'linear' } }, plugins: { legend: { position: 'bottom' } } },
  });
  return b;
}

function findingsChart(data: ReportData): HTMLElement {
  const codes = [...new Set(data.summary.findings.map((f) => f.code))].sort();
  const severities = [...new Set(data.summary.findings.map((f) => f.severity))].sort();
  const { box: b, canvas } = box('Findings by code and severity', `${data.summary.findings.length} findings; each row's are in its detail, with file:line`, 'findings');
  draw(canvas, {
    type: 'bar',
    data: {
      labels: codes,
      datasets: severities.map((s) => ({
        label: s,
        data: codes.map((c) => data.summary.findings.filter((f) => f.code === c && f.severity === s).length),
        backgroundColor: SEVERITY_COLOR[s] ?? '#888',
      })),
    },
    options: { indexAxis: 'y', scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true, ticks: { autoSkip: false, font: { size: 10 } } } }, plugins: { legend: { position: 'bottom' } } },
  });
  return b;
}

const hour = 3_600_000;

function wavesChart(waves: readonly ReportWave[]): HTMLElement {
  const kinds = [...new Set(waves.flatMap((w) => Object.keys(w.byKind)))].sort();
  const dated = waves.every((w) => !Number.isNaN(Date.parse(w.begin)) && !Number.isNaN(Date.parse(w.end)));
  const first = dated ? Math.min(...waves.map((w) => Date.parse(w.begin))) : 0;
  const note = dated
    ? `${plural(waves.length, 'wave')} from ${waves[0]?.begin ?? ''}; bars run from each wave's begin to its PreferredMoveEndDate (hours after the first begin)`
    : `${plural(waves.length, 'wave')}, no schedule in the plan (moves per wave and kind)`;
  const { box: b, canvas } = box('Waves of the plan', note, 'waves');
  const colors = ['#1565c0', '#6a1b9a', '#2e7d32', '#ef6c00'];
  const labels = waves.map((w) => `wave ${w.wave}: ${kinds.map((k) => `${w.byKind[k] ?? 0} ${k}`).join(', ')}`);
  const config: ChartConfiguration<'bar'> = dated
    ? {
        type: 'bar',
        data: {
          labels,
          datasets: [
            {
              label: 'window (hours after the first begin)',
              data: waves.map((w) => [(Date.parse(w.begin) - first) / hour, (Date.parse(w.end) - first) / hour] as unknown as number),
              backgroundColor: '#1565c0',
            },
          ],
        },
        options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { type: 'linear', title: { display: true, text: 'hours after the first begin (UTC)' } } } },
      }
    : {
        type: 'bar',
        data: { labels, datasets: kinds.map((k, i) => ({ label: k, data: waves.map((w) => w.byKind[k] ?? 0), backgroundColor: colors[i % colors.length] ?? '#888' })) },
        options: { indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } },
      };
  draw(canvas, config);
  return b;
}

/** The moves of each wave by their latest state (status.json), stacked, with the moves no snapshot has seen. */
export function moveStatesChart(status: ReportStatus): HTMLElement {
  const states = moveStates(status.waves);
  const { box: b, canvas } = box('Moves per wave by state', `latest state of each move in ${plural(status.snapshots, 'snapshot')}; "not seen": in the plan, in no snapshot`, 'move-states');
  const datasets = states.map((s) => ({ label: s, data: status.waves.map((w) => w.byState[s] ?? 0), backgroundColor: MOVE_STATE_COLOR[s] ?? '#888' }));
  if (status.waves.some((w) => w.notSeen > 0)) datasets.push({ label: 'not seen', data: status.waves.map((w) => w.notSeen), backgroundColor: '#cfd8dc' });
  draw(canvas, {
    type: 'bar',
    data: { labels: status.waves.map((w) => `wave ${w.wave}`), datasets },
    options: { indexAxis: 'y', scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } }, plugins: { legend: { position: 'bottom' } } },
  });
  return b;
}
