// A site inventory reads the same from every export flavour (Export-Csv in 5.1 and 7, Excel's
// ';', UTF-16 with BOM), with only Url required and the other properties optional (facts §16.2).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CtmapError } from '../../src/errors.js';
import { isOneDrive, isRedirect, readSiteInventory } from '../../src/read/site-inventory.js';
import { tempDir } from '../helpers/fixture-run.js';

const HEADER = ['Url', 'Owner', 'Template', 'LockState', 'StorageUsageCurrent'];
const ROWS = [
  ['https://contoso-my.sharepoint.com/personal/ann_contoso_com', 'ann@contoso.com', 'SPSPERS#10', 'Unlock', '1024'],
  ['https://contoso.sharepoint.com/sites/old', '', 'RedirectSite#0', 'Unlock', '0'],
];
const EXPECTED = [
  { url: ROWS[0]![0], owner: 'ann@contoso.com', template: 'SPSPERS#10', lockState: 'Unlock', storageMb: 1024 },
  { url: ROWS[1]![0], owner: undefined, template: 'RedirectSite#0', lockState: 'Unlock', storageMb: 0 },
];

const csv = (sep: string, quote: boolean) => [HEADER, ...ROWS].map((r) => r.map((v) => (quote ? `"${v}"` : v)).join(sep)).join('\r\n');
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

const FLAVOURS: Record<string, Buffer> = {
  'Export-Csv 5.1 (#TYPE, quoted, BOM)': Buffer.from(`\uFEFF#TYPE Microsoft.Online.SharePoint.PowerShell.SPOSite\r\n${csv(',', true)}\r\n`),
  'Export-Csv 7 (quoted, no BOM, LF)': Buffer.from(`${csv(',', true).replace(/\r\n/g, '\n')}\n`),
  "Excel in a ';' culture": Buffer.from(csv(';', false)),
  'Export-Csv -Encoding Unicode': utf16(`${csv(',', true)}\r\n`),
};

function write(content: Buffer | string): string {
  const file = join(tempDir(), 'sites.csv');
  writeFileSync(file, content);
  return file;
}

describe('readSiteInventory', () => {
  it.each(Object.entries(FLAVOURS))('%s', (_name, bytes) => {
    const { sites } = readSiteInventory(write(bytes));
    expect(sites.map(({ line: _line, ...s }) => s)).toEqual(EXPECTED);
    expect(sites.map(isOneDrive)).toEqual([true, false]);
    expect(sites.map(isRedirect)).toEqual([false, true]);
  });

  it('reads an export with only Url, and headers in another case', () => {
    const { sites } = readSiteInventory(write('URL\r\nhttps://contoso-my.sharepoint.com/personal/bo_contoso_com\r\n'));
    expect(sites).toEqual([{ url: 'https://contoso-my.sharepoint.com/personal/bo_contoso_com', owner: undefined, template: undefined, lockState: undefined, storageMb: undefined, line: 2 }]);
    expect(isOneDrive(sites[0]!)).toBe(true);
  });

  it('reads storage with a culture group separator', () => {
    const { sites } = readSiteInventory(write('Url;StorageUsageCurrent\r\nhttps://contoso.sharepoint.com/sites/a;5.242.881\r\n'));
    expect(sites[0]!.storageMb).toBe(5242881);
  });

  it.each([
    ['no Url column', 'Owner\r\nann@contoso.com\r\n', 'missing-column', 1],
    ['a Url that is not SharePoint', 'Url\r\nhttps://example.com/x\r\n', 'invalid-value', 2],
    ['storage that is not a number', 'Url,StorageUsageCurrent\r\nhttps://contoso.sharepoint.com/sites/a,12.5MB\r\n', 'invalid-value', 2],
  ])('refuses %s with a coded error and its line', (_name, text, code, line) => {
    const file = write(text);
    try {
      readSiteInventory(file);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CtmapError);
      expect((err as CtmapError).code).toBe(code);
      expect((err as CtmapError).context).toMatchObject({ file, line });
    }
  });
});
