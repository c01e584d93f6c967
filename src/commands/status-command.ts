import type { CommandSpec } from './spec.js';

export const statusCommand: CommandSpec = {
  command: 'status [snapshots..]',
  describe: 'Track the moves from the status scripts\' snapshots: state per wave, failures with their fix, stuck moves, retry and stop scripts',
  builder: (y) =>
    y
      .positional('snapshots', { type: 'string', array: true, describe: 'status-<UTC>.csv snapshots (default: every one in the plan folder)', normalize: true })
      .option('plan', { type: 'string', demandOption: true, describe: 'The folder ctmap plan wrote (moves.csv, tenants.json)', normalize: true })
      .option('stuck-hours', { type: 'number', default: 24, describe: 'A move in the same unfinished state for longer is stuck' })
      .option('out', { type: 'string', describe: 'Output folder (default: the plan folder)', normalize: true })
      .option('force', { type: 'boolean', default: false, describe: 'Replace status.json and 06-source-stop-pending.ps1 of an earlier run' })
      .example('$0 status --plan ctmap-plan', 'Every snapshot in ctmap-plan; writes status.json, 06-source-stop-pending.ps1 and, when moves failed, 06-source-retry-NN.ps1')
      .example('$0 status --plan ctmap-plan ctmap-plan/status-20261130T090000Z.csv --stuck-hours 48 --force', 'One snapshot, a longer patience, replacing the previous status.json'),
  async run(args, io) {
    const { runStatusCommand } = await import('./status.js');
    return runStatusCommand(args, io);
  },
};
