// What each lint finding says, and how to fix it. Detection (src/lint/) never builds text.

import type { LintCode, LintData, LintFinding } from '../lint/findings.js';
import { oneLine } from '../display.js';

const str = (d: LintData, k: string): string => {
  const v = d[k];
  return v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
};

const delimiterName = (d: LintData): string => (d['delimiter'] === '\t' ? 'tabs' : `'${str(d, 'delimiter')}'`);

const SAVE_AS_CSV = 'save it from Excel as "CSV (Comma delimited)"';

const MESSAGES: Record<LintCode, (d: LintData) => string> = {
  bom: () => 'the file starts with a UTF-8 byte order mark (BOM); a parser that keeps it reads column 1 as "\\uFEFFUser". Save it as UTF-8 without BOM',
  'not-utf8': (d) => `the file is ${str(d, 'encoding')}, not UTF-8; save it as UTF-8 without BOM`,
  'wrong-delimiter': (d) =>
    d['scope'] === 'file'
      ? `the file separates values with ${delimiterName(d)} (Excel's regional "CSV" save); Add-SPOTenantIdentityMap reads commas: ${SAVE_AS_CSV} or replace the ${delimiterName(d)} with ','`
      : d['delimiter'] === ','
        ? `this row uses commas while the file uses ${str(d, 'fileDelimiter') === '\t' ? 'tabs' : `'${str(d, 'fileDelimiter')}'`}; once the whole file uses commas, this row's values are checked`
        : `this row separates values with ${delimiterName(d)}, not commas; replace the ${delimiterName(d)} with ','`,
  'header-row': () => 'this looks like a header row; the identity map has no header (Microsoft shows one only in its pictures). Delete the row',
  'blank-line': () => 'blank line (or a row of empty cells); delete it',
  'no-rows': () => 'the map has no rows; each upload replaces the whole map, so uploading this file would remove every mapping',
  'column-count': (d) => `the row has ${str(d, 'got')} columns; every row needs exactly ${str(d, 'expected')}: kind, source tenant ID, source, target, target email or group name, type. Its values are checked once it has 6`,
  'trailing-empty-columns': (d) => `${str(d, 'extra')} empty column(s) after column 6, as Excel leaves them; delete the trailing commas`,
  'empty-value': () => 'the value is empty; all six columns must be filled',
  'control-character': (d) => `'${str(d, 'value')}' holds a line break, tab or other control character (shown escaped); the upload would read it wrongly. Correct the value`,
  'stray-space': (d) => `'${str(d, 'value')}' has spaces around it; delete them`,
  'kind-case': (d) => `'${str(d, 'value')}' must be written exactly '${str(d, 'expected')}'`,
  'invalid-kind': (d) => `'${str(d, 'value')}' is not a row kind; column 1 is 'User' or 'Group'`,
  'tenant-not-guid': (d) => `'${str(d, 'value')}' is not a GUID; column 2 is the source tenant ID (Entra ID > Overview > Tenant ID)`,
  'tenant-differs': (d) =>
    `source tenant ID ${str(d, 'value')} differs from ${str(d, 'expected')} on line ${str(d, 'expectedLine')} and most other rows; column 2 is the same source tenant ID on every row`,
  'tenant-not-source': (d) => `source tenant ID ${str(d, 'value')} is not the --source-tenant-id ${str(d, 'expected')}; fix column 2, or check which tenant this map is for`,
  'not-guid': (d) => `'${str(d, 'value')}' is not a GUID; for a group, column ${d['side'] === 'source' ? '3 is the source' : '4 is the target'} group's object ID`,
  'guid-form': (d) => `'${str(d, 'value')}' is not written as Microsoft writes GUIDs; whether the upload accepts braces or capitals is not documented. Write ${str(d, 'canonical')}`,
  'not-upn': (d) => `'${str(d, 'value')}' is not a user principal name (name@domain); column ${d['side'] === 'source' ? '3 is the source' : '4 is the target'} user's UPN`,
  'not-email': (d) => `'${str(d, 'value')}' is not an email address; column 5 is the target user's email, or the target UPN when the user has no mailbox`,
  apostrophe: (d) => `'${str(d, 'value')}' contains an apostrophe; the move fails with 'invalid character'. Rename the account without it before the move`,
  'alias-dot': (d) => `Microsoft 365 group alias '${str(d, 'value')}' contains '.'; the site move fails with 'invalid character'. Create the target group with an alias without '.' and use it here`,
  'alias-invalid': (d) =>
    `'${str(d, 'value')}' is not a mail alias (it contains ${str(d, 'chars')}); for an O365Group row column 5 is the target group's alias (mailNickname), usually the part of its address before '@'`,
  'group-name-not-target-id': (d) => `group name ${str(d, 'value')} is a GUID but not the target object ID; the docs say to use the target object ID (${str(d, 'expected')})`,
  'type-case': (d) => `'${str(d, 'value')}' must be written exactly '${str(d, 'expected')}'; whether the upload ignores case is not documented`,
  'type-invalid': (d) =>
    `'${str(d, 'value')}' is not a ${str(d, 'kind')} type${d['expected'] !== undefined ? `; write '${str(d, 'expected')}'` : ''}. Column 6 of a ${str(d, 'kind')} row is one of: ${str(d, 'allowed')}`,
  'type-none': (d) => `'None' is in the module's enum but is never a row's type; use one of: ${str(d, 'allowed')}`,
  'type-wrong-kind': (d) => `'${str(d, 'value')}' is a type for the other kind of row; column 6 of a ${str(d, 'kind')} row is one of: ${str(d, 'allowed')}`,
  'type-admin': (d) => `'${str(d, 'value')}' is in the module's enum but never emitted by default: Microsoft does not document what it does. Use it only if you know you need it`,
  'duplicate-source': (d) => `source ${str(d, 'value')} is already mapped on line ${str(d, 'firstLine')}; one source maps to one target. Keep one of the rows`,
  'duplicate-target': (d) =>
    `target ${str(d, 'value')} is already the target on line ${str(d, 'firstLine')}; two sources would land in one account and share their files. Keep one of the rows`,
  'source-is-target': (d) => `${str(d, 'value')} is a source here and a target on line ${str(d, 'otherLine')}; check that source and target are not swapped`,
  'source-not-found': (d) => `source ${str(d, 'value')} is not in ${str(d, 'export')}; check the spelling or export the source tenant again`,
  'target-not-found': (d) => `target ${str(d, 'value')} is not in ${str(d, 'export')}; pre-create it on the target tenant, or fix the spelling`,
  'target-type-mismatch': (d) => `the target is a ${str(d, 'userType')} account, so column 6 is '${str(d, 'expected')}', not '${str(d, 'value')}'`,
  'target-disabled': (d) => `target account ${str(d, 'value')} is disabled in the target export; enable it before the user signs in after the move`,
  'group-class-mismatch': (d) =>
    `the target group is a ${d['groupClass'] === 'm365' ? 'Microsoft 365 group' : 'security group'}, so column 6 is '${str(d, 'expected')}', not '${str(d, 'value')}'`,
  'distribution-list': (d) => `target group ${str(d, 'value')} is a distribution list; it cannot hold SharePoint permissions. Map a security or Microsoft 365 group, or delete the row`,
  'alias-mismatch': (d) =>
    `alias '${str(d, 'value')}' is not the target group's mail nickname '${str(d, 'expected')}'; the site URL comes from the alias, and a mismatch fails the move. Write '${str(d, 'expected')}'`,
};

export function lintMessage(f: LintFinding): string {
  return MESSAGES[f.code](f.data);
}

/** 'file:line: column N: severity: message [code]', one line a finding. */
export function lintLine(file: string, f: LintFinding): string {
  const column = f.column === undefined ? '' : ` column ${f.column}:`;
  return `${oneLine(`${file}:${f.line}:${column} ${f.severity}: ${lintMessage(f)}`)} [${f.code}]`;
}
