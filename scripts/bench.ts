// npm run bench [-- --users 200000 --seed 1 --sample 5000 --runs 3 --names realistic|legacy --plain --traps 0.01]
// (--plain: tenants without HR attributes and decoys; --traps: namesake traps per source user.)
// npm run bench -- --users 1000000 --scaling: a 200,000-user run first, then the asked size, and
//   each stage's growth factor (time at N / time at 200,000) beside the ideal N / 200,000.
// npm run bench -- --shuffle: also checks that a second run, and a run on the same exports with
//   their rows shuffled, write byte-identical outputs.
// npm run bench -- --moves [--count 100000 --snapshots 10]: only the moves section (bench-moves.ts).
// Generates seeded synthetic tenants, runs the built CLI on them, and prints wall and CPU time per
// stage, peak memory, the floor (csv-parse reading the same inputs plus csv-stringify writing
// the same outputs, in this run) with the ratio to it, the outcome against the generator's
// truth, and blocking recall against an all-pairs search on a sample.

import { parseArgs } from 'node:util';
import { z } from 'zod';
import { benchSize, growthLines, sizeLines } from './synthetic/bench-size.js';
import { NAME_DISTRIBUTIONS } from './synthetic/tenants.js';

const { values } = parseArgs({
  options: {
    users: { type: 'string' },
    seed: { type: 'string' },
    sample: { type: 'string' },
    runs: { type: 'string' },
    names: { type: 'string' },
    scaling: { type: 'boolean' },
    shuffle: { type: 'boolean' },
    plain: { type: 'boolean' },
    traps: { type: 'string' },
    moves: { type: 'boolean' },
    count: { type: 'string' },
    snapshots: { type: 'string' },
  },
});
if (values.moves) {
  const m = z.object({ count: z.coerce.number().int().positive().default(100_000), snapshots: z.coerce.number().int().positive().default(10), runs: z.coerce.number().int().positive().default(3) }).parse(values);
  const { benchMoves } = await import('./bench-moves.js');
  console.log(benchMoves(m.count, m.snapshots, m.runs));
  process.exit(0);
}
const args = z
  .object({
    users: z.coerce.number().int().positive().default(200_000),
    seed: z.coerce.number().int().default(1),
    sample: z.coerce.number().int().positive().default(5_000),
    runs: z.coerce.number().int().positive().default(3),
    names: z.enum(NAME_DISTRIBUTIONS).default('realistic'),
    scaling: z.boolean().default(false),
    shuffle: z.boolean().default(false),
    plain: z.boolean().default(false),
    traps: z.coerce.number().min(0).max(1).default(0),
  })
  .parse(values);

const BASE = 200_000;
const options = { seed: args.seed, sample: args.sample, runs: args.runs, names: args.names, shuffle: args.shuffle, plain: args.plain, traps: args.traps };
if (args.scaling && args.users !== BASE) {
  // Printed as soon as it is known: a large run takes minutes.
  const base = benchSize({ ...options, users: BASE });
  console.log(sizeLines(base).join('\n'));
  const large = benchSize({ ...options, users: args.users, shuffle: false });
  console.log(['', ...sizeLines(large), '', ...growthLines(base, large)].join('\n'));
} else {
  console.log(sizeLines(benchSize({ ...options, users: args.users })).join('\n'));
}
