// Step 6 on the source: start and stop each wave (status.ts reads the states). A start
// script run again after a partial failure skips what its log says it started and what the
// service already knows, so no move is started twice.

import { MOVE_KINDS, type Move, type Wave } from '../../plan/types.js';
import { forEachItem, type Action } from './blocks.js';
import { KIND_CMDLETS, type KindCmdlets } from './cmdlets.js';
import { SCRIPT, tenantConstants, type RunbookContext } from './context.js';
import { psUtcDate } from './quote.js';
import type { PsTable, ScriptSpec } from './script.js';

const ofKind = (moves: readonly Move[], kind: Move['kind']) => moves.filter((m) => m.kind === kind);

function waveTables(wave: Wave): PsTable[] {
  return MOVE_KINDS.map((kind) => ({
    name: KIND_CMDLETS[kind].table,
    comment: `${KIND_CMDLETS[kind].label}: source, target.`,
    rows: ofKind(wave.moves, kind).map((m) => ({ Source: m.source, Target: m.target })),
  }));
}

/** One loop per kind of move over its table, separated by blank lines (status.ts and retry.ts too). */
export function perKind(loop: (k: KindCmdlets) => { action: Omit<Action, 'key'>; comment: string }): string[] {
  return MOVE_KINDS.flatMap((kind, i) => {
    const k = KIND_CMDLETS[kind];
    const { action, comment } = loop(k);
    return [...(i > 0 ? [''] : []), ...forEachItem(k.table, action, comment)];
  });
}

function counted(wave: Wave): string {
  return MOVE_KINDS.map((k) => `${ofKind(wave.moves, k).length} ${KIND_CMDLETS[k].label.replace(/ \(.*\)$/, '')}`).join(', ');
}

export function startScript(ctx: RunbookContext, wave: Wave): ScriptSpec {
  const dates = (name: string, date: Date | undefined): [string, string] => [name, date ? psUtcDate(date) : '$null'];
  return {
    name: SCRIPT.start(wave.number, ctx.waves.length),
    purpose: `step 6 on the SOURCE tenant: start wave ${wave.number} of ${ctx.waves.length} (${counted(wave)}).`,
    side: 'source',
    constants: [...tenantConstants(ctx, 'source'), dates('Begin', wave.begin), dates('End', wave.end)],
    tables: waveTables(wave),
    functions: [
      [
        '# The preferred window of this wave, in UTC, when the plan has one.',
        'function Add-Schedule {',
        '  param([hashtable]$Parameters)',
        "  if ($null -ne $Begin) { $Parameters['PreferredMoveBeginDate'] = $Begin }",
        "  if ($null -ne $End) { $Parameters['PreferredMoveEndDate'] = $End }",
        '}',
      ].join('\r\n'),
    ],
    body: [
      "$started = Get-LoggedItems 'started'",
      '',
      ...perKind((k) => ({
        comment: `${k.label}: ${k.start}, unless a move exists already.`,
        action: {
          cmdlet: k.start,
          before: ['if ($started.Contains($item.Source)) {', "  Add-Result $item.Source $cmdlet 'skipped' 'logged as started by an earlier run of this script'", '  continue', '}'],
          params: [`${k.sourceParam} = $item.Source`, `${k.targetParam} = $item.Target`, 'TargetCrossTenantHostUrl = $PartnerHostUrl'],
          prepare: ['Add-Schedule $params'],
          call: [
            '$state = $null',
            `try { $state = Get-StateText (${k.state} -PartnerCrossTenantHostUrl $PartnerHostUrl -${k.sourceParam} $item.Source) } catch { $state = '' }`,
            "if ($state -notin @('', 'None', 'NotFound')) { Add-Result $item.Source $cmdlet 'skipped' ('the service already has a move in state {0}' -f $state) }",
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

export function stopScript(ctx: RunbookContext, wave: Wave): ScriptSpec {
  return {
    name: SCRIPT.stop(wave.number, ctx.waves.length),
    purpose: `step 6 on the SOURCE tenant: stop the moves of wave ${wave.number} that have not begun (${counted(wave)}).`,
    side: 'source',
    constants: tenantConstants(ctx, 'source'),
    tables: waveTables(wave),
    body: perKind((k) => ({
      comment: `${k.label}: ${k.stop}. Moves in progress or done cannot be stopped.`,
      action: { cmdlet: k.stop, params: [`${k.sourceParam} = $item.Source`], call: [`${k.stop} @params | Out-Null`, "Add-Result $item.Source $cmdlet 'stopped'"] },
    })),
  };
}
