// The numbers every evaluation variant reports the same way (Febrl's and the synthetic HR
// tenants'): how much is mapped automatically and how right, the coverage, and the share of
// source users left to a person, per status/reason, with the wrong pairs by name.

import type { WrongPair } from './outcome.js';

export interface Shares {
  title: string;
  /** Source users (Febrl: the true pairs; synthetic: leavers too). */
  sources: number;
  truePairs: number;
  /** Status matched. */
  automatic: number;
  correct: number;
  wrong: number;
  /** (correct + review and ambiguous with the right best) / true pairs, as the results table. */
  coverage: number;
  /** Source users not mapped automatically, by `status/reason`. */
  leftToPerson: Readonly<Record<string, number>>;
  wrongPairs: readonly WrongPair[];
}

const int = (n: number): string => n.toLocaleString('en');
const pct = (part: number, whole: number): string => `${((whole === 0 ? 0 : part / whole) * 100).toFixed(2)}%`;
const cell = (text: string): string => text.replace(/\|/g, '\\|');
const leftTotal = (s: Shares): number => Object.values(s.leftToPerson).reduce((n, c) => n + c, 0);

export function sharesTable(rows: readonly Shares[]): string {
  const head = '| variant | source users | mapped automatically (% of sources) | precision | wrong | true pairs mapped automatically | coverage | left to a person |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|';
  const row = (s: Shares): string =>
    `| ${s.title} | ${int(s.sources)} | ${int(s.automatic)} (${pct(s.automatic, s.sources)}) | ${s.automatic === 0 ? '-' : pct(s.correct, s.automatic)} | ${int(s.wrong)} | ${pct(s.correct, s.truePairs)} | ${(s.coverage * 100).toFixed(2)}% | ${int(leftTotal(s))} (${pct(leftTotal(s), s.sources)}) |`;
  return [head, rule, ...rows.map(row)].join('\n');
}

/** One row per status/reason, one column per variant: the share of its source users. */
export function reasonsTable(rows: readonly Shares[]): string {
  const total = new Map<string, number>();
  for (const s of rows) for (const [k, n] of Object.entries(s.leftToPerson)) total.set(k, (total.get(k) ?? 0) + n);
  const keys = [...total].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const head = `| left to a person (status/reason) | ${rows.map((s) => cell(s.title)).join(' | ')} |`;
  const rule = `|---|${rows.map(() => '---:').join('|')}|`;
  const line = (k: string): string => `| ${k} | ${rows.map((s) => (s.leftToPerson[k] === undefined ? '-' : `${int(s.leftToPerson[k])} (${pct(s.leftToPerson[k], s.sources)})`)).join(' | ')} |`;
  const sum = `| **all** | ${rows.map((s) => `${int(leftTotal(s))} (${pct(leftTotal(s), s.sources)})`).join(' | ')} |`;
  return [head, rule, ...keys.map(line), sum].join('\n');
}

const PAIRS_SHOWN = 20;

export function wrongPairsList(rows: readonly Shares[]): string {
  return rows
    .map((s) => {
      if (s.wrongPairs.length === 0) return `- ${s.title}: no wrong automatic mapping.`;
      const shown = s.wrongPairs.slice(0, PAIRS_SHOWN).map((w) => `  - ${w.source} → ${w.target}; true target ${w.trueTarget}`);
      const rest = s.wrongPairs.length > PAIRS_SHOWN ? [`  - (${s.wrongPairs.length - PAIRS_SHOWN} more in the JSON)`] : [];
      return [`- ${s.title}: ${s.wrongPairs.length} wrong:`, ...shown, ...rest].join('\n');
    })
    .join('\n');
}

/** The three parts under one heading. */
export function sharesReport(rows: readonly Shares[]): string {
  return ['Per variant (share of source users):', '', sharesTable(rows), '', 'Left to a person, per status/reason (share of source users):', '', reasonsTable(rows), '', 'Wrong automatic mappings (source → target; true target):', '', wrongPairsList(rows)].join('\n');
}
