// Every script of the runbook, in the order they run.

import type { OutputFile } from '../write.js';
import type { RunbookContext } from './context.js';
import { compatScript, uploadMapScript } from './identity-map.js';
import { inventoryScript } from './inventory.js';
import { startScript, stopScript } from './moves.js';
import { redirectCleanupScript } from './redirects.js';
import { renderScript, type ScriptSpec } from './script.js';
import { statusSnapshotScript } from './status.js';
import { removeTrustScript, trustScript, verifyScript } from './trust.js';

export function runbookSpecs(ctx: RunbookContext): ScriptSpec[] {
  return [
    trustScript(ctx, 'source'),
    trustScript(ctx, 'target'),
    verifyScript(ctx, 'source'),
    verifyScript(ctx, 'target'),
    inventoryScript(ctx, 'source'),
    inventoryScript(ctx, 'target'),
    uploadMapScript(ctx),
    compatScript(ctx),
    ...ctx.waves.flatMap((w) => [startScript(ctx, w), stopScript(ctx, w)]),
    ...(['source', 'target'] as const).map((side) => statusSnapshotScript(ctx, side, ctx.waves.flatMap((w) => w.moves.map((m) => ({ ...m, wave: w.number }))))),
    removeTrustScript(ctx, 'source'),
    removeTrustScript(ctx, 'target'),
    redirectCleanupScript(ctx),
  ];
}

export function runbookScripts(ctx: RunbookContext): OutputFile[] {
  return runbookSpecs(ctx).map((spec) => ({ name: spec.name, content: renderScript(spec) }));
}
