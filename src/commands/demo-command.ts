import { z } from 'zod';
import type { CommandSpec } from './spec.js';

const demoArgs = z.object({ out: z.string().optional() });

export const demoCommand: CommandSpec = {
  command: 'demo',
  describe: 'Run ctmap map and ctmap plan on the bundled contoso → fabrikam fixtures into a fresh folder',
  builder: (y) =>
    y
      .option('out', { type: 'string', describe: 'Output folder (default: a new ctmap-demo folder)', normalize: true })
      .example('$0 demo', 'Writes ./ctmap-demo (or ctmap-demo-2, ...) and says where to look'),
  async run(args, io) {
    const { runDemo } = await import('./demo.js');
    return runDemo(demoArgs.parse(args), io);
  },
};
