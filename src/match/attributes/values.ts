// Comparable attribute values of one tenant's principals, made on first use: a run compares
// only settled pairs, samples and name candidates, and a phone parse costs microseconds. A
// principal's values sit in one row, so a pair compared on every attribute is looked up once.

import type { Principal, SupportingAttribute } from '../../model.js';
import { SUPPORTING_ATTRIBUTES } from '../../model.js';
import type { AttributeLevel } from '../../model.js';
import { compareValues } from './levels.js';
import { comparable, PHONES, phoneKey, regionOf, samePhoneWithoutParsing } from './normalize.js';

const COUNT = SUPPORTING_ATTRIBUTES.length;
const INDEX = Object.fromEntries(SUPPORTING_ATTRIBUTES.map((a, i) => [a, i])) as Record<SupportingAttribute, number>;

/** One principal's comparable values, filled as they are asked for; phones by their cheap key. */
export interface ValueRow {
  principal: Principal;
  cells: (string | undefined)[];
  /** Phones in E.164, parsed only for a pair whose cheap keys agree. */
  phones?: Map<SupportingAttribute, string>;
}

const NO_ROW: ValueRow = { principal: undefined as unknown as Principal, cells: new Array<string>(COUNT).fill('') };

export class AttributeValues {
  private readonly rows = new Map<Principal, ValueRow>();

  row(p: Principal): ValueRow {
    if (p.attributes === undefined) return NO_ROW;
    let row = this.rows.get(p);
    if (!row) {
      row = { principal: p, cells: new Array<string | undefined>(COUNT) };
      this.rows.set(p, row);
    }
    return row;
  }

  /** The comparable form of an attribute, '' when missing or saying nothing. */
  get(p: Principal, attribute: SupportingAttribute): string {
    return cell(this.row(p), attribute);
  }
}

export function cell(row: ValueRow, attribute: SupportingAttribute): string {
  const at = INDEX[attribute];
  const known = row.cells[at];
  if (known !== undefined) return known;
  const raw = row.principal.attributes![attribute];
  if (raw === undefined || raw === '') return (row.cells[at] = '');
  return (row.cells[at] = PHONES.has(attribute) ? phoneKey(raw) : textOf(attribute, at, raw));
}

// Cities, titles and offices repeat across thousands of rows (the reader keeps one string per
// value): each is folded once per run.
const FOLDED: Map<string, string>[] = SUPPORTING_ATTRIBUTES.map(() => new Map());
const MAX_FOLDED = 100_000;

function textOf(attribute: SupportingAttribute, at: number, raw: string): string {
  const cache = FOLDED[at]!;
  let text = cache.get(raw);
  if (text === undefined) {
    if (cache.size >= MAX_FOLDED) cache.clear();
    text = comparable(attribute, raw, '');
    cache.set(raw, text);
  }
  return text;
}

/** How a pair compares on one attribute; undefined when a value is missing. */
export function compareCells(attribute: SupportingAttribute, source: ValueRow, target: ValueRow): AttributeLevel | undefined {
  const a = cell(source, attribute);
  const b = a === '' ? '' : cell(target, attribute);
  if (b === '') return undefined;
  if (!PHONES.has(attribute)) return compareValues(attribute, a, b);
  if (a !== b) return 'differs';
  const sv = source.principal.attributes!;
  const tv = target.principal.attributes!;
  if (samePhoneWithoutParsing(sv[attribute] ?? '', regionOf(sv), tv[attribute] ?? '', regionOf(tv))) return 'equal';
  return phoneOf(source, attribute) === phoneOf(target, attribute) ? 'equal' : 'differs';
}

function phoneOf(row: ValueRow, attribute: SupportingAttribute): string {
  const phones = (row.phones ??= new Map());
  let phone = phones.get(attribute);
  if (phone === undefined) {
    const values = row.principal.attributes!;
    phone = comparable(attribute, values[attribute] ?? '', regionOf(values));
    phones.set(attribute, phone);
  }
  return phone;
}

/** The attributes that some principal of each side has: the others are never compared. */
export function attributesPresent(sources: readonly Principal[], targets: readonly Principal[]): SupportingAttribute[] {
  const seen = (principals: readonly Principal[]): Set<SupportingAttribute> => {
    const found = new Set<SupportingAttribute>();
    for (const p of principals) {
      const values = p.attributes;
      if (values === undefined) continue;
      for (const a in values) if (a !== 'usageLocation' && values[a as SupportingAttribute]) found.add(a as SupportingAttribute);
      if (found.size === COUNT) break;
    }
    return found;
  };
  const inSource = seen(sources);
  if (inSource.size === 0) return [];
  const inTarget = seen(targets);
  return SUPPORTING_ATTRIBUTES.filter((a) => inSource.has(a) && inTarget.has(a));
}

/** Per attribute, the comparable values of a sample of principals, in sample order. */
export function sampleMatrix(principals: readonly Principal[], values: AttributeValues, attributes: readonly SupportingAttribute[]): string[][] {
  const rows = principals.map((p) => values.row(p));
  return attributes.map((a) => rows.map((r) => cell(r, a)));
}
