// Flags and config file merged into the settings of one plan run; flags win. Every URL,
// number and time is checked here, before anything is read or written.

import { join } from 'node:path';
import { z } from 'zod';
import { CtmapError } from '../errors.js';
import { flagName, parseArgs } from './args.js';
import type { TenantUrls } from '../plan/build.js';
import { parsePlanConfigJson, type PlanConfigFile } from '../plan/config.js';
import type { Schedule } from '../plan/schedule.js';
import { MAX_WAVE_SIZE } from '../plan/waves.js';
import type { VerifyVerb } from '../emit/powershell/context.js';
import { readJsonConfig, type LoadedConfig } from '../read/config-file.js';
import { normalizeAdminUrl, normalizeHostUrl, parseUtcTime, requireShape, tenantOf, type Shape } from '../read/shapes.js';

export const planArgsSchema = z.object({
  map: z.string().optional(),
  from: z.string().optional(),
  sourceAdminUrl: z.string().optional(),
  targetAdminUrl: z.string().optional(),
  sourceHostUrl: z.string().optional(),
  targetHostUrl: z.string().optional(),
  onedrive: z.string().optional(),
  sites: z.string().optional(),
  groupSites: z.string().optional(),
  waveSize: z.number().int().positive().optional(),
  start: z.string().optional(),
  allowPastStart: z.boolean().default(false),
  window: z.number().int().positive().optional(),
  waveGap: z.number().int().positive().optional(),
  verifyCmdlet: z.enum(['Test', 'Verify']).optional(),
  config: z.string().optional(),
  out: z.string().optional(),
  force: z.boolean().default(false),
});


export interface PlanSettings {
  mapFile: string;
  source: TenantUrls;
  target: TenantUrls;
  onedrive: string | undefined;
  sites: string | undefined;
  groupSites: string | undefined;
  waveSize: number;
  schedule: Schedule | undefined;
  verifyVerb: VerifyVerb;
  out: string;
  force: boolean;
}

// Without --window or --wave-gap, each wave gets a day and the next starts when it ends.
export const DEFAULT_WINDOW_HOURS = 24;

type UrlKey = 'sourceAdminUrl' | 'targetAdminUrl' | 'sourceHostUrl' | 'targetHostUrl';

export function resolvePlanSettings(raw: unknown): PlanSettings {
  const args = parseArgs(planArgsSchema, raw);
  const loaded: LoadedConfig<PlanConfigFile> | undefined = args.config !== undefined ? readJsonConfig(args.config, parsePlanConfigJson) : undefined;
  const file: PlanConfigFile = loaded?.config ?? {};
  const fromFile = (p: string | undefined): string | undefined => (p === undefined ? undefined : loaded!.path(p));

  const url = (key: UrlKey, shape: Shape, normalize: (u: string) => string, role: string): string => {
    const value = args[key] ?? file[key];
    if (value === undefined) throw new CtmapError('invalid-option', { column: flagName(key), detail: `required: ${role}` });
    const where = args[key] !== undefined ? { what: `--${flagName(key)}` } : { what: key, file: args.config! };
    return normalize(requireShape(shape, value, where));
  };
  const source = {
    adminUrl: url('sourceAdminUrl', 'admin-url', normalizeAdminUrl, 'the source SharePoint admin center, https://<tenant>-admin.sharepoint.com'),
    hostUrl: url('sourceHostUrl', 'host-url', normalizeHostUrl, 'the source host URL that Get-SPOCrossTenantHostUrl prints on the source'),
  };
  const target = {
    adminUrl: url('targetAdminUrl', 'admin-url', normalizeAdminUrl, 'the target SharePoint admin center, https://<tenant>-admin.sharepoint.com'),
    hostUrl: url('targetHostUrl', 'host-url', normalizeHostUrl, 'the target host URL that Get-SPOCrossTenantHostUrl prints on the target'),
  };
  if (tenantOf(source.adminUrl) === tenantOf(target.adminUrl)) {
    throw new CtmapError('invalid-option', { column: 'target-admin-url', detail: `source and target are the same tenant (${tenantOf(source.adminUrl)})` });
  }

  const waveSize = args.waveSize ?? file.waveSize ?? MAX_WAVE_SIZE;
  if (waveSize > MAX_WAVE_SIZE) throw new CtmapError('wave-size-too-large', { value: String(waveSize) });

  return {
    mapFile: mapFile(args.map ?? fromFile(file.map), args.from ?? fromFile(file.from)),
    source,
    target,
    onedrive: args.onedrive ?? fromFile(file.onedrive),
    sites: args.sites ?? fromFile(file.sites),
    groupSites: args.groupSites ?? fromFile(file.groupSites),
    waveSize,
    schedule: schedule(args, file),
    verifyVerb: args.verifyCmdlet ?? file.verifyCmdlet ?? 'Test',
    out: args.out ?? fromFile(file.out) ?? 'ctmap-plan',
    force: args.force,
  };
}

function mapFile(map: string | undefined, from: string | undefined): string {
  if (map !== undefined && from !== undefined) throw new CtmapError('invalid-option', { column: 'map', detail: 'give --map FILE or --from DIR, not both' });
  if (map !== undefined) return map;
  if (from !== undefined) return join(from, 'identity-map.csv');
  throw new CtmapError('invalid-option', { column: 'map', detail: 'required: the identity map (--map FILE), or the folder ctmap map wrote (--from DIR)' });
}

function schedule(args: z.output<typeof planArgsSchema>, file: PlanConfigFile): Schedule | undefined {
  const start = args.start ?? file.start;
  const windowHours = args.window ?? file.window;
  const gapHours = args.waveGap ?? file.waveGap;
  if (start === undefined) {
    if (windowHours !== undefined || gapHours !== undefined) {
      throw new CtmapError('invalid-option', { column: windowHours !== undefined ? 'window' : 'wave-gap', detail: 'needs --start, the UTC time the first wave begins' });
    }
    return undefined;
  }
  requireShape('utc-time', start, args.start !== undefined ? { what: '--start' } : { what: 'start', file: args.config! });
  const begin = parseUtcTime(start)!;
  // A past start makes every wave's window begin at once: refused unless asked for.
  const now = new Date();
  if (begin.getTime() < now.getTime() && !(args.allowPastStart || file.allowPastStart === true)) {
    throw new CtmapError('start-in-past', { value: start, detail: `${now.toISOString().slice(0, 19)}Z`, ...(args.start === undefined ? { file: args.config! } : {}) });
  }
  const window = windowHours ?? DEFAULT_WINDOW_HOURS;
  return { start: begin, windowHours: window, gapHours: gapHours ?? window };
}
