// Addresses of a principal and the configured domain rewrite.

import type { DomainRules } from '../options.js';
import type { AddressField, Principal } from '../../model.js';

export type { AddressField } from '../../model.js';

/** Each lowercase address of a principal once, UPN first; a guest's #EXT# UPN is no address. */
export function forEachAddress(p: Principal, visit: (value: string, field: AddressField) => void): void {
  const upn = p.upn !== '' && !p.upn.includes('#') ? p.upn.toLowerCase() : '';
  if (upn !== '') visit(upn, 'upn');
  if (p.mail !== '' && p.mail !== upn) visit(p.mail, 'mail');
  for (const a of p.proxies) if (a !== upn && a !== p.mail) visit(a, 'proxy');
}

/**
 * A guest's external address: mail first (the '_' in an #EXT# UPN is ambiguous when the local
 * part has one), then otherMails, then the #EXT# UPN decoded (its last '_' becomes '@').
 */
export function forEachExternalAddress(p: Principal, visit: (value: string) => void): void {
  if (p.userType !== 'Guest') return;
  const seen = new Set<string>();
  const add = (a: string): void => {
    if (a === '' || seen.has(a)) return;
    seen.add(a);
    visit(a);
  };
  add(p.mail);
  for (const a of p.otherMails) add(a);
  add(decodeExternalUpn(p.upn));
}

/** 'partner_gmail.com#EXT#@contoso.onmicrosoft.com' → 'partner@gmail.com'; '' when not a guest UPN. */
export function decodeExternalUpn(upn: string): string {
  const ext = upn.toUpperCase().indexOf('#EXT#');
  if (ext < 0) return '';
  const local = upn.slice(0, ext);
  const underscore = local.lastIndexOf('_');
  return underscore <= 0 ? '' : `${local.slice(0, underscore)}@${local.slice(underscore + 1)}`.toLowerCase();
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
