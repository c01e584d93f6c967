import type { CommandSpec } from './spec.js';

export const planCommand: CommandSpec = {
  command: 'plan',
  describe: 'Write the PowerShell runbook (trust, map upload, waves of moves, status, clean-up) from an identity map and move lists',
  builder: (y) =>
    y
      .option('map', { type: 'string', describe: 'The identity map (identity-map.csv)', normalize: true })
      .option('from', { type: 'string', describe: 'A folder ctmap map wrote; its identity-map.csv is the map', normalize: true })
      .option('source-admin-url', { type: 'string', describe: 'https://<source>-admin.sharepoint.com' })
      .option('target-admin-url', { type: 'string', describe: 'https://<target>-admin.sharepoint.com' })
      .option('source-host-url', { type: 'string', describe: 'https://<source>-my.sharepoint.com/ (Get-SPOCrossTenantHostUrl on the source)' })
      .option('target-host-url', { type: 'string', describe: 'https://<target>-my.sharepoint.com/ (Get-SPOCrossTenantHostUrl on the target)' })
      .option('onedrive', { type: 'string', describe: 'OneDrive moves: source UPNs, or source,target pairs (default: every User row of the map)', normalize: true })
      .option('sites', { type: 'string', describe: 'Site moves without a Microsoft 365 group: source URL,target URL', normalize: true })
      .option('group-sites', { type: 'string', describe: 'Group-connected site moves: source alias,target alias[,source group object ID]', normalize: true })
      .option('wave-size', { type: 'number', describe: 'Moves per wave, OneDrive and sites together (default and maximum 4000)' })
      .option('start', { type: 'string', describe: 'UTC time the first wave should begin, e.g. 2025-05-01T22:00:00Z' })
      .option('window', { type: 'number', describe: 'Hours from a wave\'s begin to its PreferredMoveEndDate (default 24)' })
      .option('wave-gap', { type: 'number', describe: 'Hours between the begins of two waves (default: the window)' })
      .option('allow-past-start', { type: 'boolean', default: false, describe: 'Accept a --start in the past (a runbook for a test or a re-run)' })
      .option('verify-cmdlet', {
        choices: ['Test', 'Verify'] as const,
        describe: 'Trust check cmdlet: Test = Test-SPOCrossTenantRelationship (default); Verify = Verify-SPOCrossTenantRelationship, its name in older module versions',
      })
      .option('config', { type: 'string', describe: 'JSON config file with the same settings; flags win', normalize: true })
      .option('out', { type: 'string', describe: 'Output folder (default ctmap-plan)', normalize: true })
      .option('force', { type: 'boolean', default: false, describe: 'Replace outputs that already exist' })
      .example(
        '$0 plan --from ctmap-out --source-admin-url https://contoso-admin.sharepoint.com --target-admin-url https://fabrikam-admin.sharepoint.com --source-host-url https://contoso-my.sharepoint.com/ --target-host-url https://fabrikam-my.sharepoint.com/',
        'Every mapped user\'s OneDrive, in waves of 4000, into ./ctmap-plan',
      )
      .example(
        '$0 plan --config plan.json --sites sites.csv --group-sites group-sites.csv --start 2025-05-01T22:00:00Z --window 48 --wave-gap 72',
        'Sites too; waves begin three days apart, each with a two-day window',
      ),
  async run(args, io) {
    const { runPlanCommand } = await import('./plan.js');
    return runPlanCommand(args, io).exitCode;
  },
};
