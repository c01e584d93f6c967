// Step 4, pre-create: the sources a reviewer marked `create` (or, on request, every unmatched
// member) become rows of the bulk-create template, each with a UPN in the target's convention
// that no target account and no other proposal holds.

import type { Principal } from '../../model.js';
import type { ReviewEntry } from '../../read/run-folder.js';
import type { Attributes } from '../../read/user-attributes.js';
import { EXPORTED_STATUSES } from '../pairs.js';
import type { ExportFinding, FormatOutput, UserPair } from '../types.js';
import { inferConvention, proposeUpn, type Convention } from './convention.js';
import { createGroupsScript, CREATE_GROUPS_SCRIPT } from '../../emit/powershell/create-groups.js';
import type { GroupAttributes } from '../../read/group-attributes.js';
import { groupsToCreate } from './groups.js';
import { generatePassword } from './passwords.js';
import { PRECREATE_FILE, precreateUsersCsv, type NewAccount } from './users-csv.js';

export type PrecreateMode = 'marked' | 'unmatched';

export interface PrecreateInput {
  mode: PrecreateMode;
  generatePasswords: boolean;
  review: readonly ReviewEntry[];
  reviewFile: string;
  /** Matched and decided user pairs: where the convention is learned. */
  pairs: readonly UserPair[];
  sources: readonly Principal[];
  attributesOf: (source: Principal) => Attributes;
  targetUpns: readonly string[];
  /** The source groups export, when the map run read one. */
  groups?: { sources: readonly Principal[]; attributesOf: (g: Principal) => GroupAttributes };
  mailboxRegion?: string;
}

export interface PrecreateOutput extends FormatOutput {
  convention: Convention;
  accounts: NewAccount[];
}

export function precreate(input: PrecreateInput): PrecreateOutput {
  const findings: ExportFinding[] = [];
  const note = (code: ExportFinding['code'], r: ReviewEntry, severity: ExportFinding['severity'], data?: ExportFinding['data']) =>
    findings.push({ code, severity, file: input.reviewFile, line: r.line, item: r.source, ...(data && { data }) });

  const byKey = new Map(input.sources.map((p) => [p.key.toLowerCase(), p]));
  const named = input.pairs.flatMap((p) => {
    const s = byKey.get(p.source.toLowerCase());
    return s ? [{ givenName: s.givenName, surname: s.surname, sourceUpn: p.source, targetUpn: p.target }] : [];
  });
  const convention = inferConvention(named, input.targetUpns);
  if (PATTERNS_SEEN(convention) === 0) findings.push({ code: 'convention-unknown', severity: 'warning', data: { pattern: convention.pattern } });

  const taken = new Set(input.targetUpns.map((u) => u.toLowerCase()));
  const accounts: NewAccount[] = [];
  const wantedGroups: ReviewEntry[] = [];
  for (const r of input.review) {
    const wanted = r.decision === 'create' || (input.mode === 'unmatched' && r.status === 'unmatched');
    if (!wanted) continue;
    if (r.kind === 'group') {
      if (input.groups) wantedGroups.push(r);
      else note('create-group', r, 'warning');
      continue;
    }
    if (EXPORTED_STATUSES.has(r.status)) {
      note('create-already-mapped', r, 'warning', { status: r.status, target: r.target });
      continue;
    }
    const source = byKey.get(r.source.toLowerCase());
    if (!source) {
      note('create-not-in-export', r, 'error');
      continue;
    }
    // A guest of the source is invited to the target as a guest, never created as a member.
    if (source.userType === 'Guest') {
      note('create-guest', r, r.decision === 'create' ? 'warning' : 'info');
      continue;
    }
    const proposed = proposeUpn(convention, { givenName: source.givenName, surname: source.surname, sourceUpn: source.upn }, taken);
    if (!proposed) {
      note('no-upn-proposed', r, 'error');
      continue;
    }
    if (!proposed.fromNames) note('upn-from-source', r, 'warning', { upn: proposed.upn });
    accounts.push({
      source: source.key,
      line: r.line,
      upn: proposed.upn,
      displayName: source.displayName !== '' ? source.displayName : [source.givenName, source.surname].filter((x) => x !== '').join(' '),
      givenName: source.givenName,
      surname: source.surname,
      attributes: input.attributesOf(source),
      password: input.generatePasswords ? generatePassword() : '',
    });
  }
  const csv = precreateUsersCsv(accounts, input.reviewFile);
  findings.push(...csv.findings);
  const groups = input.groups && groupsToCreate({ wanted: wantedGroups, reviewFile: input.reviewFile, sources: input.groups.sources, attributesOf: input.groups.attributesOf, mailboxRegion: input.mailboxRegion });
  findings.push(...(groups?.findings ?? []));
  const groupCount = (groups?.m365.length ?? 0) + (groups?.security.length ?? 0);
  const script = groups && groupCount > 0 ? [{ name: CREATE_GROUPS_SCRIPT, content: createGroupsScript(groups.m365, groups.security, convention.defaultDomain ?? '') }] : [];
  if (input.generatePasswords && csv.written.length > 0) findings.push({ code: 'passwords-written', severity: 'warning', data: { file: PRECREATE_FILE } });
  return {
    files: [...(csv.written.length === 0 ? [] : [{ name: PRECREATE_FILE, content: csv.content }]), ...script],
    findings,
    written: { users: csv.written.length, groups: groupCount },
    ...(input.generatePasswords && csv.written.length > 0 && { sensitive: [PRECREATE_FILE] }),
    convention,
    accounts: csv.written,
  };
}

const PATTERNS_SEEN = (c: Convention): number => Object.values(c.votes).reduce((a, b) => a + b, 0);
