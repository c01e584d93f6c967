// Step 4 on the target: the target OneDrives that already exist for moving users (facts §2.1,
// §16.6). Listing is the default; with -Remove, only a OneDrive that holds at most 1 MB now
// (read again, not taken from the inventory) goes: Remove-SPOSite, then Remove-SPODeletedSite
// (facts §3 step 7). One with content is listed for a person to decide.

import { action, indent } from './blocks.js';
import { tenantConstants } from './context.js';
import { SPO_CONNECTION, type ScriptSpec } from './script.js';
import { tenantsContext, type Tenants } from './tenants.js';

export const CLEAR_ONEDRIVES_SCRIPT = '04-target-clear-onedrives.ps1';
/** At most this much StorageUsageCurrent (MB) counts as empty. */
export const EMPTY_MB = 1;

export interface ConflictingOneDrive {
  url: string;
  owner: string;
}

export function clearOneDrivesScript(tenants: Tenants, oneDrives: readonly ConflictingOneDrive[]): ScriptSpec {
  return {
    name: CLEAR_ONEDRIVES_SCRIPT,
    purpose: `step 4 on the TARGET tenant: list the ${oneDrives.length} target OneDrives that exist already for moving users; with -Remove, delete those with at most ${EMPTY_MB} MB.`,
    side: 'target',
    // Written by ctmap preflight, not plan: the header names the command that writes it again.
    connection: { ...SPO_CONNECTION, generatedBy: 'ctmap preflight' },
    params: ['[switch]$Remove'],
    constants: [...tenantConstants(tenantsContext(tenants), 'target'), ['MaxEmptyMb', String(EMPTY_MB)]],
    tables: [{ name: 'ConflictingOneDrives', comment: 'OneDrives found by ctmap preflight: URL, owner (the target UPN).', rows: oneDrives.map((o) => ({ Url: o.url, Owner: o.owner })) }],
    body: [
      '# Each OneDrive read again now: its size decides, not the inventory.',
      'foreach ($item in $ConflictingOneDrives) {',
      ...indent(action({
        key: '$item.Url',
        cmdlet: 'Get-SPOSite',
        params: ['Identity = $item.Url'],
        call: [
          '$site = Get-SPOSite @params',
          '$mb = -1',
          "$property = $site.PSObject.Properties['StorageUsageCurrent']",
          'if ($null -ne $property -and $null -ne $property.Value) { $mb = [long]$property.Value }',
          'if (-not $Remove) {',
          "  Add-Result $item.Url $cmdlet 'listed' ('owner {0}, {1} MB; run again with -Remove to delete it when it is empty' -f $item.Owner, $mb)",
          '}',
          'elseif ($mb -lt 0 -or $mb -gt $MaxEmptyMb) {',
          "  Add-Result $item.Url $cmdlet 'kept' ('owner {0}, {1} MB: it has content (or no size), for a person to decide' -f $item.Owner, $mb)",
          '}',
          'else {',
          '  Remove-SPOSite -Identity $item.Url -Confirm:$false',
          '  Remove-SPODeletedSite -Identity $item.Url -Confirm:$false',
          "  Add-Result $item.Url 'Remove-SPODeletedSite' 'removed' ('owner {0}, {1} MB; deleted for good' -f $item.Owner, $mb)",
          '}',
        ],
      })),
      '}',
    ],
  };
}
