import { z } from 'zod';
import { parseArgs } from './args.js';
import type { CommandSpec } from './spec.js';

const demoArgs = z.object({ out: z.string().optional(), force: z.boolean().optional() });

export const demoCommand: CommandSpec = {
  command: 'demo',
  describe: 'Run ctmap map, ctmap plan and ctmap report on the bundled contoso → fabrikam fixtures into a fresh folder',
  builder: (y) =>
    y
      .option('out', { type: 'string', describe: 'Output folder (default: a new ctmap-demo folder)', normalize: true })
      .option('force', { type: 'boolean', describe: 'Replace the outputs of an earlier demo in --out' })
      .example('$0 demo', 'Writes ./ctmap-demo (or ctmap-demo-2, ...) and says where to look')
      .example('$0 demo --out demo --force', 'Runs the demo again into ./demo, replacing its outputs'),
  async run(args, io) {
    const { runDemo } = await import('./demo.js');
    return runDemo(parseArgs(demoArgs, args), io);
  },
};
