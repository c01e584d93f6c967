// Site inventories: Get-SPOSite -Limit All -IncludePersonalSite $true | Export-Csv, written by
// the plan's 04-*-inventory.ps1 or by an admin (facts §16.2). Only Url is required; every other
// property may be missing from an admin's own export and is then unknown, never guessed.

import { z } from 'zod';
import { readNamedTable, rowError } from './named-table.js';

export const INVENTORY_COLUMNS = [
  'Url',
  'Owner',
  'Template',
  'LockState',
  'StorageUsageCurrent',
  'Status',
  'GroupId',
  'IsTeamsConnected',
  'SensitivityLabel',
  'LastContentModifiedDate',
] as const;
type Column = (typeof INVENTORY_COLUMNS)[number];

export interface InventorySite {
  /** As exported; key() gives the form to compare. */
  url: string;
  owner: string | undefined;
  template: string | undefined;
  lockState: string | undefined;
  /** MB, as SPOSite.StorageUsageCurrent. */
  storageMb: number | undefined;
  line: number;
}

export interface SiteInventory {
  file: string;
  sites: InventorySite[];
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v));
// Export-Csv writes Int64 plainly; a culture's group separators (1,024 / 1.024 / 1 024) are dropped.
const megabytes = optional.pipe(
  z
    .string()
    .regex(/^\d{1,3}(?:[ ,.\u00a0\u202f]?\d{3})*$/)
    .transform((v) => Number(v.replace(/\D/g, '')))
    .optional(),
);
const siteRow = z.object({
  // Printable only: a URL of the target inventory reaches 04-target-clear-onedrives.ps1.
  Url: z.string().regex(/^https:\/\/[^\s/]+\.sharepoint\.com(?:\/[^\s\u0000-\u001f\u007f-\u009f\u2028\u2029]*)?$/i),
  Owner: optional,
  Template: optional,
  LockState: optional,
  StorageUsageCurrent: megabytes,
});

/** The key a URL is compared by: lowercase, no trailing slash (SharePoint URLs are case-insensitive). */
export function urlKey(url: string): string {
  return url.trim().toLowerCase().replace(/\/+$/, '');
}

export function readSiteInventory(file: string): SiteInventory {
  const rows = readNamedTable<Column>(file, INVENTORY_COLUMNS, ['Url']);
  const sites = rows.map(({ line, cells }): InventorySite => {
    const parsed = siteRow.safeParse(cells);
    if (!parsed.success) {
      const column = String(parsed.error.issues[0]?.path[0] ?? 'Url') as Column;
      const expected = column === 'StorageUsageCurrent' ? 'a whole number of megabytes' : 'a SharePoint URL such as https://contoso-my.sharepoint.com/personal/ann_contoso_com';
      throw rowError(file, line, column, cells[column] ?? '', 'shape', expected);
    }
    const r = parsed.data;
    return { url: r.Url, owner: r.Owner, template: r.Template, lockState: r.LockState, storageMb: r.StorageUsageCurrent, line };
  });
  return { file, sites };
}

/** A OneDrive: template SPSPERS (SPSPERS#10 and others), or a URL under -my.sharepoint.com/personal/. */
export function isOneDrive(site: InventorySite): boolean {
  if (site.template !== undefined) return /^SPSPERS\b/i.test(site.template);
  return /^https:\/\/[^/]+-my\.sharepoint\.com\/personal\//i.test(site.url);
}

export function isRedirect(site: InventorySite): boolean {
  return site.template !== undefined && /^RedirectSite\b/i.test(site.template);
}
