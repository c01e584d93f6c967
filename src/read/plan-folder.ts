// What preflight and status read from a plan folder: moves.csv (every move with its wave) and
// tenants.json (the admin and host URLs the new scripts connect with). Both written by ctmap plan.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CtmapError } from '../errors.js';
import { MOVE_KINDS, type MoveKind } from '../plan/types.js';
import { readBytes } from './bytes.js';
import { decodeBytes, decodedText } from './decode.js';
import { readNamedTable, rowError } from './named-table.js';
import { normalizeAdminUrl, normalizeHostUrl, requireShape, type Shape } from './shapes.js';

export const TENANTS_FILE = 'tenants.json';
export const MOVES_FILE = 'moves.csv';

export interface PlannedMove {
  wave: number;
  kind: MoveKind;
  source: string;
  target: string;
  line: number;
}

export interface PlanTenants {
  source: { adminUrl: string; hostUrl: string };
  target: { adminUrl: string; hostUrl: string };
}

const moveRow = z.object({
  wave: z.string().regex(/^[1-9]\d{0,5}$/).transform(Number),
  kind: z.enum(MOVE_KINDS as [MoveKind, ...MoveKind[]]),
  source: z.string().min(1),
  target: z.string().min(1),
});

export function readPlannedMoves(dir: string): PlannedMove[] {
  const file = join(dir, MOVES_FILE);
  const columns = ['wave', 'kind', 'source', 'target'] as const;
  return readNamedTable(file, columns, columns).map(({ line, cells }) => {
    const parsed = moveRow.safeParse(cells);
    if (!parsed.success) {
      const column = String(parsed.error.issues[0]?.path[0] ?? 'wave') as (typeof columns)[number];
      throw rowError(file, line, column, cells[column] ?? '', 'shape', `the ${column} ctmap plan writes: run ctmap plan again`);
    }
    // These values reach the retry and stop scripts: the shapes plan itself accepts.
    const shape = KIND_SHAPE[parsed.data.kind];
    requireShape(shape, parsed.data.source, { what: 'source', file, line });
    requireShape(shape, parsed.data.target, { what: 'target', file, line });
    return { ...parsed.data, line };
  });
}

const KIND_SHAPE: Record<MoveKind, Shape> = { onedrive: 'upn', site: 'site-url', 'group-site': 'alias' };

const tenantsSchema = z.object({
  source: z.object({ adminUrl: z.string(), hostUrl: z.string() }),
  target: z.object({ adminUrl: z.string(), hostUrl: z.string() }),
});

export function readPlanTenants(dir: string): PlanTenants {
  const file = join(dir, TENANTS_FILE);
  if (!existsSync(file)) throw new CtmapError('invalid-config', { file, column: TENANTS_FILE, detail: 'missing: the folder is not one ctmap plan wrote, or an older ctmap wrote it; run ctmap plan again' });
  let json: unknown;
  try {
    json = JSON.parse(decodedText(decodeBytes(readBytes(file))));
  } catch (err) {
    if (err instanceof CtmapError) throw err;
    throw new CtmapError('invalid-config', { file, column: TENANTS_FILE, detail: 'not JSON: run ctmap plan again' });
  }
  const parsed = tenantsSchema.safeParse(json);
  if (!parsed.success) throw new CtmapError('invalid-config', { file, column: parsed.error.issues[0]?.path.join('.') ?? '', detail: 'missing or not text: run ctmap plan again' });
  const side = (s: { adminUrl: string; hostUrl: string }, what: string) => ({
    adminUrl: normalizeAdminUrl(requireShape('admin-url', s.adminUrl, { what: `${what}.adminUrl`, file })),
    hostUrl: normalizeHostUrl(requireShape('host-url', s.hostUrl, { what: `${what}.hostUrl`, file })),
  });
  return { source: side(parsed.data.source, 'source'), target: side(parsed.data.target, 'target') };
}

/** tenants.json as ctmap plan writes it. */
export function tenantsJson(t: PlanTenants): string {
  return `${JSON.stringify({ source: t.source, target: t.target }, null, 2)}\n`;
}
