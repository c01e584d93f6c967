// Step 4 on the target (facts §3 step 4, §10): pre-create the groups the map has no target for.
// Microsoft 365 groups with Exchange Online's New-UnifiedGroup and the source's access type
// (-MailboxRegion where a group lives outside the default geo), security groups with
// Microsoft Graph's New-MgGroup. A group that exists already, or that an earlier run of this
// script created, is skipped, so the script can run again after a partial failure.

import type { NewM365Group, NewSecurityGroup } from '../../export/precreate/groups.js';
import { forEachItem } from './blocks.js';
import { psQuote } from './quote.js';
import { renderScript, type Connection, type ScriptSpec } from './script.js';

export const CREATE_GROUPS_SCRIPT = '04-target-create-groups.ps1';

const CONNECTION: Connection = {
  modules: 'ExchangeOnlineManagement, Microsoft.Graph.Groups',
  role: 'an Exchange Administrator and Groups Administrator',
  connectOptions: "Connect-ExchangeOnline, e.g. @{ UserPrincipalName = 'admin@fabrikam.com' }",
  generatedBy: 'ctmap export',
  when: 'before the identity map is built for the last time (step 4, before step 5)',
  functions: [
    '',
    '# Exchange Online for Microsoft 365 groups, Microsoft Graph for security groups; stops unless',
    '# the tenant has the target domain.',
    'function Connect-Tenant {',
    '  if ($DryRun) {',
    "    Write-Host 'DRY RUN: Connect-ExchangeOnline; Connect-MgGraph -Scopes Group.ReadWrite.All'",
    '    return',
    '  }',
    '  Connect-ExchangeOnline -ShowBanner:$false @ConnectOptions',
    "  if ($TargetDomain -ne '' -and -not (Get-AcceptedDomain | Where-Object { $_.DomainName -eq $TargetDomain })) {",
    '    Disconnect-ExchangeOnline -Confirm:$false',
    "    throw ('Connected to the wrong tenant: {0} is not one of its domains. Nothing was changed.' -f $TargetDomain)",
    '  }',
    "  Connect-MgGraph -Scopes 'Group.ReadWrite.All' -NoWelcome",
    '}',
    '',
    'function Disconnect-Tenant {',
    '  if (-not $DryRun) {',
    '    Disconnect-ExchangeOnline -Confirm:$false',
    '    Disconnect-MgGraph | Out-Null',
    '  }',
    '}',
  ],
};

// An earlier run's 'created' line, or a group with the alias already there: nothing to do.
const skipIfCreated = (label: string): string[] => [
  'if ($Created.Contains($item.Source)) {',
  `  Add-Result $item.Source $cmdlet 'skipped' ${psQuote(`${label} created by an earlier run`)}`,
  '  continue',
  '}',
];

export function createGroupsSpec(m365: readonly NewM365Group[], security: readonly NewSecurityGroup[], targetDomain: string): ScriptSpec {
  return {
    name: CREATE_GROUPS_SCRIPT,
    purpose: 'step 4 on the TARGET tenant: pre-create the groups that have no target yet (Microsoft 365 groups with the source access type, security groups).',
    side: 'target',
    connection: CONNECTION,
    constants: [['TargetDomain', psQuote(targetDomain)]],
    tables: [
      { name: 'M365Groups', comment: 'Microsoft 365 groups: Source is the source group object ID.', rows: m365.map((g) => ({ Source: g.source, DisplayName: g.displayName, Alias: g.alias, AccessType: g.accessType, MailboxRegion: g.mailboxRegion })) },
      { name: 'SecurityGroups', comment: 'Security groups: Source is the source group object ID.', rows: security.map((g) => ({ Source: g.source, DisplayName: g.displayName, MailNickname: g.mailNickname })) },
    ],
    body: [
      "$Created = Get-LoggedItems 'created'",
      '',
      ...forEachItem(
        'M365Groups',
        {
          cmdlet: 'New-UnifiedGroup',
          before: skipIfCreated('Microsoft 365 group'),
          params: ['DisplayName = $item.DisplayName', 'Alias = $item.Alias', 'AccessType = $item.AccessType'],
          prepare: ["if ($item.MailboxRegion -ne '') { $params.MailboxRegion = $item.MailboxRegion }"],
          call: [
            'if (Get-UnifiedGroup -Identity $item.Alias -ErrorAction SilentlyContinue) {',
            "  Add-Result $item.Source $cmdlet 'exists' ('a group with alias {0} exists already' -f $item.Alias)",
            '}',
            'else {',
            '  New-UnifiedGroup @params | Out-Null',
            "  Add-Result $item.Source $cmdlet 'created' $item.Alias",
            '}',
          ],
        },
        'Microsoft 365 groups, with the access type of the source group',
      ),
      '',
      ...forEachItem(
        'SecurityGroups',
        {
          cmdlet: 'New-MgGroup',
          before: skipIfCreated('security group'),
          params: ['DisplayName = $item.DisplayName', 'MailEnabled = $false', 'MailNickname = $item.MailNickname', 'SecurityEnabled = $true'],
          call: [
            "# An OData string literal doubles its apostrophes.",
            "$filter = \"mailNickname eq '\" + $item.MailNickname.Replace(\"'\", \"''\") + \"'\"",
            'if (@(Get-MgGroup -Filter $filter).Count -gt 0) {',
            "  Add-Result $item.Source $cmdlet 'exists' ('a group with mail nickname {0} exists already' -f $item.MailNickname)",
            '}',
            'else {',
            '  New-MgGroup @params | Out-Null',
            "  Add-Result $item.Source $cmdlet 'created' $item.MailNickname",
            '}',
          ],
        },
        'security groups (not mail-enabled: SharePoint permissions need no mail)',
      ),
    ],
  };
}

// renderScript writes the BOM (Windows PowerShell 5.1 reads a file without one as the ANSI code
// page); a second one would put U+FEFF before '#Requires'.
export function createGroupsScript(m365: readonly NewM365Group[], security: readonly NewSecurityGroup[], targetDomain: string): string {
  return renderScript(createGroupsSpec(m365, security, targetDomain));
}
