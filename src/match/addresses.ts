// Addresses of a principal and the configured domain rewrite.

import type { DomainRules } from '../config.js';
import type { Principal } from '../model.js';

export type AddressField = 'upn' | 'mail' | 'proxy' | 'external';

export interface Address {
  value: string;
  field: AddressField;
}

/** Lowercase addresses of a principal, each once, UPN first. */
export function addressesOf(p: Principal): Address[] {
  const out: Address[] = [];
  const seen = new Set<string>();
  const add = (value: string, field: AddressField): void => {
    if (value === '' || seen.has(value)) return;
    seen.add(value);
    out.push({ value, field });
  };
  if (p.upn !== '' && !p.upn.includes('#')) add(p.upn.toLowerCase(), 'upn');
  add(p.mail, 'mail');
  for (const a of p.proxies) add(a, 'proxy');
  return out;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/** The address with its domain rewritten, or undefined when no rule covers the domain. */
export function rewriteAddress(address: string, rules: DomainRules): string | undefined {
  const at = address.lastIndexOf('@');
  if (at < 0) return undefined;
  const to = rules.get(address.slice(at + 1).toLowerCase());
  return to === undefined ? undefined : `${address.slice(0, at).toLowerCase()}@${to}`;
}
