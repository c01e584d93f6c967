// Flags and config file merged into the settings of one map run; flags win.

import { z } from 'zod';
import { columnAliases, domainRuleList, parseDomainRules, parseTenantId } from '../config.js';
import { CtmapError } from '../errors.js';
import { parseArgs } from './args.js';
import { DEFAULT_GROUP_OPTIONS, type MatchConfig } from '../match/options.js';
import type { ColumnAliases } from '../read/attribute-columns.js';
import { readConfigFile } from '../read/config-file.js';

export const mapArgsSchema = z.object({
  sourceUsers: z.string().optional(),
  targetUsers: z.string().optional(),
  sourceGroups: z.string().optional(),
  targetGroups: z.string().optional(),
  sourceTenantId: z.string().optional(),
  domain: z.array(z.string()).optional(),
  policy: z.enum(['standard', 'strict']).optional(),
  decisions: z.string().optional(),
  config: z.string().optional(),
  out: z.string().optional(),
  force: z.boolean().default(false),
  strict: z.boolean().default(false),
  json: z.boolean().default(false),
});


export interface MapSettings {
  match: MatchConfig;
  sourceUsers: string;
  targetUsers: string;
  sourceGroups: string | undefined;
  targetGroups: string | undefined;
  decisions: string | undefined;
  columns: ColumnAliases;
  out: string;
  force: boolean;
  strict: boolean;
  json: boolean;
}

export function resolveMapSettings(raw: unknown): MapSettings {
  const args = parseArgs(mapArgsSchema, raw);
  const loaded = args.config !== undefined ? readConfigFile(args.config) : undefined;
  const file = loaded?.config ?? {};
  const fromFile = (p: string | undefined): string | undefined => (p === undefined ? undefined : loaded!.path(p));

  const sourceUsers = args.sourceUsers ?? fromFile(file.sourceUsers);
  const targetUsers = args.targetUsers ?? fromFile(file.targetUsers);
  if (sourceUsers === undefined) throw new CtmapError('invalid-option', { column: 'source-users', detail: 'required: the source tenant users export' });
  if (targetUsers === undefined) throw new CtmapError('invalid-option', { column: 'target-users', detail: 'required: the target tenant users export' });

  const domainRules = parseDomainRules(args.domain !== undefined && args.domain.length > 0 ? args.domain : domainRuleList(file.domains));
  return {
    match: {
      sourceTenantId: parseTenantId(args.sourceTenantId ?? file.sourceTenantId),
      domainRules,
      policy: args.policy ?? file.policy ?? 'standard',
      groups: {
        securityColumn5: file.groups?.securityColumn5 ?? DEFAULT_GROUP_OPTIONS.securityColumn5,
        sourcePrefixes: file.groups?.sourcePrefixes ?? DEFAULT_GROUP_OPTIONS.sourcePrefixes,
        targetPrefixes: file.groups?.targetPrefixes ?? DEFAULT_GROUP_OPTIONS.targetPrefixes,
      },
    },
    sourceUsers,
    targetUsers,
    sourceGroups: args.sourceGroups ?? fromFile(file.sourceGroups),
    targetGroups: args.targetGroups ?? fromFile(file.targetGroups),
    decisions: args.decisions ?? fromFile(file.decisions),
    columns: columnAliases(file.columns),
    out: args.out ?? fromFile(file.out) ?? 'ctmap-out',
    force: args.force,
    strict: args.strict,
    json: args.json,
  };
}
