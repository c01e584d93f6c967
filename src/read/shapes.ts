// Shape checks for every value that ends up in a generated PowerShell script. The quoting helper
// makes any string inert; these checks make sure only plausible values get that far, and say
// why a value was refused (apostrophes, typographic quotes, non-ASCII, control characters).

import { CtmapError } from '../errors.js';
import { isGuid } from './values.js';

export type Shape = 'upn' | 'admin-url' | 'host-url' | 'site-url' | 'alias' | 'guid' | 'utc-time';

export type Problem = 'empty' | 'control' | 'apostrophe' | 'unicode-quote' | 'not-ascii' | 'dot' | 'shape';

// Entra allows A-Z a-z 0-9 ' . - _ ! # ^ ~ in a UPN's local part; the apostrophe is refused
// earlier because moves fail on it (facts §2.1). Guest UPNs carry #EXT#.
const UPN = /^[A-Za-z0-9._!#^~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]$/;
const TENANT = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const ADMIN_URL = new RegExp(`^https://(${TENANT})-admin\\.sharepoint\\.com/?$`);
const HOST_URL = new RegExp(`^https://(${TENANT})-my\\.sharepoint\\.com/?$`);
const SITE_URL = new RegExp(`^https://(${TENANT})\\.sharepoint\\.com/(?:sites|teams)/[A-Za-z0-9._~%-]+/?$`, 'i');
const ALIAS = /^[A-Za-z0-9_-]{1,64}$/;
const UTC_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|\+00:00)$/;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// PowerShell treats ‘ ’ ‚ ‛ like ' and “ ” „ like "; dashes – — ― like -.
const UNICODE_PUNCTUATION = /[\u2018-\u201f\u2013-\u2015\u2212]/;

/** Why the value does not have the shape, or undefined when it does. */
export function shapeProblem(shape: Shape, value: string): Problem | undefined {
  if (value === '') return 'empty';
  if (CONTROL.test(value)) return 'control';
  if (value.includes("'")) return 'apostrophe';
  if (UNICODE_PUNCTUATION.test(value)) return 'unicode-quote';
  if (/[^\x20-\x7e]/.test(value)) return 'not-ascii';
  if (shape === 'alias' && value.includes('.')) return 'dot';
  return PATTERNS[shape](value) ? undefined : 'shape';
}

const PATTERNS: Record<Shape, (v: string) => boolean> = {
  upn: (v) => UPN.test(v) && v.length <= 256,
  'admin-url': (v) => ADMIN_URL.test(v.toLowerCase()),
  'host-url': (v) => HOST_URL.test(v.toLowerCase()),
  'site-url': (v) => SITE_URL.test(v) && v.length <= 400,
  alias: (v) => ALIAS.test(v),
  guid: (v) => isGuid(v.toLowerCase()),
  'utc-time': (v) => parseUtcTime(v) !== undefined,
};

export interface Where {
  /** What the value is, as the message names it: '--source-admin-url', 'source UPN'. */
  what: string;
  file?: string;
  line?: number;
}

/** The value, unchanged, or an invalid-value error naming where it came from. */
export function requireShape(shape: Shape, value: string, where: Where): string {
  const problem = shapeProblem(shape, value);
  if (problem === undefined) return value;
  throw new CtmapError('invalid-value', {
    ...(where.file !== undefined && { file: where.file }),
    ...(where.line !== undefined && { line: where.line }),
    column: where.what,
    value,
    detail: problem,
    expected: [shape],
  });
}

/** The tenant name of an admin, host or site URL already checked for its shape. */
export function tenantOf(url: string): string {
  const m = /^https:\/\/([^./]+?)(?:-admin|-my)?\.sharepoint\.com/i.exec(url);
  return (m?.[1] ?? '').toLowerCase();
}

/** 'https://contoso-admin.sharepoint.com', lowercase, without a trailing slash. */
export function normalizeAdminUrl(url: string): string {
  return url.toLowerCase().replace(/\/$/, '');
}

/** 'https://contoso-my.sharepoint.com/', lowercase, with the trailing slash Get-SPOCrossTenantHostUrl prints. */
export function normalizeHostUrl(url: string): string {
  return `${url.toLowerCase().replace(/\/$/, '')}/`;
}

/** A site URL without a trailing slash; the path keeps its case. */
export function normalizeSiteUrl(url: string): string {
  return url.replace(/\/$/, '').replace(/^https:\/\/[^/]+/i, (origin) => origin.toLowerCase());
}

/** A UTC ISO time to a Date, or undefined when it is not one or not a real date. */
export function parseUtcTime(value: string): Date | undefined {
  const m = UTC_TIME.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((p) => Number(p ?? '0')) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const same = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour;
  return same && minute < 60 && second < 60 ? date : undefined;
}
