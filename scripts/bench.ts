// npm run bench [-- --users 200000 --seed 1 --sample 5000]
// npm run bench -- --moves [--count 100000 --snapshots 10]: only the moves section (bench-moves.ts).
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
import { z } from 'zod';
import { blockingRecall } from './synthetic/recall.js';
import { generateTenants } from './synthetic/tenants.js';

const { values } = parseArgs({
  options: { users: { type: 'string' }, seed: { type: 'string' }, sample: { type: 'string' }, runs: { type: 'string' }, moves: { type: 'boolean' }, count: { type: 'string' }, snapshots: { type: 'string' } },
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

interface Summary {
  counts: { byStatus: Record<string, number> };
  timings: Record<string, number>;
  blocking: { comparisons: number; cappedBlocks: number };
}

// Each run is a fresh CLI process and a fresh floor process; medians damp this shared machine's
// noise, and every run is printed.
const out = join(dir, 'out');
const floorScript = fileURLToPath(new URL('./synthetic/floor.js', import.meta.url));
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const runs: { wall: number; floor: number; peakRss: number; summary: Summary }[] = [];
for (let r = 1; r <= args.runs; r++) {
  say(`run ${r} of ${args.runs}: ctmap map ...`);
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', rssHook, cli, 'map', '--source-users', sourceFile, '--target-users', targetFile, '--source-tenant-id', 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718', '--domain', 'contoso.com=fabrikam.com', '--out', out, '--force', '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const wall = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) {
    say(run.stderr);
    process.exit(1);
  }
  say(`run ${r} of ${args.runs}: the floor (csv-parse the inputs, csv-stringify the outputs) ...`);
  const floorRun = spawnSync(process.execPath, [floorScript, sourceFile, targetFile, join(out, 'identity-map.csv'), join(out, 'review.csv')], { encoding: 'utf8' });
  runs.push({
    wall,
    floor: Number(floorRun.stdout.trim()),
    // A large run's worker thread reports too: the largest report is the process's peak.
    peakRss: Math.max(0, ...[...run.stderr.matchAll(/peak-rss-kb (\d+)/g)].map((m) => Number(m[1]))) / 1024,
    summary: JSON.parse(run.stdout) as Summary,
  });
}
const wall = median(runs.map((r) => r.wall));
const floor = median(runs.map((r) => r.floor));
const peakRss = Math.max(...runs.map((r) => r.peakRss));
const summary = runs.find((r) => r.wall === wall)!.summary;
const mapRows = parse(readFileSync(join(out, 'identity-map.csv'))) as string[][];
const reviewRows = parse(readFileSync(join(out, 'review.csv')), { bom: true }) as string[][];

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
  `  ${'wall'.padEnd(10)} ${seconds(wall)}  (whole CLI process, Node start-up and writing included; median of ${runs.length} runs: ${runs.map((r) => seconds(r.wall)).join(', ')})`,
  '',
  `peak memory  ${peakRss.toFixed(0)} MB (largest max RSS of the CLI process over the runs)`,
  `floor        ${seconds(floor)}  (csv-parse both inputs + csv-stringify both outputs, a fresh process; median of ${runs.map((r) => seconds(r.floor)).join(', ')})`,
  `ratio        ${(wall / floor).toFixed(2)}× the floor`,
  '',
  `statuses     ${Object.entries(summary.counts.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  `vs truth     mapped right ${outcome.mappedRight}, mapped wrong ${outcome.mappedWrong}, leavers mapped ${outcome.leaversMapped}, review/ambiguous with the right best candidate ${outcome.reviewRightBest}`,
  `names        ${summary.blocking.comparisons.toLocaleString('en')} name comparisons, ${summary.blocking.cappedBlocks} capped blocks`,
  `recall       ${(recall.recall * 100).toFixed(2)}% of the ${recall.allPairs.toLocaleString('en')} pairs an all-pairs search finds (${recall.blockedPairs.toLocaleString('en')} blocked pairs, ${recall.sample} × ${recall.sample})`,
];
console.log(lines.join('\n'));
