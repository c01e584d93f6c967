// Move states as the status cmdlets give them (facts §4 MoveState, §5): compared
// case-insensitively, spelled the documented way when known, kept as given when not.

/** Documented spellings, by lowercase; ReadyToTrigger (Multi-Geo doc) is the same state. */
const KNOWN: Record<string, string> = Object.fromEntries(
  ['NotStarted', 'Scheduled', 'ReadytoTrigger', 'InProgress', 'Success', 'Failed', 'Rescheduled', 'Queued', 'Stopped', 'NotSupported'].map((s) => [s.toLowerCase(), s]),
);

// A status run folds a million rows with a handful of distinct spellings.
const seen = new Map<string, string>();

export function canonicalState(state: string): string {
  let canonical = seen.get(state);
  if (canonical === undefined) {
    canonical = KNOWN[state.trim().toLowerCase()] ?? state.trim();
    if (seen.size < 1000) seen.set(state, canonical);
  }
  return canonical;
}

/** States after which the service does nothing more with the move. */
export const FINAL_STATES: ReadonlySet<string> = new Set(['Success', 'Failed', 'Stopped', 'NotSupported']);
/** States a Stop- cmdlet may act on (facts §5; ReadytoTrigger by exclusion, unconfirmed). */
export const STOPPABLE_STATES: readonly string[] = ['NotStarted', 'Scheduled', 'ReadytoTrigger'];

export const isFinal = (state: string) => FINAL_STATES.has(canonicalState(state));

/** At most this many moves may be scheduled or pending per source instance (facts §2.2, §3 step 6). */
export const QUEUE_LIMIT = 4000;

export type FailureCause = 'source-read-only' | 'source-no-access' | 'target-conflict' | 'feature-not-enabled';

// What the error detail names (facts §16.1), most specific first.
const CAUSES: readonly (readonly [RegExp, FailureCause])[] = [
  [/target tenant has a conflict/i, 'target-conflict'],
  [/content move(?: \[\w+\])? feature is not enabled/i, 'feature-not-enabled'],
  [/(?:^|\D)-161(?:\D|$)|\bread-?only\b/i, 'source-read-only'],
  [/(?:^|\D)-102(?:\D|$)|\bno ?access\b/i, 'source-no-access'],
];

export function failureCause(detail: string): FailureCause | undefined {
  return CAUSES.find(([pattern]) => pattern.test(detail))?.[1];
}
