// Identifier evidence through hash indexes: immutable ID, employee ID (unique on both sides),
// UPN after the domain rewrite, and any address equal with or without the rewrite. Linear in
// the number of principals and addresses; no pair is ever enumerated blindly.

import type { DomainRules } from '../config.js';
import type { Evidence, EvidenceRule, Principal } from '../model.js';
import { push } from '../multimap.js';
import { addressesOf, domainOf, rewriteAddress, type AddressField } from './addresses.js';

export interface IdentifierPair {
  source: number;
  target: number;
  evidence: Evidence[];
}

export interface SharedIds {
  /** Employee IDs and immutable IDs are compared only when the tenants share the scheme. */
  employeeId: boolean;
  immutableId: boolean;
}

export interface ExactResult {
  /** Per source index: its identifier pairs, sorted by target index. */
  pairs: IdentifierPair[][];
  shared: SharedIds;
}

interface AddressHit {
  target: number;
  field: AddressField;
}

export function exactCandidates(sources: readonly Principal[], targets: readonly Principal[], domains: DomainRules): ExactResult {
  const targetByImmutable = indexBy(targets, (t) => t.immutableId);
  const targetByEmployee = indexBy(targets, (t) => t.employeeId.toLowerCase());
  const sourceEmployeeCount = countBy(sources, (s) => s.employeeId.toLowerCase());
  const targetByAddress = new Map<string, AddressHit[]>();
  targets.forEach((t, target) => {
    for (const { value, field } of addressesOf(t)) push(targetByAddress, value, { target, field });
  });

  const shared: SharedIds = {
    employeeId: idsShared(sources, targetByEmployee, (p) => p.employeeId.toLowerCase()),
    immutableId: idsShared(sources, targetByImmutable, (p) => p.immutableId),
  };

  const pairs = sources.map((s, source) => {
    const found = new Map<number, Evidence[]>();
    const add = (target: number, rule: EvidenceRule, detail: string): void => {
      const list = found.get(target) ?? [];
      if (!list.some((e) => e.rule === rule)) list.push({ rule, strength: 'strong', detail });
      found.set(target, list);
    };

    if (s.immutableId !== '') {
      for (const t of targetByImmutable.get(s.immutableId) ?? []) add(t, 'immutable-id', s.immutableId);
    }
    const employeeId = s.employeeId.toLowerCase();
    if (employeeId !== '' && sourceEmployeeCount.get(employeeId) === 1) {
      const hits = targetByEmployee.get(employeeId) ?? [];
      if (hits.length === 1) add(hits[0]!, 'employee-id', s.employeeId);
    }
    for (const { value, field } of addressesOf(s)) {
      for (const hit of targetByAddress.get(value) ?? []) {
        add(hit.target, 'address', `${value} (source ${field}, target ${hit.field})`);
      }
      const rewritten = rewriteAddress(value, domains);
      if (rewritten === undefined || rewritten === value) continue;
      for (const hit of targetByAddress.get(rewritten) ?? []) {
        if (field === 'upn' && hit.field === 'upn') {
          add(hit.target, 'upn-domain', `${domainOf(value)}→${domainOf(rewritten)}`);
        } else {
          add(hit.target, 'address-domain', `${value} → ${rewritten} (source ${field}, target ${hit.field})`);
        }
      }
    }
    return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([target, evidence]) => ({ source, target, evidence }));
  });
  return { pairs, shared };
}

function indexBy(items: readonly Principal[], key: (p: Principal) => string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  items.forEach((p, i) => {
    const k = key(p);
    if (k !== '') push(map, k, i);
  });
  return map;
}

function countBy(items: readonly Principal[], key: (p: Principal) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (const p of items) {
    const k = key(p);
    if (k !== '') map.set(k, (map.get(k) ?? 0) + 1);
  }
  return map;
}

// Two HR systems may both number from 1000: a scheme counts as shared when at least a tenth of
// the principals that have an ID on the smaller side find the same ID on the other side.
function idsShared(sources: readonly Principal[], targetIndex: Map<string, number[]>, key: (p: Principal) => string): boolean {
  let populated = 0;
  let equal = 0;
  for (const s of sources) {
    const k = key(s);
    if (k === '') continue;
    populated++;
    if (targetIndex.has(k)) equal++;
  }
  const smaller = Math.min(populated, [...targetIndex.values()].reduce((n, l) => n + l.length, 0));
  return equal > 0 && equal * 10 >= smaller;
}
