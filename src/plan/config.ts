// The config file of ctmap plan: the same settings as the flags (flags win). Unknown keys are
// refused, so a misspelt setting never silently falls back to a default.

import { z } from 'zod';
import { parseJsonWith } from '../config.js';

const path = z.string().min(1);

export const planConfigSchema = z.strictObject({
  map: path.optional(),
  from: path.optional(),
  sourceAdminUrl: z.string().optional(),
  targetAdminUrl: z.string().optional(),
  sourceHostUrl: z.string().optional(),
  targetHostUrl: z.string().optional(),
  onedrive: path.optional(),
  sites: path.optional(),
  groupSites: path.optional(),
  waveSize: z.number().int().positive().optional(),
  start: z.string().optional(),
  allowPastStart: z.boolean().optional(),
  window: z.number().int().positive().optional(),
  waveGap: z.number().int().positive().optional(),
  verifyCmdlet: z.enum(['Test', 'Verify']).optional(),
  out: path.optional(),
});

export type PlanConfigFile = z.output<typeof planConfigSchema>;

export function parsePlanConfigJson(json: unknown, file: string): PlanConfigFile {
  return parseJsonWith(planConfigSchema, json, file);
}
