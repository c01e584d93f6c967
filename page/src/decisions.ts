// The reviewer's decisions in the page: they start from review.csv's decision column (decisions
// an earlier --decisions run applied), are kept in localStorage for this run (keyed by the
// sha256 of review.csv), and are saved as a review.csv that `ctmap map --decisions` reads as it
// is: the same columns, the decision column filled, the target replaced for a redirect.

import { stringify } from 'csv-stringify/browser/esm/sync';
import { cell, type Columns } from './model.js';

export type Verdict = 'accept' | 'reject';

export interface Decision {
  verdict: Verdict;
  /** The target an accept maps to: the row's candidate, or another key for a redirect. */
  target: string;
}

export class Decisions {
  /** Page decisions by row index; null where the reviewer cleared an applied decision. */
  private readonly changed = new Map<number, Decision | null>();
  private readonly key: string;
  readonly persistent: boolean;

  constructor(
    runId: string,
    private readonly rows: readonly string[][],
    private readonly cols: Columns,
  ) {
    this.key = `ctmap-report:${runId}`;
    this.persistent = this.load();
  }

  /** The row's decision now: the page's, else the one review.csv carries. */
  get(i: number): Decision | undefined {
    if (this.changed.has(i)) return this.changed.get(i) ?? undefined;
    return this.original(i);
  }

  original(i: number): Decision | undefined {
    const row = this.rows[i];
    if (row === undefined) return undefined;
    const verdict = cell(row, this.cols.decision).toLowerCase();
    if (verdict !== 'accept' && verdict !== 'reject') return undefined;
    return { verdict, target: cell(row, this.cols.target) };
  }

  /** True when the page changed the row's decision (not yet in any review.csv). */
  isPending(i: number): boolean {
    return this.changed.has(i);
  }

  /** Decides each row (null clears), then stores once: a bulk decision of 100,000 rows is one write. */
  set(indices: readonly number[], decisionOf: (i: number) => Decision | null): void {
    for (const i of indices) {
      const decision = decisionOf(i);
      const original = this.original(i);
      const same =
        decision === null
          ? original === undefined
          : original !== undefined && original.verdict === decision.verdict && (decision.verdict === 'reject' || original.target.toLowerCase() === decision.target.toLowerCase());
      if (same) this.changed.delete(i);
      else this.changed.set(i, decision);
    }
    this.store();
  }

  get pendingCount(): number {
    return this.changed.size;
  }

  /** review.csv with the decisions: header as read, BOM, CRLF, formulas escaped, as ctmap writes it. */
  toCsv(header: readonly string[], nameOf: (key: string) => string): string {
    const out: string[][] = [[...header]];
    this.rows.forEach((row, i) => {
      const d = this.get(i);
      const copy = [...row];
      if (this.cols.decision >= 0) copy[this.cols.decision] = d?.verdict ?? '';
      if (d?.verdict === 'accept' && this.cols.target >= 0 && d.target !== cell(row, this.cols.target)) {
        copy[this.cols.target] = d.target;
        if (this.cols.targetName >= 0) copy[this.cols.targetName] = nameOf(d.target);
      }
      out.push(copy);
    });
    return stringify(out, { bom: true, record_delimiter: 'windows', escape_formulas: true });
  }

  private load(): boolean {
    try {
      const stored = window.localStorage.getItem(this.key);
      if (stored !== null) {
        const entries = JSON.parse(stored) as Array<[number, Verdict | null, string]>;
        for (const [i, verdict, target] of entries) {
          if (i >= 0 && i < this.rows.length) this.changed.set(i, verdict === null ? null : { verdict, target });
        }
      }
      return true;
    } catch {
      // file:// storage can be off (private windows, policies): decisions then live until reload.
      return false;
    }
  }

  private store(): void {
    if (!this.persistent) return;
    const entries = [...this.changed].map(([i, d]) => [i, d?.verdict ?? null, d?.target ?? '']);
    try {
      window.localStorage.setItem(this.key, JSON.stringify(entries));
    } catch {
      // Full or denied: the decisions stay in the page; Save still has them.
    }
  }
}

/** Downloads text as a file (a blob URL; no network). */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
