import type { CommandSpec } from './spec.js';

export const diffCommand: CommandSpec = {
  command: 'diff <old> <new>',
  describe: 'Show what uploading the NEW identity map over the OLD one removes, adds and changes',
  builder: (y) =>
    y
      .positional('old', { type: 'string', describe: 'The map uploaded now (or the previous revision)', normalize: true })
      .positional('new', { type: 'string', describe: 'The revision about to be uploaded', normalize: true })
      .option('fail-on-removal', { type: 'boolean', default: false, describe: 'Exit 1 when NEW drops any row of OLD' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the differences as JSON' })
      .example('$0 diff uploaded/identity-map.csv run-2/identity-map.csv', "Removed rows first: uploading NEW drops them from the tenant's map")
      .example('$0 diff old.csv new.csv --fail-on-removal', 'In a script: stop before an upload that would remove mappings'),
  async run(args, io) {
    const { runDiffCommand } = await import('./diff.js');
    return runDiffCommand(args, io);
  },
};
