import type { CommandSpec } from './spec.js';

export const lintCommand: CommandSpec = {
  command: 'lint <file>',
  describe: 'Check an identity map (ours, hand-made or from another tool) before Add-SPOTenantIdentityMap uploads it',
  builder: (y) =>
    y
      .positional('file', { type: 'string', describe: 'The identity map CSV', normalize: true })
      .option('source-tenant-id', { type: 'string', describe: 'Column 2 must equal this source tenant ID (GUID)' })
      .option('source-users', { type: 'string', describe: 'Source users export: every source UPN must be in it', normalize: true })
      .option('target-users', { type: 'string', describe: 'Target users export: every target exists, is enabled, and fits column 6', normalize: true })
      .option('source-groups', { type: 'string', describe: 'Source groups export: every source group object ID must be in it', normalize: true })
      .option('target-groups', { type: 'string', describe: 'Target groups export: group kind fits column 6, alias equals the mail nickname', normalize: true })
      .option('json', { type: 'boolean', default: false, describe: 'Print the findings as JSON' })
      .example('$0 lint identity-map.csv', 'Format, GUIDs, types and one-to-one checks; exit 1 when errors are found')
      .example(
        '$0 lint identity-map.csv --source-tenant-id 72f988bf-86f1-41af-91ab-2d7cd011db47 --source-users contoso-users.csv --target-users fabrikam-users.csv',
        'Also check column 2 and that every user exists and its type fits',
      )
      .example('$0 lint identity-map.csv --target-groups fabrikam-groups.csv --json', 'Check group rows against the target groups; machine-readable output'),
  async run(args, io) {
    const { runLintCommand } = await import('./lint.js');
    return runLintCommand(args, io);
  },
};
