// npm run bench [-- --users 200000 --seed 1 --sample 5000]
// Generates seeded synthetic tenants, runs the built CLI on them, and prints wall time per
// stage, peak memory, the floor (csv-parse reading the same inputs plus csv-stringify writing
// the same outputs, in this run) with the ratio to it, the outcome against the generator's
// truth, and blocking recall against an all-pairs search on a sample.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { blockingRecall } from './synthetic/recall.js';
import { generateTenants } from './synthetic/tenants.js';

const { values } = parseArgs({ options: { users: { type: 'string' }, seed: { type: 'string' }, sample: { type: 'string' } } });
const args = z
  .object({
    users: z.coerce.number().int().positive().default(200_000),
    seed: z.coerce.number().int().default(1),
    sample: z.coerce.number().int().positive().default(5_000),
  })
  .parse(values);

const say = (text: string): void => void process.stderr.write(`${text}\n`);
const dir = join(tmpdir(), `ctmap-bench-${process.pid}`);
mkdirSync(dir, { recursive: true });
const cli = fileURLToPath(new URL('../src/cli.js', import.meta.url));
const rssHook = fileURLToPath(new URL('./synthetic/report-rss.js', import.meta.url));

say(`generating ${args.users.toLocaleString('en')} source users (seed ${args.seed}) ...`);
const writer = fileURLToPath(new URL('./synthetic/write-tenants.js', import.meta.url));
spawnSync(process.execPath, [writer, String(args.users), String(args.seed), dir], { stdio: 'inherit' });
const sourceFile = join(dir, 'source-users.csv');
const targetFile = join(dir, 'target-users.csv');

say('running ctmap map ...');
const out = join(dir, 'out');
const started = performance.now();
const run = spawnSync(
  process.execPath,
  ['--import', rssHook, cli, 'map', '--source-users', sourceFile, '--target-users', targetFile, '--source-tenant-id', 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718', '--domain', 'contoso.com=fabrikam.com', '--out', out, '--json'],
  { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] },
);
const wall = performance.now() - started;
if (run.status !== 0 && run.status !== 1) {
  say(run.stderr);
  process.exit(1);
}
const summary = JSON.parse(run.stdout) as { counts: { byStatus: Record<string, number> }; timings: Record<string, number>; blocking: { comparisons: number; cappedBlocks: number } };
const peakRss = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;

say('timing the floor (csv-parse the inputs, csv-stringify the outputs) ...');
const mapRows = parse(readFileSync(join(out, 'identity-map.csv'))) as string[][];
const reviewRows = parse(readFileSync(join(out, 'review.csv')), { bom: true }) as string[][];
const floorStart = performance.now();
parse(readFileSync(sourceFile), { relax_column_count: true });
parse(readFileSync(targetFile), { relax_column_count: true });
stringify(mapRows, { record_delimiter: 'windows' });
stringify(reviewRows, { record_delimiter: 'windows', escape_formulas: true });
const floor = performance.now() - floorStart;

say('checking outcomes against the generator truth ...');
// The generator is deterministic: the same seed gives the tenants the files were written from.
const tenants = generateTenants(args.users, args.seed);
const outcome = { mappedRight: 0, mappedWrong: 0, reviewRightBest: 0, leaversMapped: 0 };
const mapped = new Map(mapRows.map((r) => [r[2]!, r[3]!]));
for (const [s, t] of tenants.truth) {
  const got = mapped.get(s);
  if (got === undefined) continue;
  if (t === '') outcome.leaversMapped++;
  else if (got === t) outcome.mappedRight++;
  else outcome.mappedWrong++;
}
const header = reviewRows[0]!;
const [statusAt, sourceAt, targetAt] = ['status', 'source', 'target'].map((c) => header.indexOf(c));
for (const r of reviewRows.slice(1)) {
  if ((r[statusAt!] === 'review' || r[statusAt!] === 'ambiguous') && r[targetAt!] !== '' && tenants.truth.get(r[sourceAt!]!) === r[targetAt!]) outcome.reviewRightBest++;
}

say(`blocking recall on a ${args.sample.toLocaleString('en')}-user sample against all pairs ...`);
const recall = blockingRecall(tenants, args.sample);
rmSync(dir, { recursive: true, force: true });

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const lines = [
  `ctmap bench: ${args.users.toLocaleString('en')} source × ${tenants.target.length.toLocaleString('en')} target users, seed ${args.seed}`,
  '',
  'stage        time',
  ...Object.entries(summary.timings).map(([stage, ms]) => `  ${stage.padEnd(10)} ${seconds(ms)}`),
  `  ${'wall'.padEnd(10)} ${seconds(wall)}  (whole CLI process, Node start-up and writing included)`,
  '',
  `peak memory  ${peakRss.toFixed(0)} MB (max RSS of the CLI process)`,
  `floor        ${seconds(floor)}  (csv-parse both inputs + csv-stringify both outputs)`,
  `ratio        ${(wall / floor).toFixed(2)}× the floor`,
  '',
  `statuses     ${Object.entries(summary.counts.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  `vs truth     mapped right ${outcome.mappedRight}, mapped wrong ${outcome.mappedWrong}, leavers mapped ${outcome.leaversMapped}, review/ambiguous with the right best candidate ${outcome.reviewRightBest}`,
  `names        ${summary.blocking.comparisons.toLocaleString('en')} name comparisons, ${summary.blocking.cappedBlocks} capped blocks`,
  `recall       ${(recall.recall * 100).toFixed(2)}% of the ${recall.allPairs.toLocaleString('en')} pairs an all-pairs search finds (${recall.blockedPairs.toLocaleString('en')} blocked pairs, ${recall.sample} × ${recall.sample})`,
];
console.log(lines.join('\n'));
