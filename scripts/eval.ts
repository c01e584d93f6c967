// npm run eval [-- --json FILE] [--data DIR] [--pairs N]
// Febrl 4a → 4b as source and target tenant exports, matched by the real pipeline in three
// variants (names only; names + employee ID; names + UPNs built from the names), scored against
// the Febrl ground truth. Prints Markdown (the README's Evaluation table and the breakdowns
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
import { checkTargets } from './febrl/targets.js';
import { VARIANTS } from './febrl/tenants.js';

const { values } = parseArgs({ options: { json: { type: 'string' }, data: { type: 'string' }, pairs: { type: 'string' } } });
const args = z
  .object({
    json: z.string().min(1).optional(),
    data: z.string().min(1).default(fileURLToPath(new URL('../../data/febrl/', import.meta.url))),
    pairs: z.coerce.number().int().positive().optional(),
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
  const checks = checkTargets(runs);
  console.log(markdownReport(`Febrl 4a → 4b: ${pairs.originals.length.toLocaleString('en')} true pairs`, runs, checks));
  if (args.json !== undefined) {
    const json = { data: args.data, truePairs: pairs.originals.length, variants: runs.map((r) => ({ ...r.variant, mapMs: r.mapMs, ...r.outcome })), targets: checks };
    writeFileSync(args.json, `${JSON.stringify(json, null, 2)}\n`);
    say(`wrote ${args.json}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
