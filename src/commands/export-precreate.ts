// The reading side of `ctmap export --format precreate`: the users exports the map run read
// (named in its summary.json, or given again), then the pure proposal of new accounts.

import { existsSync } from 'node:fs';
import { CtmapError } from '../errors.js';
import { precreate } from '../export/precreate/index.js';
import type { ExportFinding, FormatOutput, Pair, UserPair } from '../export/types.js';
import { readBytes } from '../read/bytes.js';
import { exportPrincipals, parseExport, type ParsedExport } from '../read/index.js';
import type { RunFolder } from '../read/run-folder.js';
import { groupAttributes } from '../read/group-attributes.js';
import { ATTRIBUTES, userAttributes, type Attributes } from '../read/user-attributes.js';
import type { ExportSettings } from './export-settings.js';

const NO_ATTRIBUTES = Object.fromEntries(ATTRIBUTES.map((a) => [a, ''])) as Attributes;

export function runPrecreate(settings: ExportSettings, run: RunFolder, pairs: readonly Pair[], findings: ExportFinding[]): FormatOutput {
  const source = recordedExport(run, 'source', settings.sourceUsers, findings);
  const target = recordedExport(run, 'target', settings.targetUsers, findings);
  const sources = exportPrincipals(source, { kind: 'user', tenant: 'source' }).principals;
  const attributes = userAttributes(source);
  const groupsFile = settings.sourceGroups ?? run.summary.inputs.find((i) => i.role === 'source-groups')?.file;
  const groupsExport = groupsFile === undefined ? undefined : recordedExport(run, 'source', groupsFile, findings, 'source-groups');
  const groupAttrs = groupsExport && groupAttributes(groupsExport);
  return precreate({
    ...(groupsExport && {
      groups: {
        sources: exportPrincipals(groupsExport, { kind: 'group', tenant: 'source' }).principals,
        attributesOf: (g) => groupAttrs!.get(g.origin.line) ?? { visibility: '', preferredDataLocation: '' },
      },
    }),
    ...(settings.mailboxRegion !== undefined && { mailboxRegion: settings.mailboxRegion }),
    mode: settings.precreate,
    generatePasswords: settings.generatePasswords,
    review: run.review,
    reviewFile: run.files.review,
    pairs: pairs.filter((p): p is UserPair => p.kind === 'user'),
    sources,
    attributesOf: (p) => attributes.get(p.origin.line) ?? NO_ATTRIBUTES,
    targetUpns: exportPrincipals(target, { kind: 'user', tenant: 'target' }).principals.map((p) => p.upn),
  });
}

/** An export the map run read (role source-users, ...): the flag, else the file summary.json names. */
function recordedExport(run: RunFolder, tenant: 'source' | 'target', given: string | undefined, findings: ExportFinding[], role = `${tenant}-users`): ParsedExport {
  const recorded = run.summary.inputs.find((i) => i.role === role);
  const file = given ?? recorded?.file;
  if (file === undefined || (given === undefined && !existsSync(file))) {
    throw new CtmapError('invalid-option', {
      column: role,
      detail: `${file === undefined ? `${run.files.summary} names no ${role} export` : `${file}, the ${role} export the map read, is not there`}: give it with --${role}`,
    });
  }
  const parsed = parseExport(readBytes(file), file);
  if (recorded !== undefined && recorded.sha256 !== parsed.sha256) findings.push({ code: 'input-changed', severity: 'warning', file, data: { role } });
  return parsed;
}
