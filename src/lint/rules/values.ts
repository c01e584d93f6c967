// Rules about the values of six-column rows: the kind, the tenant, the principals' shapes,
// column 5 and column 6 (facts §8.2, §8.3, §8.5).

import { isGuid, isUpnShape, parseGuid } from '../../read/values.js';
import { ADMIN_TYPES, ROW_TYPES, meantType, resolvedType, sameIgnoringCase } from '../column6.js';
import { cell, fullRows, type LintContext, type LintRule, type FullRow } from '../context.js';
import type { MapKind } from '../rows.js';

export const kind: LintRule = (ctx) => {
  for (const row of ctx.rows) {
    const value = row.cells?.[0];
    if (value === undefined || value === '' || value === row.kind) continue;
    if (row.kind !== undefined) ctx.report('kind-case', row.line, 1, { value, expected: row.kind });
    else ctx.report('invalid-kind', row.line, 1, { value });
  }
};

export const tenant: LintRule = (ctx) => {
  // Rows and their tenant IDs side by side, not an object per row; every row of a map names the
  // same tenant, so the last value's ID is reused rather than parsed again.
  const idRows: FullRow[] = [];
  const ids: string[] = [];
  let lastValue: string | undefined;
  let lastId: string | undefined;
  for (const row of fullRows(ctx.rows)) {
    const value = cell(row, 2);
    if (value === '') continue;
    if (value !== lastValue) [lastValue, lastId] = [value, parseGuid(value)];
    if (lastId === undefined) ctx.report('tenant-not-guid', row.line, 2, { value });
    else {
      guidForm(ctx, row, 2, value);
      idRows.push(row);
      ids.push(lastId);
    }
  }
  const differs = (expected: string, code: 'tenant-not-source' | 'tenant-differs', data: { expectedLine?: number }): void => {
    ids.forEach((id, i) => {
      const row = idRows[i]!;
      if (id !== expected) ctx.report(code, row.line, 2, { value: cell(row, 2), expected, ...data });
    });
  };
  if (ctx.sourceTenantId !== undefined) return differs(ctx.sourceTenantId, 'tenant-not-source', {});
  // Without --source-tenant-id the tenant most rows name is taken as meant; a tie goes to
  // the one that comes first.
  const counts = new Map<string, { n: number; line: number }>();
  ids.forEach((id, i) => {
    const c = counts.get(id);
    if (c) c.n++;
    else counts.set(id, { n: 1, line: idRows[i]!.line });
  });
  let expected: string | undefined;
  let best = { n: 0, line: 0 };
  for (const [id, c] of counts) if (c.n > best.n) [expected, best] = [id, c];
  differs(expected ?? '', 'tenant-differs', { expectedLine: best.line });
};

export const principals: LintRule = (ctx) => {
  for (const row of fullRows(ctx.rows)) {
    for (const column of [3, 4] as const) {
      const value = cell(row, column);
      if (value === '') continue;
      if (row.kind === 'Group') {
        if (parseGuid(value) === undefined) ctx.report('not-guid', row.line, column, { value, side: column === 3 ? 'source' : 'target' });
        else guidForm(ctx, row, column, value);
        continue;
      }
      if (!isUpnShape(value)) ctx.report('not-upn', row.line, column, { value, side: column === 3 ? 'source' : 'target' });
      // The move fails with 'invalid character' (facts §2.1).
      if (value.includes("'")) ctx.report('apostrophe', row.line, column, { value });
    }
  }
};

// Exchange aliases allow these; anything else (a space, '@') is not an alias.
const ALIAS_CHARS = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]*$/;

export const column5: LintRule = (ctx) => {
  for (const row of fullRows(ctx.rows)) {
    const value = cell(row, 5);
    if (value === '') continue;
    if (row.kind === 'User') {
      if (!isUpnShape(value)) ctx.report('not-email', row.line, 5, { value });
      continue;
    }
    const type = resolvedType(cell(row, 6), row.kind);
    if (type === 'O365Group') {
      // A '.' in a Microsoft 365 group name fails the site move (facts §2.2).
      if (value.includes('.')) ctx.report('alias-dot', row.line, 5, { value });
      // The alias is the site move's -TargetGroupAlias: an apostrophe fails it like a UPN's (facts §2.1).
      if (value.includes("'")) ctx.report('apostrophe', row.line, 5, { value });
      const bad = [...new Set([...value].filter((ch) => !ALIAS_CHARS.test(ch)))];
      if (bad.length > 0) ctx.report('alias-invalid', row.line, 5, { value, chars: bad.map((ch) => (ch === ' ' ? 'space' : ch)) });
    } else if (type === 'RegularGroup') {
      // The docs say to use the target object ID as GroupName (facts §8.2).
      const named = parseGuid(value);
      const target = parseGuid(cell(row, 4));
      if (named !== undefined && target !== undefined && named !== target) ctx.report('group-name-not-target-id', row.line, 5, { value, expected: cell(row, 4) });
    }
  }
};

export const column6: LintRule = (ctx) => {
  for (const row of fullRows(ctx.rows)) {
    const value = cell(row, 6);
    if (value === '') continue;
    const problem = typeProblem(value, row.kind);
    if (problem) ctx.report(problem.code, row.line, 6, problem.data);
  }
};

type TypeProblem = { code: 'type-admin' | 'type-none' | 'type-case' | 'type-wrong-kind' | 'type-invalid'; data: Record<string, string | readonly string[]> };

function typeProblem(value: string, kind: MapKind): TypeProblem | undefined {
  if (ROW_TYPES[kind].includes(value)) return ADMIN_TYPES.includes(value) ? { code: 'type-admin', data: { value } } : undefined;
  // Only a row with a problem lists what is allowed: not one array per row of a large map.
  const allowed = ROW_TYPES[kind].filter((t) => !ADMIN_TYPES.includes(t));
  if (value.toLowerCase() === 'none') return { code: 'type-none', data: { value, allowed } };
  const recased = sameIgnoringCase(value, kind);
  if (recased !== undefined) return { code: 'type-case', data: { value, expected: recased } };
  const other: MapKind = kind === 'User' ? 'Group' : 'User';
  if (sameIgnoringCase(value, other) !== undefined) return { code: 'type-wrong-kind', data: { value, kind, allowed } };
  const meant = meantType(value, kind);
  return { code: 'type-invalid', data: meant !== undefined ? { value, kind, allowed, expected: meant } : { value, kind, allowed } };
}

// Microsoft writes GUIDs lowercase without braces; whether the upload accepts other forms is
// not documented (facts §8.2, §14).
function guidForm(ctx: LintContext, row: FullRow, column: number, value: string): void {
  if (!isGuid(value)) ctx.report('guid-form', row.line, column, { value, canonical: parseGuid(value) ?? '' });
}
