// Values that reach PowerShell are checked for their shape first, and the problem is named.
import { describe, expect, it } from 'vitest';
import { normalizeHostUrl, normalizeSiteUrl, parseUtcTime, shapeProblem, type Shape } from '../../src/read/shapes.js';

describe('shapeProblem', () => {
  it.each<{ shape: Shape; value: string; problem: string | undefined }>([
    { shape: 'upn', value: 'ann.lee@contoso.com', problem: undefined },
    { shape: 'upn', value: 'partner_gmail.com#EXT#@contoso.onmicrosoft.com', problem: undefined },
    { shape: 'upn', value: "o'brien@contoso.com", problem: 'apostrophe' },
    { shape: 'upn', value: 'o’brien@contoso.com', problem: 'unicode-quote' },
    { shape: 'upn', value: 'ann–lee@contoso.com', problem: 'unicode-quote' },
    { shape: 'upn', value: 'anné@contoso.com', problem: 'not-ascii' },
    { shape: 'upn', value: 'ann\n@contoso.com', problem: 'control' },
    { shape: 'upn', value: '$(x)@contoso.com', problem: 'shape' },
    { shape: 'upn', value: 'ann lee@contoso.com', problem: 'shape' },
    { shape: 'upn', value: 'ann@contoso', problem: 'shape' },
    { shape: 'upn', value: '', problem: 'empty' },
    { shape: 'admin-url', value: 'https://contoso-admin.sharepoint.com', problem: undefined },
    { shape: 'admin-url', value: 'https://Contoso-Admin.sharepoint.com/', problem: undefined },
    { shape: 'admin-url', value: 'http://contoso-admin.sharepoint.com', problem: 'shape' },
    { shape: 'admin-url', value: 'https://contoso.sharepoint.com', problem: 'shape' },
    { shape: 'admin-url', value: 'https://contoso-admin.sharepoint.com.evil.net', problem: 'shape' },
    { shape: 'host-url', value: 'https://contoso-my.sharepoint.com/', problem: undefined },
    { shape: 'host-url', value: 'https://contoso-my.sharepoint.com', problem: undefined },
    { shape: 'host-url', value: 'https://contoso-admin.sharepoint.com', problem: 'shape' },
    { shape: 'site-url', value: 'https://contoso.sharepoint.com/sites/Finance', problem: undefined },
    { shape: 'site-url', value: 'https://contoso.sharepoint.com/teams/a%20b/', problem: undefined },
    { shape: 'site-url', value: 'https://contoso.sharepoint.com/sites/a;b', problem: 'shape' },
    { shape: 'site-url', value: 'https://contoso.sharepoint.com/sites/a/b', problem: 'shape' },
    { shape: 'alias', value: 'Sales-EMEA_2', problem: undefined },
    { shape: 'alias', value: 'Sales.EMEA', problem: 'dot' },
    { shape: 'alias', value: 'Sales$EMEA', problem: 'shape' },
    { shape: 'guid', value: '72F988BF-86F1-41AF-91AB-2D7CD011DB47', problem: undefined },
    { shape: 'guid', value: '{72f988bf-86f1-41af-91ab-2d7cd011db47}', problem: 'shape' },
    { shape: 'utc-time', value: '2025-05-01T22:00:00Z', problem: undefined },
    { shape: 'utc-time', value: '2025-05-01T22:00+00:00', problem: undefined },
    { shape: 'utc-time', value: '2025-05-01T22:00:00+02:00', problem: 'shape' },
    { shape: 'utc-time', value: '2025-02-30T22:00:00Z', problem: 'shape' },
    { shape: 'utc-time', value: '2025-05-01 22:00:00', problem: 'shape' },
  ])('$shape $value: $problem', ({ shape, value, problem }) => {
    expect(shapeProblem(shape, value)).toBe(problem);
  });
});

describe('normalizers', () => {
  it('give host URLs the trailing slash Get-SPOCrossTenantHostUrl prints', () => {
    expect(normalizeHostUrl('https://Fabrikam-my.sharepoint.com')).toBe('https://fabrikam-my.sharepoint.com/');
  });

  it('keep the case of a site path', () => {
    expect(normalizeSiteUrl('https://Contoso.SharePoint.com/sites/Finance/')).toBe('https://contoso.sharepoint.com/sites/Finance');
  });

  it('read a UTC time', () => {
    expect(parseUtcTime('2025-05-01T22:00Z')?.toISOString()).toBe('2025-05-01T22:00:00.000Z');
  });
});
