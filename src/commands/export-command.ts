import { EXPORT_FORMATS } from '../export/types.js';
import type { CommandSpec } from './spec.js';

export const exportCommand: CommandSpec = {
  command: 'export',
  describe: 'Write the reviewed mapping of a map run in the format another migration tool takes (Graph, Power Platform, ShareGate, Quest, BitTitan, Mover, SPMT), or the accounts to pre-create',
  builder: (y) =>
    y
      .option('from', { type: 'string', describe: 'The folder ctmap map wrote (review.csv, identity-map.csv, summary.json)', normalize: true })
      .option('format', { choices: EXPORT_FORMATS, describe: 'The file format to write' })
      .option('previous', { type: 'string', describe: 'graph-delta: the identity map uploaded before; its rows this map drops become "@removed" items', normalize: true })
      .option('precreate', { choices: ['marked', 'unmatched'] as const, describe: 'precreate: the sources marked create in review.csv (default), or every unmatched member as well' })
      .option('generate-passwords', { type: 'boolean', describe: 'precreate: write a random initial password for each account (the file becomes sensitive)' })
      .option('source-users', { type: 'string', describe: 'precreate: the source users export (default: the one the map run read)', normalize: true })
      .option('target-users', { type: 'string', describe: 'precreate: the target users export (default: the one the map run read)', normalize: true })
      .option('source-groups', { type: 'string', describe: 'precreate: the source groups export (default: the one the map run read)', normalize: true })
      .option('mailbox-region', { type: 'string', describe: 'precreate: -MailboxRegion (PDL) for Microsoft 365 groups whose export names no preferred data location, e.g. EUR' })
      .option('out', { type: 'string', describe: 'Output folder (default ctmap-export)', normalize: true })
      .option('force', { type: 'boolean', default: false, describe: 'Replace outputs that already exist' })
      .example('$0 export --from run-2 --format power-platform --out pp', 'usermapping.csv for a Power Platform tenant-to-tenant move, into ./pp')
      .example('$0 export --from run-2 --format graph-delta --previous run-1/identity-map.csv', 'Graph PATCH bodies of at most 50 items, with removals of what run-1 had and run-2 drops')
      .example('$0 export --from run-2 --format precreate', 'precreate-users.csv (Entra "Bulk create users") for the sources marked create, sign-in blocked')
      .example('$0 export --from run-2 --format sharegate', 'SourceValue,DestinationValue for ShareGate (users by address, groups by display name)'),
  async run(args, io) {
    const { runExportCommand } = await import('./export.js');
    return runExportCommand(args, io).exitCode;
  },
};
