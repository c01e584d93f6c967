// Step 4 on each side: a read-only inventory of every site and OneDrive (facts §16.2), exported
// next to the script for ctmap preflight. Get-SPOSite lists; nothing is changed.

import { INVENTORY_COLUMNS } from '../../read/site-inventory.js';
import { action } from './blocks.js';
import { tenantConstants } from './context.js';
import { psQuote } from './quote.js';
import type { ScriptSpec, Side } from './script.js';
import { tenantsContext, type Tenants } from './tenants.js';

export const inventoryScriptName = (side: Side) => `04-${side}-inventory.ps1`;
export const inventoryFileName = (side: Side) => `${side}-sites.csv`;

export function inventoryScript(tenants: Tenants, side: Side): ScriptSpec {
  return {
    name: inventoryScriptName(side),
    purpose: `step 4 on the ${side.toUpperCase()} tenant: export every site and OneDrive to ${inventoryFileName(side)} for ctmap preflight (read-only).`,
    side,
    constants: [
      ...tenantConstants(tenantsContext(tenants), side),
      ['InventoryPath', `Join-Path $PSScriptRoot ${psQuote(inventoryFileName(side))}`],
      ['Properties', `@(${INVENTORY_COLUMNS.map(psQuote).join(', ')})`],
    ],
    body: action({
      key: '$InventoryPath',
      cmdlet: 'Get-SPOSite',
      params: ["Limit = 'All'", 'IncludePersonalSite = $true'],
      call: [
        '$sites = @(Get-SPOSite @params)',
        '# A property this module version lacks is exported empty, never guessed.',
        '$sites | Select-Object -Property $Properties | Export-Csv -LiteralPath $InventoryPath -NoTypeInformation -Encoding UTF8',
        "Add-Result $InventoryPath $cmdlet 'exported' ('{0} sites' -f $sites.Count)",
      ],
    }),
  };
}
