// What each finding says to the admin, and what to do about it. Detection never builds text.

import type { LintCode } from '../lint/findings.js';
import type { Finding, FindingCode } from '../model.js';
import { counted } from './plural.js';
import { lintMessage } from './lint.js';

type Data = NonNullable<Finding['data']>;

const str = (d: Data, k: string): string => {
  const v = d[k];
  return v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
};

// What Get-MgUser leaves empty unless asked (facts §9.3), with the columns matching needs.
const USER_PROPERTIES = 'Id,UserPrincipalName,Mail,ProxyAddresses,EmployeeId,UserType,AccountEnabled,OnPremisesImmutableId,GivenName,Surname,DisplayName';

const MESSAGES: Record<FindingCode, (d: Data, f: Finding) => string> = {
  'duplicate-key': (d, f) =>
    `${f.column === 'id' ? 'object ID' : 'UPN'} ${str(d, 'value')} appears more than once in this export (lines ${str(d, 'lines')}); none of these rows is mapped until the export is fixed`,
  'duplicate-object-id': (d) => `object ID ${str(d, 'value')} appears more than once in this export (lines ${str(d, 'lines')}); none of these rows is mapped until the export is fixed`,
  'ragged-row': (d) => `row has ${str(d, 'got')} values but the header has ${str(d, 'expected')}; the row was skipped. Check for an unquoted delimiter in a value`,
  'multi-value-lost': (d, f) =>
    `column ${f.column ?? ''} holds 'System.String[]' in ${str(d, 'count')} rows (lines ${str(d, 'lines')}${Number(d['count']) > 20 ? ', ...' : ''}): Export-Csv lost the list. Export it joined, e.g. ${joinedExport(f.column ?? '', str(d, 'kind'))}`,
  'question-marks': (d) =>
    `names contain '?' in ${counted(Number(d['count']), 'row')} (lines ${str(d, 'lines')}${Number(d['count']) > 20 ? ', ...' : ''}): the export was probably written as ASCII. Export again with Export-Csv -Encoding UTF8`,
  'decoded-as-windows-1252': () => 'the file is not valid UTF-8 and was read as Windows-1252 (Excel "CSV" save); check names with accents',
  'blank-key': (_d, f) => `row has no ${f.column === 'id' ? 'object ID' : 'UPN'}; the row was skipped`,
  'invalid-object-id': (d) => `object ID '${str(d, 'value')}' is not a GUID`,
  'empty-requested-column': (_d, f) =>
    `column ${f.column ?? ''} is empty in every row: Get-MgUser fills it only when asked, e.g. Get-MgUser -All -Property ${USER_PROPERTIES}`,
  'no-domain-rules': () => 'no --domain rules given: UPNs are compared only as addresses. Add --domain source.com=target.com for each source domain',
  'ids-not-shared': (_d, f) => `${f.column ?? 'IDs'} values exist in both tenants but almost none are equal: treated as different numbering schemes, so differing values are not held against a pair`,
  'apostrophe-in-upn': () => "UPN contains an apostrophe: the move fails with 'invalid character'. Rename the account before the move",
  'target-disabled': () => 'the target account is disabled',
  'member-to-guest': (d) => `the only target for this member is the guest account ${str(d, 'target')}: a member must not become a guest. Pre-create a member account, or confirm with a decision`,
  'distribution-list': () => 'distribution lists cannot hold SharePoint permissions; not mapped',
  'group-type-unknown': () =>
    `the export does not tell a Microsoft 365 group from a distribution list (GroupTypes missing or written as 'System.String[]'). Export it joined: ${joinedExport('groupTypes', 'group')}`,
  'm365-alias-dot': (d) => `Microsoft 365 group name '${str(d, 'value')}' contains '.': the site move fails with 'invalid character'`,
  'decision-source-gone': (d) => `decision for ${str(d, 'source')} ignored: the source is no longer in the source export. Delete the row, or check the key`,
  'decision-target-gone': (d) =>
    `decision for ${str(d, 'source')} ignored: target ${str(d, 'target')} is not in the target export. Check the key in the target column, or export the target tenant again`,
  'decision-breaks-one-to-one': (d) => ONE_TO_ONE[str(d, 'why')]?.(d) ?? `decision for ${str(d, 'source')} ignored: it would map target ${str(d, 'target')} twice`,
  'decision-contradictory': (d) => `decisions for ${str(d, 'source')} disagree (${str(d, 'said')}): none of them is applied. Keep one`,
  'decision-invalid': (d, f) => DECISION_INVALID[f.column ?? 'decision']?.(str(d, 'value')) ?? `'${str(d, 'value')}' not understood`,
  // issue 10 (map side)
  'unsafe-map-value': (d) =>
    `kept out of identity-map.csv: its row would be rejected by ctmap lint at column ${str(d, 'mapColumn')} (${lintMessage({ code: str(d, 'lintCode') as LintCode, severity: 'error', line: 0, data: d as Record<string, string> })} [${str(d, 'lintCode')}]). Correct the value in the tenant and export again, or map this principal by hand`,
  'domain-rules-proposed': (d) =>
    `the exports suggest domain rules (not applied): ${str(d, 'evidence')}. To use them, add: ${str(d, 'flags')}`,
};

// The Graph property behind a multi-valued column, as Select-Object names it.
const PROPERTY: Readonly<Record<string, string>> = { proxyAddresses: 'ProxyAddresses', otherMails: 'OtherMails', groupTypes: 'GroupTypes', businessPhone: 'BusinessPhones' };

/** The command that exports this column joined, for users or for groups. */
function joinedExport(column: string, kind: string): string {
  const property = PROPERTY[column] ?? column;
  // BusinessPhones (a supporting attribute) is not among the matching properties: asked for as well.
  const properties = column === 'businessPhone' ? `${USER_PROPERTIES},${property}` : USER_PROPERTIES;
  const cmdlet = kind === 'group' ? 'Get-MgGroup -All' : `Get-MgUser -All -Property ${properties}`;
  return `${cmdlet} | Select-Object *,@{n='${property}';e={$_.${property} -join ';'}} -ExcludeProperty ${property} | Export-Csv ${kind === 'group' ? 'groups' : 'users'}.csv -NoTypeInformation -Encoding UTF8`;
}

// Why a decision would break one-to-one, by data.why.
const ONE_TO_ONE: Record<string, (d: Data) => string> = {
  'target-accepted-twice': (d) =>
    `decision for ${str(d, 'source')} ignored: target ${str(d, 'target')} is accepted for ${str(d, 'other')} as well. Accept it for one source only`,
  'source-twice-in-export': (d) => `decision for ${str(d, 'source')} ignored: the source appears more than once in its export. Fix the export first`,
  'target-twice-in-export': (d) => `decision for ${str(d, 'source')} ignored: target ${str(d, 'target')} appears more than once in its export. Fix the export first`,
  'automatic-match-lost': (d) =>
    `a reviewer's decision maps ${str(d, 'target')} to ${str(d, 'source')}, so ${str(d, 'other')} loses its automatic match to it and is no longer in the map: decide ${str(d, 'other')} too`,
};

// What is wrong with a decision row, by the column at fault.
const DECISION_INVALID: Record<string, (value: string) => string> = {
  decision: (v) => `decision '${v}' not understood: write accept, reject or create, or leave it empty`,
  kind: (v) => `kind '${v}' not understood: keep user or group as ctmap wrote it`,
  source: () => 'the row has a decision but no source key',
  target: () => 'accept needs a target: keep the proposed target key in the target column, or put another target key there',
};

export function findingMessage(f: Finding): string {
  return MESSAGES[f.code](f.data ?? {}, f);
}
