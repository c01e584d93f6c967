// The report page: reads the embedded data, draws the overview, the table and the opened row,
// and keeps the reviewer's decisions. Entry point of the bundle (scripts/build-page.mjs).

import { charts } from './charts.js';
import { Decisions, download, type Decision } from './decisions.js';
import { renderDetail, type DetailContext } from './detail.js';
import { el, fmt, plural } from './dom.js';
import { cell, columnsOf, findingsIndex, loadData, STATUS_ORDER } from './model.js';
import { statusSection } from './status.js';
import { VirtualTable, type TableColumn } from './table.js';

const data = loadData();
const cols = columnsOf(data.columns);
const rows = data.rows;
const decisions = new Decisions(data.runId, rows, cols);
const findings = findingsIndex(data.summary.findings);
const targetNames = new Map(data.targets.map(([, key, name]) => [key.toLowerCase(), name]));

// One lowercased string per row for the search box: every key and name of the row.
const haystack = rows.map((r) =>
  [cell(r, cols.source), cell(r, cols.sourceName), cell(r, cols.target), cell(r, cols.targetName), cell(r, cols.runnerUp), cell(r, cols.competing)].join('\n').toLowerCase(),
);

const app = document.getElementById('app')!;
document.title = `ctmap report: ${data.runDir}`;

// ---- header and save ----
const pending = el('span', { class: 'pending', 'data-testid': 'pending-count' });
const save = el('button', { type: 'button', class: 'save', 'data-testid': 'save-decisions' }, 'Save decisions');
save.addEventListener('click', () => {
  download('review-decisions.csv', decisions.toCsv(data.columns, (key) => targetNames.get(key.toLowerCase()) ?? ''));
});
const updatePending = (): void => {
  pending.textContent = decisions.pendingCount === 0 ? 'no unsaved decisions' : `${fmt(decisions.pendingCount)} decisions made in this page`;
};
app.appendChild(
  el(
    'header',
    {},
    el('h1', {}, 'ctmap report'),
    el('p', { class: 'run' }, 'Run: ', el('code', {}, data.runDir), ` (ctmap ${data.summary.ctmap}); inputs: `, data.summary.inputs.map((f) => `${f.role} ${f.file} (${fmt(f.rows)} rows)`).join(', ')),
    el('div', { class: 'savebar' }, save, ' ', pending, decisions.persistent ? '' : ' (this browser does not keep them across reloads: save before closing)'),
  ),
);

// ---- at a glance ----
const byStatus = data.summary.counts.byStatus;
const tiles = el('div', { class: 'tiles' });
for (const status of STATUS_ORDER.filter((s) => s in byStatus)) {
  const tile = el('button', { type: 'button', class: `tile status-${status}`, title: `Show the ${status} rows` }, el('span', { class: 'label' }, status), el('span', { class: 'count', 'data-testid': `status-count-${status}` }, String(byStatus[status] ?? 0)));
  tile.addEventListener('click', () => {
    filters.status.value = status;
    applyFilters();
    table.element.scrollIntoView();
  });
  tiles.appendChild(tile);
}
const counts = data.summary.counts;
const glance = el(
  'section',
  { class: 'glance' },
  el('h2', {}, 'At a glance'),
  tiles,
  el('p', {}, `${fmt(counts.sources)} source principals, ${fmt(counts.targets)} target principals, ${fmt(counts.inMap)} rows in identity-map.csv, ${fmt(counts.unclaimedTargets)} targets no source claims.`),
);
const scores = rows.map((r) => ({ status: cell(r, cols.status), score: cell(r, cols.score) === '' ? Number.NaN : Number(cell(r, cols.score)) }));
glance.appendChild(el('div', { class: 'charts' }, ...charts({ data, scores })));
if (data.plan !== null) {
  const kinds = [...new Set(data.plan.waves.flatMap((w) => Object.keys(w.byKind)))].sort();
  glance.appendChild(
    el(
      'details',
      { open: '' },
      el('summary', {}, `Plan ${data.plan.dir}: ${fmt(data.plan.moves)} moves in ${plural(data.plan.waves.length, 'wave')}`),
      el(
        'table',
        { class: 'plain', 'data-testid': 'waves' },
        el('tr', {}, el('th', {}, 'wave'), el('th', {}, 'begin (UTC)'), el('th', {}, 'end (UTC)'), ...kinds.map((k) => el('th', {}, k))),
        ...data.plan.waves.map((w) => el('tr', {}, el('td', {}, String(w.wave)), el('td', {}, w.begin || '-'), el('td', {}, w.end || '-'), ...kinds.map((k) => el('td', { class: 'num' }, String(w.byKind[k] ?? 0))))),
      ),
    ),
  );
}
const LIST_LIMIT = 1000;
const unclaimed = data.summary.unclaimedTargets;
glance.appendChild(
  el(
    'details',
    {},
    el('summary', {}, `Targets no source claims (${fmt(unclaimed.length)})`),
    el('ul', { class: 'columns' }, ...unclaimed.slice(0, LIST_LIMIT).map((k) => el('li', {}, k))),
    unclaimed.length > LIST_LIMIT ? el('p', { class: 'note' }, `and ${fmt(unclaimed.length - LIST_LIMIT)} more (summary.json lists them all)`) : null,
  ),
);
glance.appendChild(
  el(
    'details',
    {},
    el('summary', {}, `All findings (${fmt(data.summary.findings.length)})`),
    el(
      'ul',
      { class: 'findings' },
      ...data.summary.findings.slice(0, LIST_LIMIT).map((f) => el('li', { class: `sev-${f.severity}` }, el('strong', {}, f.severity.toUpperCase()), ' ', el('code', {}, `${f.file ?? ''}${f.line !== undefined ? `:${f.line}` : ''}`), ' ', f.message, ' ', el('code', {}, `[${f.code}]`))),
    ),
  ),
);
app.appendChild(glance);
if (data.status !== null) app.appendChild(statusSection(data.status));

// ---- the table ----
const distinct = (index: number, split = false): string[] => {
  const set = new Set<string>();
  for (const r of rows) {
    const v = cell(r, index);
    if (split) for (const part of v.split(' ')) set.add(part);
    else set.add(v);
  }
  set.delete('');
  return [...set].sort();
};
const select = (testid: string, label: string, values: string[]): HTMLSelectElement => {
  const s = el('select', { 'data-testid': testid, 'aria-label': label }, el('option', { value: '' }, `${label}: all`), ...values.map((v) => el('option', { value: v }, v)));
  s.addEventListener('change', () => applyFilters());
  return s;
};
const filters = {
  status: select('filter-status', 'status', STATUS_ORDER.filter((s) => s in byStatus)),
  kind: select('filter-kind', 'kind', distinct(cols.kind)),
  reason: select('filter-reason', 'reason', distinct(cols.reason)),
  rule: select('filter-rule', 'rule', distinct(cols.rule)),
  finding: select('filter-finding', 'finding', distinct(cols.findings, true)),
  decision: select('filter-decision', 'decision', ['accept', 'reject', 'none', 'made in this page']),
};
const search = el('input', { type: 'search', 'data-testid': 'search', placeholder: 'Search any key or name ( / )', 'aria-label': 'Search' });
let searchTimer = 0;
search.addEventListener('input', () => {
  window.clearTimeout(searchTimer);
  searchTimer = window.setTimeout(applyFilters, 120);
});
const shownCount = el('span', { 'data-testid': 'row-count' });

const decisionText = (i: number): string => {
  const d = decisions.get(i);
  if (d === undefined) return '';
  const mark = decisions.isPending(i) ? ' *' : '';
  if (d.verdict === 'reject') return `reject${mark}`;
  return d.target.toLowerCase() === cell(rows[i] ?? [], cols.target).toLowerCase() ? `accept${mark}` : `→ ${d.target}${mark}`;
};
const columns: TableColumn[] = [
  { id: 'status', label: 'status', value: (i) => cell(rows[i]!, cols.status), width: '6.5rem' },
  { id: 'kind', label: 'kind', value: (i) => cell(rows[i]!, cols.kind), width: '4rem' },
  { id: 'source', label: 'source', value: (i) => cell(rows[i]!, cols.source), width: 'minmax(10rem, 2fr)' },
  { id: 'source_name', label: 'source name', value: (i) => cell(rows[i]!, cols.sourceName), width: 'minmax(7rem, 1.2fr)' },
  { id: 'target', label: 'target', value: (i) => cell(rows[i]!, cols.target), width: 'minmax(10rem, 2fr)' },
  { id: 'score', label: 'score', value: (i) => cell(rows[i]!, cols.score), numeric: true, width: '3.5rem' },
  { id: 'rule', label: 'rule', value: (i) => cell(rows[i]!, cols.rule), width: 'minmax(6rem, 1fr)' },
  { id: 'findings', label: 'findings', value: (i) => cell(rows[i]!, cols.findings), width: 'minmax(5rem, 1fr)' },
  { id: 'decision', label: 'decision', value: decisionText, width: 'minmax(5rem, 1fr)' },
];
const detailRoot = el('aside', { class: 'detail', 'data-testid': 'detail' });
const table = new VirtualTable({
  rows,
  cols,
  columns,
  rowClass: (i) => `status-${cell(rows[i]!, cols.status)}`,
  onOpen: (i) => renderDetail(detailRoot, i, detailContext),
});

const decide = (indices: readonly number[], decision: Decision | null | ((i: number) => Decision | null)): void => {
  decisions.set(indices, typeof decision === 'function' ? decision : () => decision);
  updatePending();
  table.render();
  renderDetail(detailRoot, table.selectedRow, detailContext);
};
const detailContext: DetailContext = {
  data,
  cols,
  decisions,
  findings,
  targetSearch: data.targets.map(([, key, name]) => `${key}\n${name}`.toLowerCase()),
  decide: (d) => {
    if (table.selectedRow >= 0) decide([table.selectedRow], d);
  },
};

// Bulk decisions need a second click, so that one stray click cannot decide 10,000 rows.
const bulk = (label: string, testid: string, apply: (shown: readonly number[]) => void): HTMLButtonElement => {
  const button = el('button', { type: 'button', 'data-testid': testid }, label);
  let armed = 0;
  button.addEventListener('click', () => {
    if (armed === 0) {
      button.textContent = `Click again: ${label.toLowerCase()} ${fmt(table.shown.length)} rows`;
      armed = window.setTimeout(() => {
        armed = 0;
        button.textContent = label;
      }, 4000);
      return;
    }
    window.clearTimeout(armed);
    armed = 0;
    button.textContent = label;
    apply(table.shown);
  });
  return button;
};
// Rows without a candidate have nothing to accept: they keep their decision.
const bulkAccept = bulk('Accept shown', 'bulk-accept', (shown) =>
  decide(
    shown.filter((i) => cell(rows[i]!, cols.target) !== ''),
    (i) => ({ verdict: 'accept', target: cell(rows[i]!, cols.target) }),
  ),
);
const bulkReject = bulk('Reject shown', 'bulk-reject', (shown) => decide(shown, { verdict: 'reject', target: '' }));
const bulkClear = bulk('Clear shown', 'bulk-clear', (shown) => decide(shown, null));

function applyFilters(): void {
  const want = {
    status: filters.status.value,
    kind: filters.kind.value,
    reason: filters.reason.value,
    rule: filters.rule.value,
    finding: filters.finding.value,
    decision: filters.decision.value,
  };
  const q = search.value.trim().toLowerCase();
  const view: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (want.status && cell(r, cols.status) !== want.status) continue;
    if (want.kind && cell(r, cols.kind) !== want.kind) continue;
    if (want.reason && cell(r, cols.reason) !== want.reason) continue;
    if (want.rule && cell(r, cols.rule) !== want.rule) continue;
    if (want.finding && !cell(r, cols.findings).split(' ').includes(want.finding)) continue;
    if (want.decision) {
      const d = decisions.get(i);
      if (want.decision === 'none' ? d !== undefined : want.decision === 'made in this page' ? !decisions.isPending(i) : d?.verdict !== want.decision) continue;
    }
    if (q && !haystack[i]!.includes(q)) continue;
    view.push(i);
  }
  table.setView(view);
  shownCount.textContent = `${fmt(view.length)} of ${fmt(rows.length)} rows`;
}

app.appendChild(
  el(
    'section',
    { class: 'review' },
    el('h2', {}, 'Every source principal'),
    el('div', { class: 'filters' }, search, ...Object.values(filters), shownCount),
    el('div', { class: 'bulk' }, bulkAccept, bulkReject, bulkClear),
    el('p', { class: 'keys' }, 'Keys: j / ↓ next row, k / ↑ previous, a accept, r reject, e redirect, u clear, / search. Decisions are kept in this browser for this run; "Save decisions" downloads review-decisions.csv for ctmap map --decisions.'),
    el('div', { class: 'split' }, table.element, detailRoot),
  ),
);
table.mount();
applyFilters();
updatePending();
renderDetail(detailRoot, -1, detailContext);

// ---- keyboard triage ----
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement | null;
  const typing = target !== null && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
  if (typing) {
    if (e.key === 'Escape') target.blur();
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const i = table.selectedRow;
  const row = rows[i];
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      table.step(1);
      break;
    case 'k':
    case 'ArrowUp':
      table.step(-1);
      break;
    case 'a':
      if (row && cell(row, cols.target) !== '') decide([i], { verdict: 'accept', target: cell(row, cols.target) });
      break;
    case 'r':
      if (row) decide([i], { verdict: 'reject', target: '' });
      break;
    case 'u':
      if (row) decide([i], null);
      break;
    case 'e':
      detailRoot.querySelector<HTMLInputElement>('.redirect-input')?.focus();
      break;
    case '/':
      search.focus();
      break;
    default:
      return;
  }
  e.preventDefault();
});
