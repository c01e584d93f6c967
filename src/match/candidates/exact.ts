// Identifier evidence through hash indexes: immutable ID, employee ID (unique on both sides),
// UPN after the domain rewrite, and any address equal with or without the rewrite. Linear in
// the number of principals and addresses; no pair is ever enumerated blindly.

import type { DomainRules } from '../options.js';
import type { Evidence, Principal } from '../../model.js';
import { IndexMap } from '../../multimap.js';
import { domainOf, forEachAddress, forEachExternalAddress, rewriteAddress, type AddressField } from './addresses.js';

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

const FIELDS: readonly AddressField[] = ['upn', 'mail', 'proxy', 'external'];
// An address index entry packs the target index and the field the address came from.
const packHit = (target: number, field: AddressField): number => target * 4 + FIELDS.indexOf(field);
// The low two bits of a hit are always an index of FIELDS.
const fieldOf = (hit: number): AddressField => FIELDS[hit & 3]!;

/**
 * What an identifier rule found: the evidence of the rules this file runs, built whole in one
 * literal. (Spread into a new object, { ...detail, strength }, each copy got a hidden class of
 * its own: about 180 bytes more per pair, 200 MB at 1,000,000 users.)
 */
type IdentifierDetail = Extract<Evidence, { rule: 'immutable-id' | 'employee-id' | 'upn-domain' | 'address' | 'address-domain' | 'guest-address' }>;

export function exactCandidates(sources: readonly Principal[], targets: readonly Principal[], domains: DomainRules): ExactResult {
  // Lowercased once: exports write IDs such as 'E100234', and each lowercasing is a new string.
  const sourceEmployeeIds = sources.map((s) => s.employeeId.toLowerCase());
  const targetByImmutable = indexBy(targets.map((t) => t.immutableId));
  const targetByEmployee = indexBy(targets.map((t) => t.employeeId.toLowerCase()));
  const sourceByEmployee = indexBy(sourceEmployeeIds);
  const targetByAddress = new IndexMap();
  targets.forEach((t, target) => {
    forEachAddress(t, (value, field) => targetByAddress.add(value, packHit(target, field)));
    forEachExternalAddress(t, (value) => {
      if (value !== t.mail) targetByAddress.add(value, packHit(target, 'external'));
    });
  });

  const shared: SharedIds = {
    employeeId: idsShared(sourceEmployeeIds, targetByEmployee),
    immutableId: idsShared(sources.map((p) => p.immutableId), targetByImmutable),
  };

  // The rule's own domain string goes into the evidence, not a new copy per pair.
  const ruleDomain = new Map([...domains.keys()].map((d) => [d, d]));
  const pairs = sources.map((s, source) => {
    const found: IdentifierPair[] = [];
    const add = (target: number, detail: IdentifierDetail): void => {
      const pair = found.find((p) => p.target === target);
      // A one-item literal holds one slot; an array grown by push from [] holds 17.
      if (!pair) found.push({ source, target, evidence: [detail] });
      else if (!pair.evidence.some((e) => e.rule === detail.rule)) pair.evidence.push(detail);
    };

    if (s.immutableId !== '') targetByImmutable.forEach(s.immutableId, (t) => add(t, { rule: 'immutable-id', value: s.immutableId, strength: 'strong' }));
    const employeeId = sourceEmployeeIds[source]!;
    const byEmployee = employeeId === '' ? undefined : targetByEmployee.get(employeeId);
    if (typeof byEmployee === 'number' && sourceByEmployee.count(employeeId) === 1) add(byEmployee, { rule: 'employee-id', value: s.employeeId, strength: 'strong' });
    if (s.userType === 'Guest') {
      // A guest's addresses are external: the same partner as a target guest or member.
      forEachExternalAddress(s, (value) => {
        targetByAddress.forEach(value, (hit) => add(hit >> 2, { rule: 'guest-address', value, targetField: fieldOf(hit), strength: 'strong' }));
      });
    } else {
      forEachAddress(s, (value, field) => {
        targetByAddress.forEach(value, (hit) => add(hit >> 2, { rule: 'address', value, sourceField: field, targetField: fieldOf(hit), strength: 'strong' }));
        const rewritten = rewriteAddress(value, domains);
        if (rewritten === undefined || rewritten === value) return;
        targetByAddress.forEach(rewritten, (hit) => {
          const targetField = fieldOf(hit);
          // rewriteAddress found a rule for this domain, so `to` is there.
          const from = ruleDomain.get(domainOf(value)) ?? '';
          if (field === 'upn' && targetField === 'upn') add(hit >> 2, { rule: 'upn-domain', from, to: domains.get(from) ?? '', strength: 'strong' });
          else add(hit >> 2, { rule: 'address-domain', value, rewritten, sourceField: field, targetField, strength: 'strong' });
        });
      });
    }
    return found.length > 1 ? found.sort((a, b) => a.target - b.target) : found;
  });
  return { pairs, shared };
}

function indexBy(keys: readonly string[]): IndexMap {
  const index = new IndexMap();
  keys.forEach((k, i) => {
    if (k !== '') index.add(k, i);
  });
  return index;
}

// Two HR systems may both number from 1000: a scheme counts as shared when at least a tenth of
// the principals that have an ID on the smaller side find the same ID on the other side.
function idsShared(sourceIds: readonly string[], targets: IndexMap): boolean {
  let populated = 0;
  let equal = 0;
  for (const k of sourceIds) {
    if (k === '') continue;
    populated++;
    if (targets.count(k) > 0) equal++;
  }
  const smaller = Math.min(populated, targets.size);
  return equal > 0 && equal * 10 >= smaller;
}
