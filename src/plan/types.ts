// The data of a plan: the moves asked for, the moves accepted into waves, and findings.

export type MoveKind = 'onedrive' | 'site' | 'group-site';

/** Waves list OneDrive moves first, then sites, then group-connected sites. */
export const MOVE_KINDS: readonly MoveKind[] = ['onedrive', 'site', 'group-site'];

export interface Origin {
  file: string;
  line: number;
}

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
export interface PlanFinding {
  code: PlanFindingCode;
  severity: PlanSeverity;
  file?: string;
  line?: number;
  /** The move or value concerned. */
  item?: string;
  data?: Readonly<Record<string, string | number>>;
}
