// What the script builders need to know, and the script names (facts §10): numbered by step,
// then the tenant they run on, so a sorted folder listing reads in order.

import type { TenantUrls } from '../../plan/build.js';
import type { Wave } from '../../plan/types.js';
import type { MapGroup, MapUser } from '../../read/identity-map-file.js';
import { psQuote } from './quote.js';
import type { Side } from './script.js';

export type VerifyVerb = 'Test' | 'Verify';

export interface RunbookContext {
  source: TenantUrls;
  target: TenantUrls;
  verifyVerb: VerifyVerb;
  waves: readonly Wave[];
  users: readonly MapUser[];
  groups: readonly MapGroup[];
}

export const MAP_FILE = 'identity-map.csv';

export const SCRIPT = {
  trust: (side: Side) => `02-${side}-trust.ps1`,
  verify: (side: Side) => `03-${side}-verify.ps1`,
  uploadMap: '05-target-upload-map.ps1',
  compat: '05-source-compat.ps1',
  start: (wave: number, waves: number) => `06-source-start-wave-${pad(wave, waves)}.ps1`,
  stop: (wave: number, waves: number) => `06-source-stop-wave-${pad(wave, waves)}.ps1`,
  status: '06-source-status.ps1',
  removeTrust: (side: Side) => `07-${side}-remove-trust.ps1`,
  redirects: '07-source-redirect-cleanup.ps1',
} as const;

function pad(n: number, of: number): string {
  return String(n).padStart(Math.max(2, String(of).length), '0');
}

export function otherSide(side: Side): Side {
  return side === 'source' ? 'target' : 'source';
}

/** The partner's role as Set/Test/Remove-SPOCrossTenantRelationship take it (facts §3 step 2). */
export function partnerRole(side: Side): 'Source' | 'Target' {
  return side === 'source' ? 'Target' : 'Source';
}

/** $AdminUrl, $OwnHostUrl and $PartnerHostUrl of a script that runs on one side. */
export function tenantConstants(ctx: RunbookContext, side: Side): [string, string][] {
  return [
    ['AdminUrl', psQuote(ctx[side].adminUrl)],
    ['OwnHostUrl', psQuote(ctx[side].hostUrl)],
    ['PartnerHostUrl', psQuote(ctx[otherSide(side)].hostUrl)],
  ];
}
