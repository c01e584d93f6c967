import { parseDomainRules } from '../../src/config.js';
import { DEFAULT_GROUP_OPTIONS, type MatchConfig } from '../../src/match/options.js';

/** The demo's settings: contoso.com (and contososales.com) rewrite to fabrikam.com. */
export function matchConfig(more: Partial<MatchConfig> = {}): MatchConfig {
  return {
    sourceTenantId: 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718',
    domainRules: parseDomainRules(['contoso.com=fabrikam.com', 'contososales.com=fabrikam.com']),
    policy: 'standard',
    groups: DEFAULT_GROUP_OPTIONS,
    ...more,
  };
}
