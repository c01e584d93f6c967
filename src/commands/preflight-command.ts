import type { CommandSpec } from './spec.js';

export const preflightCommand: CommandSpec = {
  command: 'preflight',
  describe: 'Check every planned move against site inventories of both tenants before the moves start',
  builder: (y) =>
    y
      .option('plan', { type: 'string', demandOption: true, describe: 'The folder ctmap plan wrote (moves.csv, tenants.json)', normalize: true })
      .option('source-sites', { type: 'string', demandOption: true, describe: 'Source inventory: 04-source-inventory.ps1 output or Get-SPOSite -Limit All -IncludePersonalSite $true | Export-Csv', normalize: true })
      .option('target-sites', { type: 'string', demandOption: true, describe: 'Target inventory, the same way on the target', normalize: true })
      .option('target-users', { type: 'string', describe: 'Target users export: every OneDrive target must exist and be enabled', normalize: true })
      .option('out', { type: 'string', describe: 'Output folder (default: the plan folder)', normalize: true })
      .option('force', { type: 'boolean', default: false, describe: 'Replace outputs that already exist' })
      .example('$0 preflight --plan ctmap-plan --source-sites ctmap-plan/source-sites.csv --target-sites ctmap-plan/target-sites.csv', 'Write preflight.csv, preflight.json and 04-target-clear-onedrives.ps1; exit 1 when a move is blocked')
      .example('$0 preflight --plan ctmap-plan --source-sites src.csv --target-sites tgt.csv --target-users fabrikam-users.csv --force', 'Also check the target accounts; replace the previous preflight'),
  async run(args, io) {
    const { runPreflightCommand } = await import('./preflight.js');
    return runPreflightCommand(args, io);
  },
};
