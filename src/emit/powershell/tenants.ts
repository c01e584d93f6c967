// The scripts that preflight and status write know only the plan's tenants (tenants.json),
// not its map or waves; they reuse the runbook's constants through an otherwise empty context.

import type { RunbookContext } from './context.js';

export type Tenants = Pick<RunbookContext, 'source' | 'target'>;

export function tenantsContext(t: Tenants): RunbookContext {
  return { source: t.source, target: t.target, verifyVerb: 'Test', waves: [], users: [], groups: [] };
}
