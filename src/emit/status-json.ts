// status.json: the tracked state of every move, with Kind spelled as in the snapshots and the
// fix named for failures whose detail shows a known cause. Its shape is src/status/json.ts's
// schema, which `ctmap report --status` reads it back with.

import type { MoveKind } from '../plan/types.js';
import { SNAPSHOT_KIND } from './powershell/status.js';
import type { StatusJson } from '../status/json.js';
import type { StatusResult } from '../status/track.js';
import { causeFix } from '../wording/status.js';

const kind = <T extends { kind: MoveKind }>(m: T) => ({ ...m, kind: SNAPSHOT_KIND[m.kind] });

export function statusJson(r: StatusResult): string {
  const body = {
    ...r,
    changed: r.changed.map(kind),
    failed: r.failed.map((f) => ({ ...kind(f), ...(f.cause && { fix: causeFix(f.cause) }) })),
    stuck: r.stuck.map(kind),
    stoppable: r.stoppable.map(kind),
    notSeen: r.notSeen.map(kind),
  } satisfies StatusJson;
  return `${JSON.stringify(body, null, 2)}\n`;
}
