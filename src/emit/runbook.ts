// RUNBOOK.md: who runs which script where, in which order, what to check between steps, and
// the warnings of the facts file that apply to this plan. Deterministic: no date but --start.

import { countSeverity } from '../findings.js';
import { planFindingLine } from '../wording/plan-findings.js';
import { counted } from '../wording/plural.js';
import { MOVE_KINDS, type MoveKind, type PlanFinding, type Wave } from '../plan/types.js';
import { tenantOf } from '../read/shapes.js';
import { CLEAR_ONEDRIVES_SCRIPT } from './powershell/clear-onedrives.js';
import { MAP_FILE, SCRIPT, type RunbookContext } from './powershell/context.js';
import { inventoryFileName, inventoryScriptName } from './powershell/inventory.js';
import { statusScriptName } from './powershell/status.js';
import { formatUtc } from './utc.js';

export interface RunbookInput {
  ctx: RunbookContext;
  waveSize: number;
  findings: readonly PlanFinding[];
}

const count = (waves: readonly Wave[], kind: MoveKind) => waves.reduce((n, w) => n + w.moves.filter((m) => m.kind === kind).length, 0);
const when = (d: Date | undefined) => (d ? `${formatUtc(d, ' ')} UTC` : 'not set');

export function runbookMarkdown({ ctx, waveSize, findings }: RunbookInput): string {
  const { waves } = ctx;
  const n = Object.fromEntries(MOVE_KINDS.map((k) => [k, count(waves, k)])) as Record<MoveKind, number>;
  const src = tenantOf(ctx.source.adminUrl);
  const tgt = tenantOf(ctx.target.adminUrl);
  const admin = (side: 'source' | 'target') => `SharePoint admin of ${side === 'source' ? src : tgt}`;
  const lines: string[] = [
    `# Runbook: ${src} to ${tgt}`,
    '',
    'Written by `ctmap plan`. Run the scripts in the order below, each in Windows PowerShell 5.1 or',
    'PowerShell 7 with the SharePoint Online Management Shell (`Microsoft.Online.SharePoint.PowerShell`)',
    'installed, signed in as a SharePoint Administrator of the tenant the script names.',
    '',
    '| | tenant | admin center | cross-tenant host URL |',
    '|---|---|---|---|',
    `| source | ${src} | ${ctx.source.adminUrl} | ${ctx.source.hostUrl} |`,
    `| target | ${tgt} | ${ctx.target.adminUrl} | ${ctx.target.hostUrl} |`,
    '',
    `Moves: ${n.onedrive} OneDrive, ${counted(n.site, 'site')}, ${counted(n['group-site'], 'group-connected site')}, in ${counted(waves.length, 'wave')} of at most ${waveSize}.`,
    `Identity map: \`${MAP_FILE}\` in this folder, ${counted(ctx.users.length, 'user row')} and ${counted(ctx.groups.length, 'group row')}, uploaded as it is.`,
    '',
    ...findingsSection(findings),
    '## Every script',
    '',
    '- `-DryRun` prints each call it would make, with every value quoted, and connects to nothing.',
    '- It connects to its tenant with `Connect-SPOService` and stops at once when `Get-SPOCrossTenantHostUrl`',
    '  shows another tenant. `-ConnectOptions @{ ... }` passes more parameters to `Connect-SPOService`.',
    '- Each item runs in its own `try`/`catch` and adds one line (time, item, cmdlet, outcome, error) to',
    '  `<script>.log.csv` next to the script. A summary closes the run; the exit code is 1 when an item failed.',
    '- Running a start script again after a partial failure starts only what is left: it skips every item',
    '  its log shows as `started`, and every move the service already reports in some state.',
    '',
    '## Order',
    '',
    '| # | script | tenant | run by | before going on, check |',
    '|---|---|---|---|---|',
    ...orderRows(ctx, admin).map((r, i) => `| ${i + 1} | ${r.join(' | ')} |`),
    '',
    ...wavesSection(waves),
    '## Warnings that apply',
    '',
    ...warnings(ctx, n).map((w) => `- ${w}`),
    '',
  ];
  return lines.join('\n');
}

function findingsSection(findings: readonly PlanFinding[]): string[] {
  if (findings.length === 0) return [];
  const errors = countSeverity(findings, 'error');
  return [
    '## Findings',
    '',
    errors > 0 ? `${counted(errors, 'move')} ${errors === 1 ? 'was' : 'were'} left out of the waves; fix the inputs and run \`ctmap plan\` again.` : 'Nothing was left out, but check these:',
    '',
    ...findings.map((f) => `- ${planFindingLine(f).replace(/\s+/, ' ')}`),
    '',
  ];
}

function orderRows(ctx: RunbookContext, admin: (side: 'source' | 'target') => string): string[][] {
  const total = ctx.waves.length;
  const rows = [
    [`\`${SCRIPT.trust('source')}\``, 'source', admin('source'), 'outcome `requested`; the target admins get an e-mail'],
    [`\`${SCRIPT.trust('target')}\``, 'target', admin('target'), 'outcome `requested`; the source admins get an e-mail'],
    [`\`${SCRIPT.verify('source')}\``, 'source', admin('source'), '`GoodToProceed`; `DormantByPartner` means the 7-day waiting period is not over'],
    [`\`${SCRIPT.verify('target')}\``, 'target', admin('target'), '`GoodToProceed`'],
    [
      'step 4, by hand',
      'target',
      `${admin('target')}, Exchange admin`,
      'every target user and group exists and is licensed; Microsoft 365 groups were created with `New-UnifiedGroup`; OneDrive creation is blocked for the users who move',
    ],
    [`\`${inventoryScriptName('source')}\``, 'source', admin('source'), `writes \`${inventoryFileName('source')}\` (read-only)`],
    [`\`${inventoryScriptName('target')}\``, 'target', admin('target'), `writes \`${inventoryFileName('target')}\` (read-only)`],
    [
      '`ctmap preflight`',
      'none',
      'you',
      `\`ctmap preflight --plan . --source-sites ${inventoryFileName('source')} --target-sites ${inventoryFileName('target')}\` exits 0; otherwise fix what \`preflight.csv\` lists (\`${CLEAR_ONEDRIVES_SCRIPT}\` on the target for existing target OneDrives) and run both again`,
    ],
    [`\`${SCRIPT.uploadMap}\``, 'target', admin('target'), 'every row `ok`; a `missing` row was dropped by the upload: fix it, run `ctmap map` and `ctmap plan --force`, upload again'],
    [`\`${SCRIPT.compat}\``, 'source', admin('source'), '`Compatible` or `Warning`; `Incompatible`: wait 48 hours and run it again, then contact support'],
    ...ctx.waves.map((w) => [
      `\`${SCRIPT.start(w.number, total)}\``,
      'source',
      admin('source'),
      `every move \`started\` or \`skipped\`; then \`${SCRIPT.status} -Wave ${w.number}\` until the wave is nearly all \`Success\`${w.number < total ? ', before the next wave' : ''}`,
    ]),
    [`\`${SCRIPT.status}\``, 'source', admin('source'), 'every move `Success`; investigate `Failed` moves before going on'],
    [
      '`ctmap status`',
      'none',
      'you',
      `\`ctmap status --plan . --force\` reads every \`status-*.csv\` the status scripts wrote (\`${statusScriptName('target')}\` gives the target's view): failures with their fix, stuck moves, whether the next wave may start; \`06-source-retry-NN.ps1\` starts the failed moves again once fixed`,
    ],
    [`\`${SCRIPT.removeTrust('source')}\``, 'source', admin('source'), 'outcome `removed`, before the source licences expire'],
    [`\`${SCRIPT.removeTrust('target')}\``, 'target', admin('target'), 'outcome `removed`'],
    [`\`${SCRIPT.redirects}\``, 'source', admin('source'), 'lists the redirect sites at the old URLs of this plan\'s moves (any other is `not-ours` and left alone); run it with `-Remove` only when the whole migration is over'],
  ];
  return rows;
}

function wavesSection(waves: readonly Wave[]): string[] {
  if (waves.length === 0) return ['No moves are planned: the lists and the map gave none.', ''];
  const total = waves.length;
  return [
    '## Waves',
    '',
    'Begin and end are the preferred window passed to the start cmdlets (`PreferredMoveBeginDate`,',
    '`PreferredMoveEndDate`, in UTC): hints to the service, not guarantees. Every move is listed in `moves.csv`.',
    'To stop the moves of a wave that have not begun, run its stop script on the source.',
    '',
    '| wave | OneDrive | sites | group sites | begin | end | start | stop |',
    '|---|---|---|---|---|---|---|---|',
    ...waves.map((w) => {
      const c = (k: MoveKind) => w.moves.filter((m) => m.kind === k).length;
      return `| ${w.number} | ${c('onedrive')} | ${c('site')} | ${c('group-site')} | ${when(w.begin)} | ${when(w.end)} | \`${SCRIPT.start(w.number, total)}\` | \`${SCRIPT.stop(w.number, total)}\` |`;
    }),
    '',
  ];
}

function warnings(ctx: RunbookContext, n: Record<MoveKind, number>): string[] {
  const list: string[] = [];
  if (n.onedrive > 0) {
    list.push(
      '**Target OneDrives must not exist**, before or during the move: a move into an existing OneDrive fails and nothing is merged. Block OneDrive creation for the moving users on the target, never pre-provision their OneDrives (`Request-SPOPersonalSite`), and tell them not to open their target OneDrive until their move is done.',
      'Each moving user needs the "Cross Tenant User Data Migration" licence (on the source or the target user); without it the move fails.',
    );
  }
  if (n.site + n['group-site'] > 0) {
    list.push(
      '**Target sites must not exist**: the move creates them. Sites need the "Cross-Tenant Shared Data Migration" licence.',
    );
  }
  if (n['group-site'] > 0) {
    list.push(
      'Target Microsoft 365 groups of group-connected sites must be created with `New-UnifiedGroup` in Exchange Online (same `-AccessType` as the source group, `-MailboxRegion` outside the default geo), with no `.` in the name; any other way makes the site move fail.',
    );
  }
  list.push(
    `**Each map upload replaces the whole map** on the target. Always upload the complete \`${MAP_FILE}\`, never a part of it; after any change run \`ctmap map\`, then \`ctmap plan --force\`, then \`${SCRIPT.uploadMap}\` again. Close the file in Excel first, or the upload fails.`,
    `**Remove the trust before the source licences expire** (\`${SCRIPT.removeTrust('source')}\`, \`${SCRIPT.removeTrust('target')}\`): afterwards it can no longer be removed on the source.`,
    'At most 4,000 moves, OneDrive and sites together, may be scheduled or pending per source instance at a time: start a wave only when the one before is nearly done.',
    'Source OneDrives and sites must be read/write, not under a hold, at most 5 TB or 1 million items, and no path may exceed 400 characters with the target URL.',
    'Only moves that have not begun (`NotStarted`, `Scheduled`, `ReadytoTrigger`) can be stopped.',
    'A redirect site stays at every old URL. A move back to the source fails until that redirect is removed.',
    `This plan covers one source and one target instance. With Multi-Geo, plan each geo pair separately with its own admin and host URLs, set trust between every pair, and upload the map to every target instance.`,
  );
  if (ctx.verifyVerb === 'Verify') list.push('The verify scripts use `Verify-SPOCrossTenantRelationship`, the name in module versions before the rename to `Test-`.');
  return list;
}
