// One evaluation variant through the real path: the tenants written as CSV exports, read back
// with the project's reader, matched by runMap.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_GROUP_OPTIONS } from '../../src/match/options.js';
import { parseDomainRules } from '../../src/config.js';
import { runMap } from '../../src/pipeline.js';
import { readExportFile, type ExportRead } from '../../src/read/index.js';
import type { Tenant } from '../../src/model.js';
import { exportCsv } from '../synthetic/tenants.js';
import { scoreOutcome, type Outcome } from './outcome.js';
import type { FebrlPairs } from './read.js';
import { febrlTenants, type Variant } from './tenants.js';

const SOURCE_TENANT_ID = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';

export interface VariantRun {
  variant: Variant;
  outcome: Outcome;
  /** Milliseconds of runMap alone. */
  mapMs: number;
}

export function runVariant(pairs: FebrlPairs, variant: Variant, dir: string): VariantRun {
  const tenants = febrlTenants(pairs, variant);
  const write = (tenant: Tenant, csv: string): ExportRead => {
    const file = join(dir, `${variant.id}-${tenant}-users.csv`);
    writeFileSync(file, csv);
    const read = readExportFile(file, { kind: 'user', tenant });
    const errors = read.findings.filter((f) => f.severity !== 'info');
    // The conversion must produce clean exports; a finding here is a bug in it, not in the matcher.
    if (errors.length > 0) throw new Error(`${file}: ${errors.map((f) => `${f.code} line ${f.line ?? '-'}`).join(', ')}`);
    return read;
  };
  const source = write('source', exportCsv(tenants.source, 'aaaaaaaa-0000-4000-8000-'));
  const target = write('target', exportCsv(tenants.target, 'bbbbbbbb-0000-4000-8000-'));

  const started = performance.now();
  const result = runMap(
    { sourceUsers: source.principals, targetUsers: target.principals },
    { sourceTenantId: SOURCE_TENANT_ID, domainRules: parseDomainRules(variant.domains), policy: 'standard', groups: DEFAULT_GROUP_OPTIONS },
  );
  const mapMs = Math.round(performance.now() - started);
  return { variant, outcome: scoreOutcome(result.assignments, target.principals, tenants, variant.upnFromNames), mapMs };
}
