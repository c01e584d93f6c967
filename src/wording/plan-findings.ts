// What each plan finding says, and what to do about it.

import type { PlanFinding, PlanFindingCode } from '../plan/types.js';
import { oneLine } from '../display.js';

type Data = NonNullable<PlanFinding['data']>;

const s = (d: Data, k: string): string => String(d[k] ?? '');

const MESSAGES: Record<PlanFindingCode, (d: Data, f: PlanFinding) => string> = {
  'move-not-in-map': (_d, f) => `OneDrive move of ${f.item ?? ''} left out: the identity map has no User row for it. Map the user first (ctmap map), then plan again`,
  'move-target-differs': (d, f) =>
    `OneDrive move of ${f.item ?? ''} left out: the list says target ${s(d, 'target')}, the identity map (line ${s(d, 'mapLine')}) says ${s(d, 'mapTarget')}. The files would land where the map points: fix the list or the map`,
  'group-alias-not-in-map': (d, f) =>
    `group site move of ${f.item ?? ''} left out: target alias ${s(d, 'alias')} is not column 5 of any O365Group row of the identity map${d['group'] !== undefined ? ` (source group ${s(d, 'group')} is not in the map)` : ''}`,
  'group-alias-differs': (d, f) =>
    `group site move of ${f.item ?? ''} left out: the list says target alias ${s(d, 'alias')}, the identity map (line ${s(d, 'mapLine')}) says ${s(d, 'mapAlias')}; the alias must equal column 5 or the move fails`,
  'group-not-m365': (d, f) => `group site move of ${f.item ?? ''} left out: group ${s(d, 'group')} is a ${s(d, 'type')} row in the identity map (line ${s(d, 'mapLine')}), not O365Group`,
  'duplicate-move': (d, f) => `move of ${f.item ?? ''} left out: this ${s(d, 'side')} is already in the plan from ${s(d, 'firstFile')}:${s(d, 'firstLine')}`,
  'site-wrong-tenant': (d, f) => `site move of ${f.item ?? ''} left out: ${s(d, 'url')} is not a site of the ${s(d, 'side')} tenant ${s(d, 'tenant')}`,
  'host-tenant-differs': (d) => `the ${s(d, 'side')} admin URL ${s(d, 'adminUrl')} and host URL ${s(d, 'hostUrl')} name different tenants: check both (Get-SPOCrossTenantHostUrl prints the host URL)`,
  'waves-overlap': (d) =>
    `waves start every ${s(d, 'gap')} h but each has a ${s(d, 'window')} h window: start a wave only when the one before is nearly done, or more than 4,000 moves may be queued at once`,
};

export function planFindingMessage(f: PlanFinding): string {
  return MESSAGES[f.code](f.data ?? {}, f);
}

export function planFindingLine(f: PlanFinding): string {
  const where = f.file ? `${f.file}${f.line !== undefined ? `:${f.line}` : ''}: ` : '';
  return `${f.severity.toUpperCase().padEnd(7)} ${oneLine(`${where}${planFindingMessage(f)}`)} [${f.code}]`;
}
