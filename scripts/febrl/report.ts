// The evaluation as Markdown: the results table (pasted into the README), the targets, and per
// variant the breakdowns of wrong automatic mappings and misses with an example each.

import type { Breakdown, Outcome } from './outcome.js';
import { sharesReport, type Shares } from './shares.js';
import type { VariantRun } from './run.js';
import type { TargetCheck } from './targets.js';

const int = (n: number): string => n.toLocaleString('en');
const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
const cell = (text: string): string => text.replace(/\|/g, '\\|');
const ROWS_SHOWN = 12;

export function resultsTable(runs: readonly VariantRun[]): string {
  const head = '| variant | true pairs | mapped automatically | of those correct (precision) | wrong automatic (% of automatic) | review, right best | ambiguous, right best | conflict, right best | missed | coverage |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const row = ({ variant, outcome: o }: VariantRun): string =>
    `| ${variant.title} | ${int(o.truePairs)} | ${int(o.automatic)} | ${int(o.correct)} (${pct(o.precision)}) | ${int(o.wrong)} (${pct(o.wrongOfAutomatic)}) | ${int(o.reviewRightBest)} | ${int(o.ambiguousRightBest)} | ${int(o.conflictRightBest)} | ${int(o.missed)} | ${pct(o.coverage)} |`;
  return [head, rule, ...runs.map(row)].join('\n');
}

export function targetsList(checks: readonly TargetCheck[]): string {
  return checks.map((c) => `- ${c.met ? 'met' : '**NOT met**'}: ${c.target}: ${c.measured}`).join('\n');
}

function breakdownTable(title: string, rows: readonly Breakdown[]): string {
  if (rows.length === 0) return `${title}: none.`;
  const shown = rows.slice(0, ROWS_SHOWN).map((r) => `| ${cell(r.key)} | ${int(r.count)} | ${cell(r.examples[0] ?? '')} |`);
  const rest = rows.length > ROWS_SHOWN ? [`| (${rows.length - ROWS_SHOWN} more kinds, in the JSON) | ${int(rows.slice(ROWS_SHOWN).reduce((n, r) => n + r.count, 0))} | |`] : [];
  return [`${title}:`, '', '| kind | count | example |', '|---|---:|---|', ...shown, ...rest].join('\n');
}

function breakdowns(o: Outcome): [string, readonly Breakdown[]][] {
  return [
    ['Wrong automatic mappings, by reason and evidence of the mapping', o.wrongBy],
    ['Wrong automatic mappings, by how the true pair relates', o.wrongByTruePair],
    ['Missed pairs, by status/reason and the best candidate offered instead', o.missedBy],
    ['Missed pairs, by how the true pair relates', o.missedByTruePair],
    ['Missed pairs, where the true target went', o.missedTrueTarget],
    ['Left for review with the right best candidate, by status/reason and evidence', o.rightBestBy],
  ];
}

function variantSection({ variant, outcome: o, mapMs }: VariantRun): string {
  const statuses = Object.entries(o.statuses).map(([k, v]) => `${k} ${int(v)}`).join(', ');
  return [
    `### ${variant.title}`,
    '',
    `Statuses: ${statuses}. Recall of automatic mappings ${pct(o.recall)}; coverage ${pct(o.coverage)} (${pct(o.coverageReviewOnly)} without ambiguous). runMap ${mapMs} ms.`,
    `Of the ${int(o.missed)} missed pairs, ${int(o.missedTrueRunnerUp)} had the true target as runner-up.`,
    '',
    breakdowns(o).map(([title, rows]) => breakdownTable(title, rows)).join('\n\n'),
  ].join('\n');
}

/** A Febrl variant's outcome in the numbers every variant reports. */
export function febrlShares({ variant, outcome: o }: VariantRun): Shares {
  return { title: variant.title, sources: o.truePairs, truePairs: o.truePairs, automatic: o.automatic, correct: o.correct, wrong: o.wrong, coverage: o.coverage, leftToPerson: o.leftToPerson, wrongPairs: o.wrongPairs };
}

/** `extra`: more variants (the synthetic HR tenants) for the shares tables. */
export function markdownReport(title: string, runs: readonly VariantRun[], checks: readonly TargetCheck[], extra: readonly Shares[] = []): string {
  return [
    `## ${title}`,
    '',
    resultsTable(runs),
    '',
    sharesReport([...runs.map(febrlShares), ...extra]),
    '',
    'Targets:',
    '',
    targetsList(checks),
    '',
    runs.map(variantSection).join('\n\n'),
  ].join('\n');
}
