// The data of an export: the pairs of a map run that other tools may take, and findings about
// rows a format had to leave out.

import type { FindingCore } from '../findings.js';

export type ExportFormat = 'graph-delta' | 'power-platform' | 'sharegate' | 'quest' | 'bittitan' | 'mover' | 'spmt' | 'precreate';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['graph-delta', 'power-platform', 'sharegate', 'quest', 'bittitan', 'mover', 'spmt', 'precreate'];

/** A User row of identity-map.csv that review.csv shows as matched or decided. */
export interface UserPair {
  kind: 'user';
  source: string;
  target: string;
  /** Column 5: the target's mail, or its UPN when it has none. */
  targetMail: string;
  /** Column 6: RegularUser or GuestUser. */
  type: string;
  sourceName: string;
  targetName: string;
  /** Line in identity-map.csv. */
  line: number;
}

/** A Group row of identity-map.csv that review.csv shows as matched or decided. */
export interface GroupPair {
  kind: 'group';
  /** Source and target object IDs, lowercase. */
  source: string;
  target: string;
  /** Column 5: the target alias (O365Group) or the target object ID or name (RegularGroup). */
  column5: string;
  type: string;
  sourceName: string;
  targetName: string;
  line: number;
}

export type Pair = UserPair | GroupPair;

export type ExportFindingCode =
  | 'map-row-invalid'
  | 'not-matched-in-review'
  | 'missing-from-map'
  | 'value-refused'
  | 'source-equals-target'
  | 'duplicate-line'
  | 'groups-not-in-format'
  | 'group-name-not-unique'
  | 'previous-row-invalid'
  | 'attribute-dropped'
  | 'create-already-mapped'
  | 'create-guest'
  | 'create-group'
  | 'create-not-in-export'
  | 'no-upn-proposed'
  | 'upn-from-source'
  | 'convention-unknown'
  | 'input-changed'
  | 'passwords-written'
  | 'group-not-creatable'
  | 'visibility-unknown';

/** The finding core; an export's severity depends on the format, so it has no table. */
export interface ExportFinding extends FindingCore<ExportFindingCode> {
  /** The source key of the row concerned. */
  item?: string;
  data?: Readonly<Record<string, string | number>>;
}

/** What a format writes: files and the rows it had to leave out. */
export interface FormatOutput {
  files: { name: string; content: string }[];
  findings: ExportFinding[];
  /** Rows written, users and groups. */
  written: { users: number; groups: number };
  /** graph-delta: "@removed" items for rows the previous map had. */
  removed?: number;
  /** Files that hold secrets (generated passwords), named so in the report. */
  sensitive?: string[];
}
