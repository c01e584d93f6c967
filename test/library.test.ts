// The library API runs the pipeline from Node without the CLI: read, match, write text.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_GROUP_OPTIONS, identityMapCsv, mapRows, parseDomainRules, parseTenantId, readExportFile, runMap } from '../src/index.js';
import { ROOT } from './helpers/cli.js';

it('maps the demo users through the library API', () => {
  const read = (name: string, tenant: 'source' | 'target') => readExportFile(join(ROOT, 'fixtures', 'demo', name), { kind: 'user', tenant }).principals;
  const tenant = parseTenantId('b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718');
  const result = runMap(
    { sourceUsers: read('source-users.csv', 'source'), targetUsers: read('target-users.csv', 'target') },
    { sourceTenantId: tenant, domainRules: parseDomainRules(['contoso.com=fabrikam.com', 'contososales.com=fabrikam.com']), policy: 'standard', groups: DEFAULT_GROUP_OPTIONS },
  );
  const csv = identityMapCsv(mapRows(result.assignments, tenant));
  expect(csv.split('\r\n')[0]).toBe(`User,${tenant},adam.fischer@contoso.com,fischer.adam@fabrikam.com,a.fischer@fabrikam.com,RegularUser`);
  expect(result.assignments.filter((a) => a.status === 'matched').length).toBe(csv.trim().split('\r\n').length);
});
