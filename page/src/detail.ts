// The opened row: its candidate, the evidence (and the score arithmetic where review.csv carries
// it), the runner-up and competing sources, findings with file:line, why an unmatched row has no
// candidate, and the decision buttons. Everything from the data is set as text.

import { el, fmt } from './dom.js';
import type { Decision, Decisions } from './decisions.js';
import { cell, type Columns, type ReportData, type ReportFinding } from './model.js';

export interface DetailContext {
  data: ReportData;
  cols: Columns;
  decisions: Decisions;
  findings: Map<string, ReportFinding[]>;
  /** Lowercased "key name" per target, for suggestions. */
  targetSearch: string[];
  decide: (decision: Decision | null) => void;
}

const WHY_NOT: Record<string, string> = {
  unmatched:
    'No target shares an identifier with this source (on-premises immutable ID, employee ID, the UPN after the domain rule, an address), and no target was proposed by name: none shares a blocking key (surname + initial, nickname, sorted tokens, Soundex, ...) with a score of 25 or more. The target may not be pre-created yet, or its names differ too much: redirect to its key if you know it.',
  excluded: 'Excluded rows are never mapped: a distribution list, or a reviewer rejected the row.',
};

export function renderDetail(root: HTMLElement, i: number, ctx: DetailContext): void {
  const row = ctx.data.rows[i];
  if (row === undefined) {
    root.replaceChildren(el('p', { class: 'note' }, 'Open a row (click, or j/k) to see its evidence and decide.'));
    return;
  }
  const c = ctx.cols;
  const status = cell(row, c.status);
  const kind = cell(row, c.kind);
  const source = cell(row, c.source);
  const target = cell(row, c.target);
  const decision = ctx.decisions.get(i);

  const parts: Array<HTMLElement | null> = [];
  parts.push(
    el('h2', {}, cell(row, c.sourceName) || source),
    el('p', {}, el('span', { class: `badge status-${status}` }, status), ' ', kind, ' ', el('code', {}, source)),
    el('p', {}, el('strong', {}, 'Reason: '), cell(row, c.reason)),
  );

  // Candidate and score.
  if (target !== '') {
    parts.push(
      el('h3', {}, 'Candidate'),
      el(
        'p',
        {},
        el('code', {}, target),
        cell(row, c.targetName) ? ` (${cell(row, c.targetName)})` : '',
        ', score ',
        el('strong', { 'data-testid': 'detail-score' }, cell(row, c.score) || '-'),
        ', rule ',
        el('code', {}, cell(row, c.rule) || '-'),
      ),
    );
    parts.push(arithmetic(ctx.data, i, cell(row, c.score)));
    const evidence = cell(row, c.evidence).split('; ').filter((e) => e !== '');
    parts.push(
      el('h3', {}, 'Evidence'),
      el('ul', { class: 'evidence' }, ...evidence.map((e) => el('li', { class: e.startsWith('AGAINST') ? 'against' : 'for' }, e))),
    );
  } else {
    parts.push(el('h3', {}, 'Why no candidate'), el('p', {}, WHY_NOT[status] ?? cell(row, c.reason)));
  }

  const runner = cell(row, c.runnerUp);
  const competing = cell(row, c.competing).split(' ').filter((s) => s !== '');
  if (runner !== '' || competing.length > 0) {
    parts.push(el('h3', {}, 'Runner-up and competing sources'));
    if (runner !== '') parts.push(el('p', {}, 'Runner-up: ', el('code', {}, runner), `, score ${cell(row, c.runnerUpScore) || '-'}`));
    if (competing.length > 0) parts.push(el('p', {}, 'Other sources that want this target: ', ...competing.flatMap((s, n) => [n > 0 ? ', ' : '', el('code', {}, s)])));
  }

  const found = [...(ctx.findings.get(`source\u0000${source.toLowerCase()}`) ?? []), ...(target ? (ctx.findings.get(`target\u0000${target.toLowerCase()}`) ?? []) : [])];
  const codes = cell(row, c.findings);
  if (found.length > 0 || codes !== '') {
    parts.push(el('h3', {}, 'Findings'));
    if (found.length === 0) parts.push(el('p', {}, codes));
    parts.push(
      el(
        'ul',
        { class: 'findings' },
        ...found.map((f) =>
          el('li', { class: `sev-${f.severity}` }, el('strong', {}, f.severity.toUpperCase()), ' ', f.file ? el('code', {}, `${f.file}${f.line !== undefined ? `:${f.line}` : ''}`) : '', ' ', f.message, ' ', el('code', {}, `[${f.code}]`)),
        ),
      ),
    );
  }

  parts.push(decisionBox(i, ctx, kind, target, decision));
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
}

function arithmetic(data: ReportData, i: number, score: string): HTMLElement {
  const terms = data.arithmetic[i];
  if (terms === undefined || terms.length === 0) {
    return el('p', { class: 'note', 'data-testid': 'arithmetic' }, `Score ${score || '-'}: the per-attribute arithmetic is not in this review.csv; the evidence below is what it rests on.`);
  }
  const total = terms.reduce((sum, t) => sum + t.points, 0);
  return el(
    'table',
    { class: 'arithmetic', 'data-testid': 'arithmetic' },
    ...terms.map((t) => el('tr', {}, el('td', {}, t.attribute), el('td', { class: 'num' }, t.points > 0 ? `+${t.points}` : String(t.points)))),
    el('tr', { class: 'total' }, el('td', {}, 'score'), el('td', { class: 'num' }, String(total))),
  );
}

function decisionBox(i: number, ctx: DetailContext, kind: string, target: string, decision: Decision | undefined): HTMLElement {
  const now = decision === undefined ? 'none (the automatic rules decide)' : decision.verdict === 'reject' ? 'reject' : `accept → ${decision.target}`;
  const accept = el('button', { type: 'button', class: 'accept', 'data-testid': 'decision-accept', title: 'a' }, 'Accept (a)');
  const reject = el('button', { type: 'button', class: 'reject', 'data-testid': 'decision-reject', title: 'r' }, 'Reject (r)');
  const clear = el('button', { type: 'button', 'data-testid': 'decision-clear', title: 'u' }, 'Clear (u)');
  if (target === '') accept.disabled = true;
  accept.addEventListener('click', () => ctx.decide({ verdict: 'accept', target }));
  reject.addEventListener('click', () => ctx.decide({ verdict: 'reject', target }));
  clear.addEventListener('click', () => ctx.decide(null));

  const input = el('input', { type: 'text', class: 'redirect-input', 'data-testid': 'decision-redirect-input', placeholder: kind === 'group' ? 'target group object ID' : 'target UPN', autocomplete: 'off', spellcheck: 'false' });
  const redirect = el('button', { type: 'button', 'data-testid': 'decision-redirect' }, 'Redirect');
  const suggestions = el('ul', { class: 'suggestions', 'data-testid': 'suggestions' });
  const submit = (): void => {
    const key = input.value.trim();
    if (key !== '') ctx.decide({ verdict: 'accept', target: key });
  };
  redirect.addEventListener('click', submit);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') submit();
  });
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    const hits: number[] = [];
    if (q.length >= 2) {
      for (let t = 0; t < ctx.targetSearch.length && hits.length < 8; t++) if (ctx.targetSearch[t]!.includes(q) && ctx.data.targets[t]![0] === kind) hits.push(t);
    }
    suggestions.replaceChildren(
      ...hits.map((t) => {
        const [, key, name] = ctx.data.targets[t]!;
        const li = el('li', {}, el('button', { type: 'button' }, key, name ? ` (${name})` : ''));
        li.addEventListener('click', () => {
          input.value = key;
          suggestions.replaceChildren();
          input.focus();
        });
        return li;
      }),
    );
  });

  return el(
    'section',
    { class: 'decide' },
    el('h3', {}, 'Decision'),
    el('p', {}, 'Now: ', el('strong', { 'data-testid': 'decision-now' }, now), ctx.decisions.isPending(i) ? ' (not saved yet)' : ''),
    el('div', { class: 'buttons' }, accept, reject, clear),
    el('div', { class: 'redirect' }, el('label', {}, 'Redirect to another target (e): ', input), redirect),
    suggestions,
    el('p', { class: 'note' }, `Suggestions come from the ${fmt(ctx.data.targets.length)} target keys this run saw.`),
  );
}
