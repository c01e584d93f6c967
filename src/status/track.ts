// The state of every planned move from any number of status snapshots (facts §5, §16.1). Pure
// and order-free: snapshots are sets of observations, so the same files in any order, or
// twice, give the same result. Time is the snapshots' own, never the clock.

import { MOVE_KINDS, type MoveKind } from '../plan/types.js';
import type { PlannedMove } from '../read/plan-folder.js';
import type { SnapshotRow } from '../read/snapshots.js';
import { urlKey } from '../read/site-inventory.js';
import { canonicalState, failureCause, isFinal, QUEUE_LIMIT, STOPPABLE_STATES, type FailureCause } from './states.js';

export interface MoveRef {
  wave: number;
  kind: MoveKind;
  source: string;
  target: string;
}

export interface MoveStatus extends MoveRef {
  state: string;
  detail: string;
  /** When the latest snapshot saw it (ISO). */
  time: string;
}

export interface FailedMove extends MoveStatus {
  cause?: FailureCause;
}

export interface StuckMove extends MoveStatus {
  /** Since when the move has been in this state (ISO), and for how many whole hours. */
  since: string;
  hours: number;
}

export interface StateChange extends MoveRef {
  from: string | null;
  to: string;
}

export interface WaveStatus {
  wave: number;
  total: number;
  byState: Record<string, number>;
  notSeen: number;
}

export interface StatusResult {
  snapshots: number;
  latest: string | null;
  previous: string | null;
  stuckHours: number;
  queue: { pending: number; limit: number; nextWave: number | null; nextWaveMoves: number; nextWaveMayStart: boolean };
  waves: WaveStatus[];
  changed: StateChange[];
  failed: FailedMove[];
  stuck: StuckMove[];
  stoppable: MoveStatus[];
  notSeen: MoveRef[];
  /** Moves the snapshots report that the plan does not have. */
  notInPlan: number;
}

interface Observation {
  time: number;
  state: string;
  detail: string;
}

const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function moveKey(kind: MoveKind, source: string): string {
  return `${kind}\u0000${kind === 'site' ? urlKey(source) : source.toLowerCase()}`;
}

/**
 * Observations of moves, added one snapshot at a time so a large snapshot's rows can go as soon
 * as they are folded in. Order-free: each move's observations are sorted and deduplicated.
 */
export class MoveObservations {
  private readonly times = new Set<number>();
  readonly byMove = new Map<string, Observation[]>();

  add(rows: readonly SnapshotRow[]): void {
    if (rows.length === 0) return;
    let max = -Infinity;
    for (const row of rows) {
      if (row.time > max) max = row.time;
      const key = moveKey(row.kind, row.source);
      const obs: Observation = { time: row.time, state: canonicalState(row.state), detail: row.detail };
      const list = this.byMove.get(key);
      if (list) list.push(obs);
      else this.byMove.set(key, [obs]);
    }
    // A snapshot's time is its latest row's; two copies of one snapshot are one time.
    this.times.add(max);
  }

  snapshotTimes(): number[] {
    return [...this.times].sort((a, b) => a - b);
  }

  /** A move's observations by time (then state, detail), each once. */
  history(key: string): Observation[] {
    const list = this.byMove.get(key);
    if (!list) return [];
    list.sort((a, b) => a.time - b.time || cmp(a.state, b.state) || cmp(a.detail, b.detail));
    return list.filter((o, i) => i === 0 || o.time !== list[i - 1]!.time || o.state !== list[i - 1]!.state || o.detail !== list[i - 1]!.detail);
  }
}

export function trackMoves(moves: readonly PlannedMove[], snapshots: readonly (readonly SnapshotRow[])[], stuckHours: number): StatusResult {
  const observations = new MoveObservations();
  for (const rows of snapshots) observations.add(rows);
  return trackObserved(moves, observations, stuckHours);
}

export function trackObserved(moves: readonly PlannedMove[], observed: MoveObservations, stuckHours: number): StatusResult {
  const times = observed.snapshotTimes();
  const latest = times.at(-1);
  const previous = times.length > 1 ? times.at(-2) : undefined;

  const ordered = [...moves].sort((a, b) => a.wave - b.wave || MOVE_KINDS.indexOf(a.kind) - MOVE_KINDS.indexOf(b.kind) || cmp(a.source.toLowerCase(), b.source.toLowerCase()));
  const planned = new Set(ordered.map((m) => moveKey(m.kind, m.source)));
  const result: StatusResult = {
    snapshots: times.length,
    latest: latest === undefined ? null : iso(latest),
    previous: previous === undefined ? null : iso(previous),
    stuckHours,
    queue: { pending: 0, limit: QUEUE_LIMIT, nextWave: null, nextWaveMoves: 0, nextWaveMayStart: false },
    waves: [],
    changed: [],
    failed: [],
    stuck: [],
    stoppable: [],
    notSeen: [],
    notInPlan: [...observed.byMove.keys()].filter((k) => !planned.has(k)).length,
  };
  const waves = new Map<number, WaveStatus>();
  const seenWaves = new Set<number>();

  for (const move of ordered) {
    const ref: MoveRef = { wave: move.wave, kind: move.kind, source: move.source, target: move.target };
    const wave = waves.get(move.wave) ?? { wave: move.wave, total: 0, byState: {}, notSeen: 0 };
    waves.set(move.wave, wave);
    wave.total++;
    const obs = observed.history(moveKey(move.kind, move.source));
    const last = obs.at(-1);
    if (last === undefined) {
      wave.notSeen++;
      result.notSeen.push(ref);
      continue;
    }
    seenWaves.add(move.wave);
    const status: MoveStatus = { ...ref, state: last.state, detail: last.detail, time: iso(last.time) };
    wave.byState[last.state] = (wave.byState[last.state] ?? 0) + 1;
    if (previous !== undefined) {
      const before = obs.filter((o) => o.time <= previous).at(-1)?.state ?? null;
      if (before !== last.state) result.changed.push({ ...ref, from: before, to: last.state });
    }
    if (last.state === 'Failed') {
      const cause = failureCause(last.detail);
      result.failed.push({ ...status, ...(cause && { cause }) });
    }
    if (STOPPABLE_STATES.includes(last.state)) result.stoppable.push(status);
    if (!isFinal(last.state)) {
      result.queue.pending++;
      let since = last.time;
      for (let i = obs.length - 1; i >= 0 && obs[i]!.state === last.state; i--) since = obs[i]!.time;
      const hours = Math.floor(((latest ?? since) - since) / HOUR);
      if ((latest ?? since) - since > stuckHours * HOUR) result.stuck.push({ ...status, since: iso(since), hours });
    }
  }
  result.waves = [...waves.values()].sort((a, b) => a.wave - b.wave).map((w) => ({ ...w, byState: Object.fromEntries(Object.entries(w.byState).sort(([a], [b]) => cmp(a, b))) }));
  const next = result.waves.find((w) => !seenWaves.has(w.wave));
  if (next) {
    result.queue.nextWave = next.wave;
    result.queue.nextWaveMoves = next.total;
    result.queue.nextWaveMayStart = result.queue.pending + next.total <= QUEUE_LIMIT;
  }
  return result;
}
