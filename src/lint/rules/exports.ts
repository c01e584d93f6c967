// With the exports given: every principal of the map exists, and the target fits column 6
// (facts §8.3, §8.5.7, §9.3). Each check runs only for the exports the admin passed.

import { classifyGroup } from '../../group-class.js';
import type { Principal } from '../../model.js';
import { resolvedType } from '../column6.js';
import { cell, fullRows, type LintContext, type LintExport, type LintRule, type FullRow } from '../context.js';
import type { MapKind } from '../rows.js';
import { columnKeys } from './one-to-one.js';

type Index = ReadonlyMap<string, Principal>;

function index(exp: LintExport | undefined, kind: MapKind): Index | undefined {
  if (exp === undefined) return undefined;
  const byKey = new Map<string, Principal>();
  // Keys as principalKey builds them, so map cells and export values compare the same way: per
  // kind, so the key is the UPN itself, its hash computed once, not a string built per principal.
  for (const p of exp.principals) {
    const key = kind === 'User' ? p.upn.toLowerCase() : p.id;
    if (!byKey.has(key)) byKey.set(key, p);
  }
  return byKey;
}

/** The principal a map cell names (key: its principalKey), undefined when absent; reports the absence. */
function lookUp(ctx: LintContext, row: FullRow, column: 3 | 4, key: string, idx: Index | undefined, exp: LintExport | undefined): Principal | undefined {
  if (idx === undefined || exp === undefined || cell(row, column) === '') return undefined;
  const found = idx.get(key);
  if (found === undefined) ctx.report(column === 3 ? 'source-not-found' : 'target-not-found', row.line, column, { value: cell(row, column), export: exp.file });
  return found;
}

/** Looks up both sides of every row of a kind, then checks the rows whose target exists. */
function forEachTarget(ctx: LintContext, kind: MapKind, source: LintExport | undefined, target: LintExport | undefined, check: (row: FullRow, found: Principal, type: string | undefined) => void): void {
  const sources = index(source, kind);
  const targets = index(target, kind);
  if (sources === undefined && targets === undefined) return;
  // The keys the duplicate rules made, shared: the rows of both kinds, the other kind skipped.
  const rows = fullRows(ctx.rows);
  const sourceKeys = columnKeys(rows, 3);
  const targetKeys = columnKeys(rows, 4);
  rows.forEach((row, i) => {
    if (row.kind !== kind) return;
    lookUp(ctx, row, 3, sourceKeys[i]!, sources, source);
    const found = lookUp(ctx, row, 4, targetKeys[i]!, targets, target);
    if (found !== undefined) check(row, found, resolvedType(cell(row, 6), kind));
  });
}

export const usersExist: LintRule = (ctx) =>
  forEachTarget(ctx, 'User', ctx.exports.sourceUsers, ctx.exports.targetUsers, (row, target, type) => {
    // Column 6 describes the target principal (DESIGN, facts §8.3).
    const expected = target.userType === 'Guest' ? 'GuestUser' : target.userType === 'Member' ? 'RegularUser' : undefined;
    if (expected !== undefined && (type === 'RegularUser' || type === 'GuestUser') && type !== expected) {
      ctx.report('target-type-mismatch', row.line, 6, { value: cell(row, 6), expected, userType: target.userType });
    }
    if (target.enabled === false) ctx.report('target-disabled', row.line, 4, { value: cell(row, 4) });
  });

export const groupsExist: LintRule = (ctx) =>
  forEachTarget(ctx, 'Group', ctx.exports.sourceGroups, ctx.exports.targetGroups, (row, target, type) => {
    const kind = classifyGroup(target);
    if (kind === 'distribution') ctx.report('distribution-list', row.line, 4, { value: cell(row, 4) });
    else if (type === 'RegularGroup' && kind === 'm365') ctx.report('group-class-mismatch', row.line, 6, { value: cell(row, 6), expected: 'O365Group', groupClass: kind });
    else if (type === 'O365Group' && kind === 'security') ctx.report('group-class-mismatch', row.line, 6, { value: cell(row, 6), expected: 'RegularGroup', groupClass: kind });
    else if (type === 'O365Group' && kind === 'm365' && target.mailNickname !== '' && cell(row, 5).toLowerCase() !== target.mailNickname.toLowerCase()) {
      ctx.report('alias-mismatch', row.line, 5, { value: cell(row, 5), expected: target.mailNickname });
    }
  });
