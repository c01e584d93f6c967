// The data of a plan: the moves asked for, the moves accepted into waves, and findings.

export type MoveKind = 'onedrive' | 'site' | 'group-site';

/** Waves list OneDrive moves first, then sites, then group-connected sites. */
export const MOVE_KINDS: readonly MoveKind[] = ['onedrive', 'site', 'group-site'];

import type { FindingCore, Origin, SeverityTable } from '../findings.js';

export type { Origin } from '../findings.js';

/** A move as a list (or the map, for the default OneDrive moves) asks for it. */
export interface RequestedMove {
  kind: MoveKind;
  /** Source UPN, source site URL or source group alias. */
  source: string;
  /** Target UPN, site URL or alias; a OneDrive list may leave it to the map. */
  target: string | undefined;
  /** Group site lists may name the source group, tying the move to one map row. */
  sourceGroupId?: string;
  origin: Origin;
}

export interface Move {
  kind: MoveKind;
  source: string;
  target: string;
  origin: Origin;
}

export interface Wave {
  /** 1-based. */
  number: number;
  moves: Move[];
  /** Preferred begin and end (UTC); absent without --start. */
  begin?: Date;
  end?: Date;
}

export type PlanFindingCode =
  | 'move-not-in-map'
  | 'move-target-differs'
  | 'group-alias-not-in-map'
  | 'group-alias-differs'
  | 'group-not-m365'
  | 'duplicate-move'
  | 'site-wrong-tenant'
  | 'host-tenant-differs'
  | 'waves-overlap';

export type PlanSeverity = 'error' | 'warning';

/** A problem of the plan's inputs; data only, worded in wording/plan-findings.ts. */
export interface PlanFinding extends FindingCore<PlanFindingCode, PlanSeverity> {
  /** The move or value concerned. */
  item?: string;
  data?: Readonly<Record<string, string | number>>;
}

// A move with an error is left out of the waves; warnings leave the plan as it is.
export const PLAN_SEVERITY: SeverityTable<PlanFindingCode, PlanSeverity> = {
  'move-not-in-map': 'error',
  'move-target-differs': 'error',
  'group-alias-not-in-map': 'error',
  'group-alias-differs': 'error',
  'group-not-m365': 'error',
  'duplicate-move': 'error',
  'site-wrong-tenant': 'error',
  'host-tenant-differs': 'warning',
  'waves-overlap': 'warning',
};
