// The config file's schema and the normalized settings the pipeline accepts. Flags win over
// the file; both pass through the same normalizers, so a bad value fails the same way.

import { z } from 'zod';
import { CtmapError } from './errors.js';
import type { DomainRules } from './match/options.js';
import { ATTRIBUTE_COLUMNS, type ColumnAliases } from './read/attribute-columns.js';
import { FIELDS } from './read/columns.js';
import { isDomain, parseGuid } from './read/values.js';

const pathString = z.string().min(1);
const columnAliasSchema = z.partialRecord(z.enum([...FIELDS, ...ATTRIBUTE_COLUMNS]), z.union([z.string().min(1), z.array(z.string().min(1))]));

export const configSchema = z.strictObject({
  sourceTenantId: z.string().optional(),
  domains: z.union([z.array(z.string()), z.record(z.string(), z.string())]).optional(),
  policy: z.enum(['standard', 'strict']).optional(),
  sourceUsers: pathString.optional(),
  targetUsers: pathString.optional(),
  sourceGroups: pathString.optional(),
  targetGroups: pathString.optional(),
  decisions: pathString.optional(),
  out: pathString.optional(),
  columns: columnAliasSchema.optional(),
  groups: z
    .strictObject({
      /** Column 5 of a security group row; the docs say the target object ID. */
      securityColumn5: z.enum(['object-id', 'display-name']).optional(),
      /** Prefixes stripped from display names before comparing, e.g. ["FAB "] on targets. */
      sourcePrefixes: z.array(z.string()).optional(),
      targetPrefixes: z.array(z.string()).optional(),
    })
    .optional(),
});

export type ConfigFile = z.output<typeof configSchema>;

/** 'contoso.com=fabrikam.com' rules; several source domains may point at one target domain. */
export function parseDomainRules(rules: readonly string[]): DomainRules {
  const map = new Map<string, string>();
  for (const rule of rules) {
    const parts = rule.split('=');
    const from = (parts[0] ?? '').trim().toLowerCase();
    const to = (parts[1] ?? '').trim().toLowerCase();
    if (parts.length !== 2 || !isDomain(from) || !isDomain(to)) {
      throw new CtmapError('invalid-domain-rule', { value: rule, detail: 'expected source.domain=target.domain' });
    }
    const existing = map.get(from);
    if (existing !== undefined && existing !== to) {
      throw new CtmapError('conflicting-domain-rule', { value: rule, detail: `${from}=${existing}` });
    }
    map.set(from, to);
  }
  return map;
}

export function domainRuleList(domains: ConfigFile['domains']): string[] {
  if (domains === undefined) return [];
  return Array.isArray(domains) ? domains : Object.entries(domains).map(([from, to]) => `${from}=${to}`);
}

export function parseTenantId(value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new CtmapError('missing-tenant-id');
  const id = parseGuid(value);
  if (id === undefined) throw new CtmapError('invalid-tenant-id', { value });
  // A placeholder copied from an example, never a real tenant.
  if (id === '00000000-0000-0000-0000-000000000000') throw new CtmapError('invalid-tenant-id', { value, detail: 'all-zero' });
  return id;
}

export function columnAliases(columns: ConfigFile['columns']): ColumnAliases {
  const out: ColumnAliases = {};
  for (const [field, value] of Object.entries(columns ?? {}) as [keyof ColumnAliases, string | string[]][]) {
    out[field] = typeof value === 'string' ? [value] : value;
  }
  return out;
}

export function parseConfigJson(json: unknown, file: string): ConfigFile {
  return parseJsonWith(configSchema, json, file);
}

/** Validates a config file's JSON with a schema; the first issue becomes invalid-config. */
export function parseJsonWith<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new CtmapError('invalid-config', {
    file,
    ...(issue && { column: issue.path.join('.') || '(root)', detail: issue.message }),
  });
}
