// The matcher's own settings. The config file and the flags (config.ts, commands/) are parsed
// into these; the matcher never imports them back.

export type Policy = 'standard' | 'strict';

/** Source domain (lowercase) to target domain (lowercase). */
export type DomainRules = ReadonlyMap<string, string>;

export interface GroupOptions {
  /** Column 5 of a security group row: the target object ID (as the docs say) or its name. */
  securityColumn5: 'object-id' | 'display-name';
  /** Rename prefixes stripped before names are compared ("FAB " on pre-created targets). */
  sourcePrefixes: readonly string[];
  targetPrefixes: readonly string[];
}

export const DEFAULT_GROUP_OPTIONS: GroupOptions = { securityColumn5: 'object-id', sourcePrefixes: [], targetPrefixes: [] };

export interface MatchConfig {
  sourceTenantId: string;
  domainRules: DomainRules;
  policy: Policy;
  groups: GroupOptions;
}
