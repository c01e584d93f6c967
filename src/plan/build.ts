// The plan as one pure function: check the moves against the map and the tenants, cut them
// into waves, schedule the waves.

import { tenantOf } from '../read/shapes.js';
import { checkMoves, type MapContent, type Requested } from './consistency.js';
import { overlapFindings, scheduleWaves, type Schedule } from './schedule.js';
import type { PlanFinding, Wave } from './types.js';
import { PLAN_SEVERITY } from './types.js';
import { cutWaves } from './waves.js';

export interface TenantUrls {
  adminUrl: string;
  hostUrl: string;
}

export interface PlanInput {
  source: TenantUrls;
  target: TenantUrls;
  map: MapContent;
  requested: Requested;
  waveSize: number;
  schedule: Schedule | undefined;
}

export interface Plan {
  waves: Wave[];
  findings: PlanFinding[];
}

export function buildPlan(input: PlanInput): Plan {
  const tenants = { source: tenantOf(input.source.adminUrl), target: tenantOf(input.target.adminUrl) };
  const checked = checkMoves(input.requested, input.map, tenants);
  const waves = scheduleWaves(cutWaves(checked.moves, input.waveSize), input.schedule);
  return { waves, findings: [...tenantFindings(input), ...checked.findings, ...overlapFindings(waves, input.schedule)] };
}

// An admin URL and a host URL of different tenants usually mean a copy-paste slip.
function tenantFindings(input: PlanInput): PlanFinding[] {
  const findings: PlanFinding[] = [];
  for (const side of ['source', 'target'] as const) {
    const { adminUrl, hostUrl } = input[side];
    if (tenantOf(adminUrl) !== tenantOf(hostUrl)) {
      findings.push({ code: 'host-tenant-differs', severity: PLAN_SEVERITY['host-tenant-differs'], item: hostUrl, data: { side, adminUrl, hostUrl } });
    }
  }
  return findings;
}
