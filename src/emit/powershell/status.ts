// Step 6, status on either side (facts §3 step 6, §16.1): the state of every planned move, one
// call per move so each row keeps its UPN, site URL or alias (the bulk output is keyed by URL).
// Each run logs as every script does and also writes a snapshot, status-<UTC>.csv, that
// ctmap status reads: Time,Wave,Kind,Source,Target,State,Detail.

import { MOVE_KINDS, type MoveKind } from '../../plan/types.js';
import { KIND_CMDLETS } from './cmdlets.js';
import { SCRIPT, tenantConstants } from './context.js';
import { perKind } from './moves.js';
import type { ScriptSpec, Side } from './script.js';
import { tenantsContext, type Tenants } from './tenants.js';

/** The Kind column of a snapshot. */
export const SNAPSHOT_KIND: Record<MoveKind, string> = { onedrive: 'OneDrive', site: 'Site', 'group-site': 'GroupSite' };
export const SNAPSHOT_COLUMNS = ['Time', 'Wave', 'Kind', 'Source', 'Target', 'State', 'Detail'] as const;
/** The names the status scripts give their snapshots; the target's end in -target. */
export const SNAPSHOT_NAME = /^status-\d{8}T\d{6}Z(?:-target)?\.csv$/;

export const statusScriptName = (side: Side) => (side === 'source' ? SCRIPT.status : '06-target-status.ps1');

export interface StatusMove {
  wave: number;
  kind: MoveKind;
  source: string;
  target: string;
}

// Both are guarded: the cmdlets document no output properties (facts §16.1).
const FUNCTIONS = [
  [
    '# The error message, or else the percent complete, when the state object has them.',
    'function Get-StateDetail {',
    '  param($State)',
    '  $items = @($State)',
    "  if ($items.Count -eq 0 -or $null -eq $items[0]) { return '' }",
    "  foreach ($name in @('ErrorMessage', 'PercentComplete')) {",
    '    $property = $items[0].PSObject.Properties[$name]',
    "    if ($null -ne $property -and $null -ne $property.Value -and [string]$property.Value -ne '') {",
    "      if ($name -eq 'PercentComplete') { return ('{0}%' -f $property.Value) }",
    '      return [string]$property.Value',
    '    }',
    '  }',
    "  return ''",
    '}',
  ].join('\r\n'),
  [
    '# One snapshot row per move the service knows.',
    'function Add-Snapshot {',
    '  param($Item, [string]$Kind, [string]$State, [string]$Detail)',
    '  $Snapshot.Add([pscustomobject]@{',
    "    Time = [datetime]::UtcNow.ToString('s') + 'Z'",
    '    Wave = $Item.Wave',
    '    Kind = $Kind',
    '    Source = $Item.Source',
    '    Target = $Item.Target',
    '    State = $State',
    '    Detail = $Detail',
    '  })',
    '}',
  ].join('\r\n'),
];

export function statusSnapshotScript(tenants: Tenants, side: Side, moves: readonly StatusMove[]): ScriptSpec {
  const stamp = "$Now.ToString('yyyyMMdd', $Invariant) + 'T' + $Now.ToString('HHmmss', $Invariant) + 'Z'";
  return {
    name: statusScriptName(side),
    purpose: `step 6 on the ${side.toUpperCase()} tenant: the state of every move of the plan, as a status-<UTC time>${side === 'target' ? '-target' : ''}.csv snapshot for ctmap status (-Wave N for one wave).`,
    side,
    params: ['[int]$Wave = 0'],
    constants: [
      ...tenantConstants(tenantsContext(tenants), side),
      ['Now', '[datetime]::UtcNow'],
      ['Invariant', '[System.Globalization.CultureInfo]::InvariantCulture'],
      ['SnapshotPath', `Join-Path $PSScriptRoot ('status-' + ${stamp} + '${side === 'target' ? '-target' : ''}.csv')`],
      ['Snapshot', "New-Object 'System.Collections.Generic.List[object]'"],
    ],
    tables: MOVE_KINDS.map((kind) => ({
      name: KIND_CMDLETS[kind].table,
      comment: `${KIND_CMDLETS[kind].label}: wave, source, target.`,
      rows: moves.filter((m) => m.kind === kind).map((m) => ({ Wave: m.wave, Source: m.source, Target: m.target })),
    })),
    functions: FUNCTIONS,
    body: [
      ...perKind((k) => {
        const kind = MOVE_KINDS.find((x) => KIND_CMDLETS[x] === k)!;
        return {
          comment: `${k.label}: ${k.state}.`,
          action: {
            cmdlet: k.state,
            before: ['if ($Wave -ne 0 -and $item.Wave -ne $Wave) { continue }'],
            params: ['PartnerCrossTenantHostUrl = $PartnerHostUrl', `${k.sourceParam} = $item.Source`],
            call: [
              `$state = @(${k.state} @params)`,
              "$text = ''",
              '# Get-StateText reads the first item: only when there is one (strict mode).',
              'if ($state.Count -gt 0) { $text = Get-StateText $state }',
              "if ($text -eq '') { Add-Result $item.Source $cmdlet 'unknown' 'the service reports no move' }",
              'else {',
              `  Add-Snapshot $item '${SNAPSHOT_KIND[kind]}' $text (Get-StateDetail $state)`,
              '  Add-Result $item.Source $cmdlet $text',
              '}',
            ],
          },
        };
      }),
      '',
      '# The snapshot, for ctmap status; a dry run writes none.',
      'if (-not $DryRun -and $Snapshot.Count -gt 0) {',
      '  $Snapshot | Export-Csv -LiteralPath $SnapshotPath -NoTypeInformation -Encoding UTF8',
      "  Write-Host ('Snapshot: {0}' -f $SnapshotPath)",
      '}',
    ],
  };
}
