// Cell values as exports write them: True/False, {GUID}, 'SMTP:a@b smtp:c@d' or
// 'SMTP:a@b;smtp:c@d' or ["SMTP: a@b"], and 'System.String[]' when Export-Csv lost a list.

// Shared by every principal without values: most cells of a multi-value column are empty.
const NONE: readonly string[] = Object.freeze([]);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const GUID_ANY_CASE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** A lowercase DNS domain with at least two labels: contoso.com, mail.contoso.co.uk. */
export function isDomain(value: string): boolean {
  return DOMAIN.test(value);
}

/**
 * name@domain as Entra writes UPNs and mail addresses: one '@', no spaces, no CSV or
 * address punctuation in the name, a DNS domain. A guest's 'a_x.com#EXT#@t.onmicrosoft.com'
 * fits; an apostrophe fits too, because it is reported on its own.
 */
export function isUpnShape(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const name = value.slice(0, at);
  return /^[^\s@,;:"<>()[\]\\]+$/.test(name) && !name.startsWith('.') && !name.endsWith('.') && !name.includes('..') && isDomain(value.slice(at + 1).toLowerCase());
}

/** Lowercase GUID without braces, or undefined when the value is not a GUID. */
export function parseGuid(raw: string): string | undefined {
  // Exports write plain GUIDs; only other forms need the trimming and unwrapping below.
  if (raw.length === 36 && GUID_ANY_CASE.test(raw)) return raw.toLowerCase();
  const v = raw.trim().replace(/^\{(.*)\}$/, '$1').toLowerCase();
  return isGuid(v) ? v : undefined;
}

export function parseBool(raw: string): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === 'yes' || v === '1') return true;
  if (v === 'false' || v === 'no' || v === '0') return false;
  return undefined;
}

/** Export-Csv writes ToString() of a collection: 'System.String[]', 'System.Object[]', List`1[...]. */
export function isLostCollection(raw: string): boolean {
  return /^System\.[\w.`]*(\[[\w.`]*\])+$/.test(raw.trim());
}

// Items are runs of anything but spaces, separators, quotes and brackets; an item is
// 'prefix:address' or 'prefix:' followed by spaces and the address, or a bare address.
// Scanned item by item rather than with one regular expression: a regex with an optional
// prefix before an address backtracks quadratically (or worse) on a long value with no '@'
// (a fuzzed 8,000-character cell took 0.8 s, a 1 MB one would never end).
const ITEM = /[^\s;,"'[\]{}<>()]+/g;
const PREFIX = /^([A-Za-z0-9]+):/;

const ONE_PRIMARY = /^SMTP:[^\s;,"'[\]{}<>()]+@[^\s;,"'[\]{}<>()]+$/;

/** An address as the items hold them: an '@' with something on both sides. */
function isAddressItem(item: string): boolean {
  const at = item.indexOf('@', 1);
  return at > 0 && at < item.length - 1;
}

/** 'SIP' of 'x:SIP:': the letters and digits before a final ':', or ''. Walked by hand, since a
 * regex for it backtracks over every earlier run of letters. */
function trailingPrefix(item: string): string {
  if (!item.endsWith(':')) return '';
  let start = item.length - 1;
  while (start > 0 && /[A-Za-z0-9]/.test(item[start - 1]!)) start--;
  return item.slice(start, item.length - 1);
}

/**
 * SMTP addresses of a proxyAddresses or otherMails cell, lowercase, the primary (SMTP:) first;
 * X500:, SIP: and other prefixes are dropped.
 */
export function parseAddresses(raw: string): readonly string[] {
  if (raw === '') return NONE;
  // Most cells hold one primary address: read without the item scan.
  if (ONE_PRIMARY.test(raw)) return [raw.slice(5).toLowerCase()];
  let primary: string | undefined;
  const rest: string[] = [];
  // An item ending in 'prefix:' lends the prefix to the next item when only spaces lie between.
  let pending: { prefix: string; end: number } | undefined;
  for (const m of raw.matchAll(ITEM)) {
    const item = m[0];
    const carried = pending !== undefined && /^\s*$/.test(raw.slice(pending.end, m.index)) ? pending.prefix : undefined;
    pending = undefined;
    let prefix: string | undefined;
    let address: string | undefined;
    const own = PREFIX.exec(item);
    if (carried !== undefined && isAddressItem(item)) [prefix, address] = [carried, item];
    else if (own && isAddressItem(item.slice(own[0].length))) [prefix, address] = [own[1], item.slice(own[0].length)];
    else if (isAddressItem(item)) address = item;
    if (address === undefined) {
      const trailing = trailingPrefix(item);
      if (trailing !== '') pending = { prefix: trailing, end: m.index + item.length };
      continue;
    }
    address = address.toLowerCase();
    if (prefix !== undefined && prefix.toLowerCase() !== 'smtp') continue;
    if (prefix === 'SMTP' && primary === undefined) primary = address;
    else if (!rest.includes(address)) rest.push(address);
  }
  return primary === undefined ? rest : [primary, ...rest.filter((a) => a !== primary)];
}

/** Words of a multi-valued text cell such as groupTypes ('Unified;DynamicMembership'). */
export function parseList(raw: string): readonly string[] {
  if (raw === '') return NONE;
  return raw
    .replace(/[[\]{}"]/g, ' ')
    .split(/[;,\s]+/)
    .filter((w) => w !== '');
}

/** A .NET type name where a value should be: 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphDirectoryObject'. */
export function isTypeName(raw: string): boolean {
  return /^Microsoft\.Graph\.[\w.]+$/.test(raw);
}

const LIST_MARK = /[;,|\n[\]{}"']/;

/** The first item of a cell that may hold a joined list ('a;b', 'a, b', '["a","b"]'), trimmed. */
export function firstListItem(raw: string): string {
  if (!LIST_MARK.test(raw)) return raw;
  const first = raw.replace(/^[\s[{"']+/, '').split(/[;,|\n\]}"']/, 1)[0] ?? '';
  return first.trim();
}
