import type { CommandSpec } from './spec.js';

export const mapCommand: CommandSpec = {
  command: 'map',
  describe: 'Match source and target users and groups; write identity-map.csv, review.csv and summary.json',
  builder: (y) =>
    y
      .option('source-users', { type: 'string', describe: 'Source tenant users export (CSV)', normalize: true })
      .option('target-users', { type: 'string', describe: 'Target tenant users export (CSV), the pre-created accounts', normalize: true })
      .option('source-groups', { type: 'string', describe: 'Source tenant groups export (CSV), optional', normalize: true })
      .option('target-groups', { type: 'string', describe: 'Target tenant groups export (CSV), the pre-created groups', normalize: true })
      .option('source-tenant-id', { type: 'string', describe: 'Source tenant ID (GUID) for column 2 of the map' })
      .option('domain', { type: 'string', array: true, describe: 'Domain rewrite source=target, repeatable: --domain contoso.com=fabrikam.com' })
      .option('decisions', { type: 'string', describe: "A review.csv with the reviewer's decisions (accept, reject) in its decision column", normalize: true })
      .option('policy', { choices: ['standard', 'strict'] as const, describe: 'strict never maps on names alone (default standard)' })
      .option('config', { type: 'string', describe: 'JSON config file with the same settings; flags win', normalize: true })
      .option('out', { type: 'string', describe: 'Output folder (default ctmap-out)', normalize: true })
      .option('force', { type: 'boolean', default: false, describe: 'Replace outputs that already exist' })
      .option('strict', { type: 'boolean', default: false, describe: 'Exit 1 when any row is left for review' })
      .option('json', { type: 'boolean', default: false, describe: 'Print summary.json instead of the report' })
      .example(
        '$0 map --source-users contoso-users.csv --target-users fabrikam-users.csv --source-tenant-id 72f988bf-86f1-41af-91ab-2d7cd011db47 --domain contoso.com=fabrikam.com',
        'Map users; outputs go to ./ctmap-out',
      )
      .example('$0 map --config ctmap.json --out run-2 --force', 'Settings from a config file, into run-2, replacing earlier outputs')
      .example('$0 map --config ctmap.json --decisions run-1/review.csv --out run-2', "Apply the reviewer's decisions from run-1's review.csv to fresh exports"),
  async run(args, io) {
    if (io.largeRun) {
      // Decided before the matching code loads: a large run loads it in the worker only.
      const { resolveMapSettings } = await import('./map-settings.js');
      const { isLargeInput, totalBytes } = await import('../large-run.js');
      const { sourceUsers, targetUsers, sourceGroups, targetGroups, columns } = resolveMapSettings(args);
      const inputs = [sourceUsers, targetUsers, sourceGroups, targetGroups].filter((f) => f !== undefined);
      // A reader worker parses the target users while the map worker reads the source users.
      if (isLargeInput(totalBytes(inputs))) return io.largeRun([{ file: targetUsers, keyAliases: columns.upn ?? [] }]);
    }
    const { runMapCommand } = await import('./map.js');
    return runMapCommand(args, io).exitCode;
  },
};
