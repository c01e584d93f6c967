// After ctmap status, on the source: start the failed moves again, and stop the moves that have
// not begun (facts §5, §16.6 item 7). Both ask the service for the move's state right before
// acting, so a snapshot that is out of date cannot make them start or stop the wrong move.

import { MOVE_KINDS, type MoveKind } from '../../plan/types.js';
import { STOPPABLE_STATES } from '../../status/states.js';
import type { KindCmdlets } from './cmdlets.js';
import { KIND_CMDLETS } from './cmdlets.js';
import { tenantConstants } from './context.js';
import { perKind } from './moves.js';
import { psQuote } from './quote.js';
import { SPO_CONNECTION, type PsTable, type ScriptSpec } from './script.js';
import { tenantsContext, type Tenants } from './tenants.js';

export interface ScriptMove {
  kind: MoveKind;
  source: string;
  target: string;
}

export const retryScriptName = (n: number) => `06-source-retry-${String(n).padStart(2, '0')}.ps1`;
export const RETRY_SCRIPT = /^06-source-retry-(\d+)\.ps1$/;
export const STOP_PENDING_SCRIPT = '06-source-stop-pending.ps1';
// Written by ctmap status, not plan: the header must name the command that writes them again.
const STATUS_CONNECTION = { ...SPO_CONNECTION, generatedBy: 'ctmap status' };

function tables(moves: readonly ScriptMove[]): PsTable[] {
  return MOVE_KINDS.map((kind) => ({
    name: KIND_CMDLETS[kind].table,
    comment: `${KIND_CMDLETS[kind].label}: source, target.`,
    rows: moves.filter((m) => m.kind === kind).map((m) => ({ Source: m.source, Target: m.target })),
  }));
}

/** The move's state now, '' when the service has none; Get-StateText only with an item (strict mode). */
const currentState = (k: KindCmdlets) => [
  "$now = ''",
  `$found = @(${k.state} -PartnerCrossTenantHostUrl $PartnerHostUrl -${k.sourceParam} $item.Source)`,
  'if ($found.Count -gt 0) { $now = Get-StateText $found }',
];

export function retryScript(tenants: Tenants, number: number, moves: readonly ScriptMove[]): ScriptSpec {
  return {
    name: retryScriptName(number),
    purpose: `step 6 on the SOURCE tenant: start the ${moves.length} failed moves again, after their causes are fixed (written by ctmap status).`,
    side: 'source',
    connection: STATUS_CONNECTION,
    constants: [...tenantConstants(tenantsContext(tenants), 'source'), ['RetryStates', "@('', 'None', 'NotFound', 'Failed', 'Stopped')"]],
    tables: tables(moves),
    body: [
      "$started = Get-LoggedItems 'started'",
      '',
      ...perKind((k) => ({
        comment: `${k.label}: ${k.start} again, only when the service has the move failed, stopped or not at all.`,
        action: {
          cmdlet: k.start,
          before: ['if ($started.Contains($item.Source)) {', "  Add-Result $item.Source $cmdlet 'skipped' 'logged as started by an earlier run of this script'", '  continue', '}'],
          params: [`${k.sourceParam} = $item.Source`, `${k.targetParam} = $item.Target`, 'TargetCrossTenantHostUrl = $PartnerHostUrl'],
          call: [
            ...currentState(k),
            "if ($RetryStates -notcontains $now) { Add-Result $item.Source $cmdlet 'skipped' ('the service has the move in state {0}, not failed' -f $now) }",
            'else {',
            `  ${k.start} @params | Out-Null`,
            "  Add-Result $item.Source $cmdlet 'started'",
            '}',
          ],
        },
      })),
    ],
  };
}

export function stopPendingScript(tenants: Tenants, moves: readonly ScriptMove[]): ScriptSpec {
  return {
    name: STOP_PENDING_SCRIPT,
    purpose: `step 6 on the SOURCE tenant: stop the ${moves.length} moves that had not begun at the latest snapshot (written by ctmap status).`,
    side: 'source',
    connection: STATUS_CONNECTION,
    constants: [...tenantConstants(tenantsContext(tenants), 'source'), ['StoppableStates', `@(${STOPPABLE_STATES.map(psQuote).join(', ')})`]],
    tables: tables(moves),
    body: perKind((k) => ({
      comment: `${k.label}: ${k.stop}, only while the service still has the move in a stoppable state.`,
      action: {
        cmdlet: k.stop,
        params: [`${k.sourceParam} = $item.Source`],
        call: [
          ...currentState(k),
          "if ($StoppableStates -notcontains $now) { Add-Result $item.Source $cmdlet 'skipped' ('the move is in state {0} now and cannot be stopped' -f $now) }",
          'else {',
          `  ${k.stop} @params | Out-Null`,
          "  Add-Result $item.Source $cmdlet 'stopped'",
          '}',
        ],
      },
    })),
  };
}
