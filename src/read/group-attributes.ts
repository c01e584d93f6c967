// What a pre-created group copies from its source that the matcher never reads: its access type
// (visibility) and its preferred data location, per row of a groups export.

import { headerKey } from './columns.js';
import type { ParsedExport } from './index.js';

export interface GroupAttributes {
  visibility: string;
  preferredDataLocation: string;
}

const ALIASES: Record<keyof GroupAttributes, readonly string[]> = {
  visibility: ['visibility', 'accessType'],
  preferredDataLocation: ['preferredDataLocation', 'mailboxRegion'],
};

/** Attributes per row, keyed by the row's file line (the principal's origin). */
export function groupAttributes(parsed: ParsedExport): Map<number, GroupAttributes> {
  const keys = parsed.table.header.map(headerKey);
  const at = (field: keyof GroupAttributes) => ALIASES[field].map(headerKey).map((k) => keys.indexOf(k)).find((i) => i >= 0) ?? -1;
  const visibility = at('visibility');
  const region = at('preferredDataLocation');
  const cell = (values: readonly string[], i: number) => (i < 0 ? '' : (values[i] ?? '').trim());
  return new Map(parsed.table.rows.map(({ values, line }) => [line, { visibility: cell(values, visibility), preferredDataLocation: cell(values, region) }]));
}
