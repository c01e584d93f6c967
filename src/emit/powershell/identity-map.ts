// Step 5 on the target: upload the map, then read every row back. Add-SPOTenantIdentityMap
// skips rows it cannot use without a terminating error (facts §8.1), so only the read-back
// shows what the target really holds. Each upload replaces the whole map.

import { compareKeys } from '../../order.js';
import { action, forEachItem, indent } from './blocks.js';
import { MAP_FILE, SCRIPT, tenantConstants, type RunbookContext } from './context.js';
import { psQuote } from './quote.js';
import type { ScriptSpec } from './script.js';
import { counted } from '../../wording/plural.js';

// Table, cmdlet, its -Field, and the property that must equal the row's target (facts §4).
const READ_BACK = [
  ['MappedUsers', 'Get-SPOTenantIdentityMappingUser', 'SourceUserKey', 'TargetUserUpn'],
  ['MappedGroups', 'Get-SPOTenantIdentityMappingGroup', 'SourceGroupObjectId', 'TargetGroupObjectId'],
] as const;

// The map's own order may vary between runs of ctmap map; the script's must not.
const sortedBySource = <T extends { source: string }>(rows: readonly T[]) => [...rows].sort((a, b) => compareKeys(a.source, b.source));

/** Reads one mapping back and compares one property of it with the expected target. */
function readBack(cmdlet: string, property: string): string[] {
  return [
    `$found = @(${cmdlet} @params)`,
    "if ($found.Count -eq 0) { Add-Result $item.Source $cmdlet 'missing' 'not in the map on the target: the upload skipped this row; check it in identity-map.csv' }",
    `else {`,
    `  $actual = Get-PropertyText $found[0] ${psQuote(property)}`,
    "  if ($actual -ne '' -and $actual -ne $item.Target) { Add-Result $item.Source $cmdlet 'different' ('the target maps it to {0}' -f $actual) }",
    "  else { Add-Result $item.Source $cmdlet 'ok' }",
    `}`,
  ];
}

export function uploadMapScript(ctx: RunbookContext): ScriptSpec {
  const rows = ctx.users.length + ctx.groups.length;
  return {
    name: SCRIPT.uploadMap,
    purpose: `step 5 on the TARGET tenant: upload ${MAP_FILE} (${counted(rows, 'row')}; it replaces the whole map), then read every row back.`,
    side: 'target',
    constants: [...tenantConstants(ctx, 'target'), ['MapPath', `(Join-Path $PSScriptRoot ${psQuote(MAP_FILE)})`]],
    tables: [
      { name: 'MappedUsers', comment: 'User rows of identity-map.csv: source UPN, target UPN.', rows: sortedBySource(ctx.users).map((u) => ({ Source: u.source, Target: u.target })) },
      { name: 'MappedGroups', comment: 'Group rows of identity-map.csv: source and target group object ID.', rows: sortedBySource(ctx.groups).map((g) => ({ Source: g.source, Target: g.target })) },
    ],
    functions: [
      [
        "# A property of the mapping read back, or '' when this module version does not show it.",
        'function Get-PropertyText {',
        '  param($Mapping, [string]$Name)',
        '  $property = $Mapping.PSObject.Properties[$Name]',
        "  if ($null -eq $property) { return '' }",
        '  return [string]$property.Value',
        '}',
      ].join('\r\n'),
    ],
    body: [
      '$uploaded = $false',
      ...action({
        key: '$MapPath',
        cmdlet: 'Add-SPOTenantIdentityMap',
        params: ['IdentityMapPath = $MapPath'],
        call: [
          'Add-SPOTenantIdentityMap @params',
          '$uploaded = $true',
          "Add-Result $MapPath $cmdlet 'uploaded' ('the map on the target now holds what this file holds: {0} rows' -f ($MappedUsers.Count + $MappedGroups.Count))",
        ],
      }),
      '',
      'if ($uploaded -or $DryRun) {',
      ...indent(
        READ_BACK.flatMap(([table, cmdlet, field, property], i) => [
        ...(i > 0 ? [''] : []),
        ...forEachItem(table, { cmdlet, params: [`Field = ${psQuote(field)}`, 'Value = $item.Source'], call: readBack(cmdlet, property) }, `Every ${table === 'MappedUsers' ? 'user' : 'group'} row, read back from the target.`),
        ]),
      ),
      '}',
    ],
  };
}

export function compatScript(ctx: RunbookContext): ScriptSpec {
  return {
    name: SCRIPT.compat,
    purpose: 'step 5 on the SOURCE tenant: check compatibility with the target tenant (source only).',
    side: 'source',
    constants: tenantConstants(ctx, 'source'),
    body: action({
      key: '$PartnerHostUrl',
      cmdlet: 'Get-SPOCrossTenantCompatibilityStatus',
      params: ['PartnerCrossTenantHostUrl = $PartnerHostUrl'],
      call: [
        '$status = [string](Get-SPOCrossTenantCompatibilityStatus @params)',
        "if ($status -eq 'Incompatible') { Add-Result $PartnerHostUrl $cmdlet 'incompatible' 'wait 48 hours and run this again; if it stays Incompatible, contact Microsoft support' }",
        'else { Add-Result $PartnerHostUrl $cmdlet $status }',
      ],
    }),
  };
}
