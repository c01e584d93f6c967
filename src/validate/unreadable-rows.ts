// Every source row gets a status, even one the reader could not turn into a principal: it is
// a conflict with its reader finding (ragged-row, blank-key), listed in review.csv and never
// in the map.

import type { Assignment, Principal } from '../model.js';
import { sortByPrincipal } from '../pipeline.js';

export function withUnreadableRows(assignments: readonly Assignment[], unreadable: readonly Principal[]): Assignment[] {
  if (unreadable.length === 0) return [...assignments];
  const added = unreadable.map((source): Assignment => ({ source, status: 'conflict', reason: 'unreadable-row', best: undefined, runnerUp: undefined, competing: [] }));
  return sortByPrincipal([...assignments, ...added], (a) => a.source);
}
