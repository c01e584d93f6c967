// Comparable attribute values of one tenant's principals, made on first use: a run compares
// only settled pairs, samples and name candidates, and a phone parse costs microseconds.

import type { Principal, SupportingAttribute } from '../../model.js';
import { SUPPORTING_ATTRIBUTES } from '../../model.js';
import { comparable, regionOf } from './normalize.js';

const COUNT = SUPPORTING_ATTRIBUTES.length;

export class AttributeValues {
  private readonly cache = new Map<Principal, (string | undefined)[]>();

  /** The comparable form of an attribute, '' when missing or saying nothing. */
  get(p: Principal, attribute: SupportingAttribute): string {
    const values = p.attributes;
    if (values === undefined) return '';
    const raw = values[attribute];
    if (raw === undefined || raw === '') return '';
    let row = this.cache.get(p);
    if (!row) {
      row = new Array<string | undefined>(COUNT);
      this.cache.set(p, row);
    }
    const at = SUPPORTING_ATTRIBUTES.indexOf(attribute);
    return (row[at] ??= comparable(attribute, raw, regionOf(values)));
  }
}

/** The attributes that some principal of each side has: the others are never compared. */
export function attributesPresent(sources: readonly Principal[], targets: readonly Principal[]): SupportingAttribute[] {
  const seen = (principals: readonly Principal[]): Set<SupportingAttribute> => {
    const found = new Set<SupportingAttribute>();
    for (const p of principals) {
      const values = p.attributes;
      if (values === undefined) continue;
      for (const a of SUPPORTING_ATTRIBUTES) if (values[a]) found.add(a);
      if (found.size === COUNT) break;
    }
    return found;
  };
  const inSource = seen(sources);
  if (inSource.size === 0) return [];
  const inTarget = seen(targets);
  return SUPPORTING_ATTRIBUTES.filter((a) => inSource.has(a) && inTarget.has(a));
}
