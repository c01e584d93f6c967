// Every source principal in one virtual-scrolling table: @tanstack/virtual-core says which rows
// are in view, and only those (plus a few) exist in the DOM, so 200,000 rows scroll like 100.
// Filtering and sorting work on an index array, never on DOM nodes.

import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import { el } from './dom.js';
import { cell, type Columns } from './model.js';

export const ROW_HEIGHT = 28;

export interface TableColumn {
  id: string;
  label: string;
  /** The review.csv column shown (an index into a row), or the decision the page holds. */
  value: (i: number) => string;
  numeric?: boolean;
  width: string;
}

export interface TableOptions {
  rows: readonly string[][];
  cols: Columns;
  columns: TableColumn[];
  onOpen: (i: number) => void;
  rowClass: (i: number) => string;
}

export class VirtualTable {
  readonly element: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly body: HTMLElement;
  private readonly header: HTMLElement;
  private view: number[] = [];
  private selected = -1;
  private sortBy: { id: string; dir: 1 | -1 } | null = null;
  private readonly virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  private readonly pool: HTMLElement[] = [];

  constructor(private readonly opts: TableOptions) {
    const template = opts.columns.map((c) => c.width).join(' ');
    this.header = el('div', { class: 'thead', role: 'row' });
    this.header.style.gridTemplateColumns = template;
    for (const c of opts.columns) {
      const button = el('button', { type: 'button', class: 'th', 'data-column': c.id, title: 'Sort' }, c.label);
      button.addEventListener('click', () => this.toggleSort(c.id));
      this.header.appendChild(button);
    }
    this.body = el('div', { class: 'tbody' });
    this.scroller = el('div', { class: 'tscroll', 'data-testid': 'table-scroll', role: 'rowgroup' }, this.body);
    // One listener for every row, present and future.
    this.body.addEventListener('click', (e) => {
      const index = (e.target as Element | null)?.closest('.tr')?.getAttribute('data-index');
      if (index !== null && index !== undefined) this.select(Number(index));
    });
    this.element = el('div', { class: 'table', role: 'table' }, this.header, this.scroller);
    this.virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count: 0,
      getScrollElement: () => this.scroller,
      estimateSize: () => ROW_HEIGHT,
      overscan: 12,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      onChange: () => this.render(),
    });
  }

  /** Call once the element is in the document. */
  mount(): void {
    this.virtualizer._didMount();
    this.virtualizer._willUpdate();
    this.render();
  }

  /** Shows these rows (filtered), sorted by the current sort. */
  setView(indices: number[]): void {
    this.view = this.sorted(indices);
    this.virtualizer.setOptions({ ...this.virtualizer.options, count: this.view.length });
    this.virtualizer._willUpdate();
    this.render();
  }

  get shown(): readonly number[] {
    return this.view;
  }

  get selectedRow(): number {
    return this.selected;
  }

  /** Moves the selection by delta within the view and opens that row. */
  step(delta: number): void {
    if (this.view.length === 0) return;
    const pos = this.view.indexOf(this.selected);
    const next = pos < 0 ? 0 : Math.min(this.view.length - 1, Math.max(0, pos + delta));
    this.select(this.view[next]!);
  }

  select(i: number): void {
    this.selected = i;
    const pos = this.view.indexOf(i);
    if (pos >= 0) this.virtualizer.scrollToIndex(pos, { align: 'auto' });
    this.render();
    this.opts.onOpen(i);
  }

  render(): void {
    const items = this.virtualizer.getVirtualItems();
    this.body.style.height = `${this.virtualizer.getTotalSize()}px`;
    // Row elements are reused while scrolling: only their text and position change.
    while (this.pool.length < items.length) this.pool.push(this.newRow());
    items.forEach((item, k) => {
      const i = this.view[item.index]!;
      const row = this.pool[k]!;
      row.className = `tr ${this.opts.rowClass(i)}${i === this.selected ? ' selected' : ''}`;
      row.setAttribute('data-source', cell(this.opts.rows[i] ?? [], this.opts.cols.source));
      row.setAttribute('data-index', String(i));
      row.style.transform = `translateY(${item.start}px)`;
      this.opts.columns.forEach((c, n) => {
        const td = row.children[n] as HTMLElement;
        const value = c.value(i);
        if (td.textContent !== value) {
          td.textContent = value;
          td.title = value;
        }
      });
    });
    if (this.body.childElementCount !== items.length) this.body.replaceChildren(...this.pool.slice(0, items.length));
  }

  private newRow(): HTMLElement {
    const row = el('div', { class: 'tr', role: 'row', 'data-testid': 'row' });
    row.style.gridTemplateColumns = this.opts.columns.map((c) => c.width).join(' ');
    for (const c of this.opts.columns) row.appendChild(el('div', { class: c.numeric ? 'td num' : 'td', role: 'cell' }));
    return row;
  }

  private toggleSort(id: string): void {
    this.sortBy = this.sortBy?.id === id ? (this.sortBy.dir === 1 ? { id, dir: -1 } : null) : { id, dir: 1 };
    for (const th of this.header.children) {
      const column = th.getAttribute('data-column');
      th.setAttribute('aria-sort', column === id && this.sortBy ? (this.sortBy.dir === 1 ? 'ascending' : 'descending') : 'none');
    }
    this.setView([...this.view].sort((a, b) => a - b));
  }

  private sorted(indices: number[]): number[] {
    const by = this.sortBy;
    if (by === null) return indices;
    const column = this.opts.columns.find((c) => c.id === by.id);
    if (!column) return indices;
    // Keys computed once per row; ties keep review.csv's order.
    const keys = new Map<number, string | number>();
    for (const i of indices) {
      const v = column.value(i);
      keys.set(i, column.numeric ? (v === '' ? -Infinity : Number(v)) : v.toLowerCase());
    }
    return indices.sort((a, b) => {
      const ka = keys.get(a)!;
      const kb = keys.get(b)!;
      return (ka < kb ? -1 : ka > kb ? 1 : a - b) * (ka === kb ? 1 : by.dir);
    });
  }
}
