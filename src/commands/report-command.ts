import type { CommandSpec } from './spec.js';

export const reportCommand: CommandSpec = {
  command: 'report',
  describe: 'Write one self-contained HTML page to review, decide and audit a map run (offline, no network)',
  builder: (y) =>
    y
      .option('from', { type: 'string', describe: 'A folder ctmap map wrote (review.csv, summary.json)', normalize: true })
      .option('plan', { type: 'string', describe: 'A folder ctmap plan wrote: its moves.csv gives the waves timeline', normalize: true })
      .option('status', { type: 'string', describe: 'The status.json ctmap status wrote, or its folder: progress per wave and the failures', normalize: true })
      .option('out', { type: 'string', describe: 'The HTML file to write (default RUN_DIR/report.html)', normalize: true })
      .option('force', { type: 'boolean', default: false, describe: 'Replace the file if it exists' })
      .example('$0 report --from run-1', 'Writes run-1/report.html: open it in Edge, Chrome or Firefox')
      .example('$0 report --from run-1 --plan plan-1 --out review-run-1.html', 'With the waves of a plan, into another file')
      .example('$0 report --from run-1 --plan plan-1 --status plan-1', 'With the moves\' progress: states per wave, failures with their fix, whether the next wave may start'),
  async run(args, io) {
    const { runReportCommand } = await import('./report.js');
    return runReportCommand(args, io);
  },
};
