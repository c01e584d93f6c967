// Domain rules checked against the data (DESIGN, Bad input): a rule whose source domain no
// source principal uses, or whose target domain no target uses, is a typo that could turn a
// trap into a mapping, so it stops the run. Without rules, the rules the data supports are
// proposed as an info finding; they are never applied.

import type { DomainRules } from '../match/options.js';
import { CtmapError } from '../errors.js';
import type { Finding, Principal } from '../model.js';
import { FINDING_SEVERITY } from '../model.js';
import { compareKeys } from '../order.js';

const DOMAINS_LISTED = 10;

/** Principals per domain, counting a principal once however many of its addresses use it. */
export function domainCounts(principals: readonly Principal[]): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const p of principals) {
    seen.clear();
    for (const address of [p.upn, p.mail, ...p.proxies]) {
      const domain = domainOf(address);
      if (domain === '' || seen.has(domain)) continue;
      seen.add(domain);
      counts.set(domain, (counts.get(domain) ?? 0) + 1);
    }
  }
  return counts;
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).trim().toLowerCase();
}

function localOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(0, at).trim().toLowerCase();
}

/** 'contoso.com (412)', most used first, then by name. */
function listed(counts: ReadonlyMap<string, number>): string[] {
  return [...counts]
    .sort(([a, n], [b, m]) => m - n || compareKeys(a, b))
    .slice(0, DOMAINS_LISTED)
    .map(([d, n]) => `${d} (${n})`);
}

/** Throws domain-rule-unused for the first rule (in the order given) the data does not use. */
export function assertDomainRulesUsed(rules: DomainRules, sources: readonly Principal[], targets: readonly Principal[]): void {
  for (const [from, to] of rules) {
    const value = `${from}=${to}`;
    // The domains in use are counted only to list them in the error: a rule in use is mostly
    // found within the first rows, and counting every address cost 0.4 s at 200,000 users.
    if (!usesDomain(sources, from)) throw new CtmapError('domain-rule-unused', { value, column: from, detail: 'source', found: listed(domainCounts(sources)) });
    if (!usesDomain(targets, to)) throw new CtmapError('domain-rule-unused', { value, column: to, detail: 'target', found: listed(domainCounts(targets)) });
  }
}

/** Whether some principal has an address in the domain (as domainCounts counts them). */
function usesDomain(principals: readonly Principal[], domain: string): boolean {
  const inDomain = (address: string): boolean => domainOf(address) === domain;
  return principals.some((p) => inDomain(p.upn) || inDomain(p.mail) || p.proxies.some(inDomain));
}

/**
 * For each source UPN domain, the target domain under which most of its UPN local parts exist
 * (in a target UPN, mail or proxy address); a tie proposes nothing for that domain.
 */
export function proposeDomainRules(sources: readonly Principal[], targets: readonly Principal[]): Finding | undefined {
  const domainsOfLocal = new Map<string, Set<string>>();
  for (const t of targets) {
    for (const address of [t.upn, t.mail, ...t.proxies]) {
      const local = localOf(address);
      const domain = domainOf(address);
      if (local === '' || domain === '') continue;
      let set = domainsOfLocal.get(local);
      if (!set) domainsOfLocal.set(local, (set = new Set()));
      set.add(domain);
    }
  }
  const bySourceDomain = new Map<string, { locals: number; hits: Map<string, number> }>();
  for (const s of sources) {
    const from = domainOf(s.upn);
    const local = localOf(s.upn);
    if (from === '' || local === '') continue;
    let entry = bySourceDomain.get(from);
    if (!entry) bySourceDomain.set(from, (entry = { locals: 0, hits: new Map() }));
    entry.locals++;
    for (const to of domainsOfLocal.get(local) ?? []) if (to !== from) entry.hits.set(to, (entry.hits.get(to) ?? 0) + 1);
  }
  const rules: string[] = [];
  const evidence: string[] = [];
  for (const from of [...bySourceDomain.keys()].sort(compareKeys)) {
    const { locals, hits } = bySourceDomain.get(from)!;
    const ranked = [...hits].sort(([a, n], [b, m]) => m - n || compareKeys(a, b));
    const [best, second] = ranked;
    if (best === undefined || (second !== undefined && second[1] === best[1])) continue;
    rules.push(`${from}=${best[0]}`);
    evidence.push(`${best[1]} of ${locals} ${from} UPN names exist under ${best[0]}`);
  }
  if (rules.length === 0) return undefined;
  return { code: 'domain-rules-proposed', severity: FINDING_SEVERITY['domain-rules-proposed'], data: { rules, evidence: evidence.join('; '), flags: rules.map((r) => `--domain ${r}`).join(' ') } };
}
