// npm run eval [-- --json FILE] [--data DIR] [--pairs N] [--hr-users 20000] [--hr-seed 1] [--hr-traps 0.01]
// Febrl 4a → 4b as source and target tenant exports, matched by the real pipeline in four
// variants (names only; names + employee ID; names + UPNs built from the names; names +
// address), scored against the Febrl ground truth; then the synthetic tenants with HR
// attributes and decoys, without and with namesake traps (--hr-users 0 skips them). Prints
// Markdown (the README's Evaluation table, the shares every variant reports, and the breakdowns
// a matcher engineer tunes from) and optionally writes the numbers as JSON.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { firstPairs, readFebrlPairs } from './febrl/read.js';
import { markdownReport } from './febrl/report.js';
import { runVariant } from './febrl/run.js';
import { checkHrTargets, checkTargets } from './febrl/targets.js';
import { hrLine, hrShares, hrTitle, syntheticHrCounts } from './synthetic/hr-eval.js';
import { VARIANTS } from './febrl/tenants.js';

const { values } = parseArgs({
  options: { json: { type: 'string' }, data: { type: 'string' }, pairs: { type: 'string' }, 'hr-users': { type: 'string' }, 'hr-seed': { type: 'string' }, 'hr-traps': { type: 'string' } },
});
const args = z
  .object({
    json: z.string().min(1).optional(),
    data: z.string().min(1).default(fileURLToPath(new URL('../../data/febrl/', import.meta.url))),
    pairs: z.coerce.number().int().positive().optional(),
    'hr-users': z.coerce.number().int().nonnegative().default(20_000),
    'hr-seed': z.coerce.number().int().default(1),
    'hr-traps': z.coerce.number().min(0).max(1).default(0.01),
  })
  .parse(values);

const say = (text: string): void => void process.stderr.write(`${text}\n`);
const all = readFebrlPairs(args.data);
const pairs = args.pairs === undefined ? all : firstPairs(all, args.pairs);
const dir = mkdtempSync(join(tmpdir(), 'ctmap-eval-'));
try {
  const runs = VARIANTS.map((variant) => {
    say(`${variant.title}: writing, reading and matching ${pairs.originals.length.toLocaleString('en')} × ${pairs.duplicates.length.toLocaleString('en')} users ...`);
    return runVariant(pairs, variant, dir);
  });
  const hrOptions = args['hr-users'] === 0 ? [] : [0, args['hr-traps']].map((traps) => ({ users: args['hr-users'], seed: args['hr-seed'], traps }));
  const synthetic = hrOptions.map((o) => {
    say(`${hrTitle(o)}: generating, writing, reading and matching ...`);
    return syntheticHrCounts(o);
  });
  const checks = [...checkTargets(runs), ...checkHrTargets(synthetic)];
  console.log(markdownReport(`Febrl 4a → 4b: ${pairs.originals.length.toLocaleString('en')} true pairs`, runs, checks, synthetic.map(hrShares)));
  if (synthetic.length > 0) console.log(['', 'Synthetic HR tenants:', '', ...synthetic.map(hrLine)].join('\n'));
  if (args.json !== undefined) {
    const json = { data: args.data, truePairs: pairs.originals.length, variants: runs.map((r) => ({ ...r.variant, mapMs: r.mapMs, ...r.outcome })), synthetic, targets: checks };
    writeFileSync(args.json, `${JSON.stringify(json, null, 2)}\n`);
    say(`wrote ${args.json}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
