// Preferred begin and end of each wave: begin = start + (wave - 1) * gap, end = begin + window.
// The dates are hints to the service ("likely begins at", "best effort"), always UTC.

import type { PlanFinding, Wave } from './types.js';
import { PLAN_SEVERITY } from './types.js';

export interface Schedule {
  start: Date;
  windowHours: number;
  gapHours: number;
}

const HOUR = 3_600_000;

export function scheduleWaves(waves: readonly Wave[], schedule: Schedule | undefined): Wave[] {
  if (!schedule) return waves.map((w) => ({ number: w.number, moves: w.moves }));
  return waves.map((w) => {
    const begin = new Date(schedule.start.getTime() + (w.number - 1) * schedule.gapHours * HOUR);
    return { number: w.number, moves: w.moves, begin, end: new Date(begin.getTime() + schedule.windowHours * HOUR) };
  });
}

/** Windows that overlap may put more than 4,000 moves in the queue at once. */
export function overlapFindings(waves: readonly Wave[], schedule: Schedule | undefined): PlanFinding[] {
  if (!schedule || waves.length < 2 || schedule.gapHours >= schedule.windowHours) return [];
  return [{ code: 'waves-overlap', severity: PLAN_SEVERITY['waves-overlap'], data: { gap: schedule.gapHours, window: schedule.windowHours } }];
}
