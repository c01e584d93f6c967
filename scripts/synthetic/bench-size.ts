// One size of `npm run bench`: generate, run the CLI (fresh processes), time the floor, check the
// outcome against the generator's truth, and optionally byte-compare a second and a shuffled run.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { blockingRecall, type Recall } from './recall.js';
import { generateTenants, type NameDistribution } from './tenants.js';

export interface SizeOptions {
  users: number;
  seed: number;
  sample: number;
  runs: number;
  names: NameDistribution;
  shuffle: boolean;
  /** Without HR attributes and decoys (realistic names have them by default). */
  plain: boolean;
  /** Namesake traps per source user (write-tenants --traps). */
  traps: number;
}

interface Summary {
  counts: { byStatus: Record<string, number> };
  timings: Record<string, number>;
  blocking: { comparisons: number; cappedBlocks: number; cappedSources?: number };
}

interface Run {
  wall: number;
  cpu: number;
  floor: number;
  peakRss: number;
  summary: Summary;
  digest: string;
}

export interface SizeResult {
  options: SizeOptions;
  /** Source users: the asked number, plus the namesake traps. */
  sources: number;
  targets: number;
  runs: Run[];
  wall: number;
  cpu: number;
  floor: number;
  peakRss: number;
  summary: Summary;
  outcome: { mappedRight: number; mappedWrong: number; reviewRightBest: number; leaversMapped: number; decoys: number; mappedToDecoy: number };
  recall: Recall;
  /** Undefined unless asked (--shuffle). */
  identical?: { secondRun: boolean; shuffled: boolean };
}

const say = (text: string): void => void process.stderr.write(`${text}\n`);
const cli = fileURLToPath(new URL('../../src/cli.js', import.meta.url));
const rssHook = fileURLToPath(new URL('./report-rss.js', import.meta.url));
const writer = fileURLToPath(new URL('./write-tenants.js', import.meta.url));
const floorScript = fileURLToPath(new URL('./floor.js', import.meta.url));
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// summary.json holds the run's timings and the inputs' own hashes (which shuffled rows change);
// every other byte must repeat.
function outputDigest(out: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(out).sort()) {
    const bytes = readFileSync(join(out, name));
    if (name === 'summary.json') {
      const { timings: _t, inputs, ...rest } = JSON.parse(bytes.toString('utf8')) as { timings: unknown; inputs: Record<string, unknown>[] };
      const withoutHashes = inputs.map(({ sha256: _h, ...input }) => input);
      hash.update(`${name}\n${JSON.stringify({ ...rest, inputs: withoutHashes })}\n`);
    } else hash.update(`${name}\n`).update(bytes);
  }
  return hash.digest('hex');
}

function generate(o: SizeOptions, dir: string, shuffled: boolean): void {
  say(`generating ${o.users.toLocaleString('en')} source users (seed ${o.seed}, ${o.names} names${shuffled ? ', rows shuffled' : ''}) ...`);
  const extra = ['--names', o.names, ...(shuffled ? ['--shuffle'] : []), ...(o.plain ? ['--plain'] : []), '--traps', String(o.traps)];
  const gen = spawnSync(process.execPath, [writer, String(o.users), String(o.seed), dir, ...extra], { stdio: 'inherit' });
  if (gen.status !== 0) throw new Error('generating the synthetic tenants failed');
}

function runOnce(dir: string, out: string, label: string): Run {
  const sourceFile = join(dir, 'source-users.csv');
  const targetFile = join(dir, 'target-users.csv');
  say(`${label}: ctmap map ...`);
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', rssHook, cli, 'map', '--source-users', sourceFile, '--target-users', targetFile, '--source-tenant-id', 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718', '--domain', 'contoso.com=fabrikam.com', '--out', out, '--force', '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const wall = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) {
    say(run.stderr);
    throw new Error(`ctmap map exited with ${run.status}`);
  }
  say(`${label}: the floor (csv-parse the inputs, csv-stringify the outputs) ...`);
  const floorRun = spawnSync(process.execPath, [floorScript, sourceFile, targetFile, join(out, 'identity-map.csv'), join(out, 'review.csv')], { encoding: 'utf8' });
  // A large run's worker thread reports too: the largest report is the process's.
  const largest = (re: RegExp): number => Math.max(0, ...[...run.stderr.matchAll(re)].map((m) => Number(m[1])));
  return {
    wall,
    cpu: largest(/cpu-us (\d+)/g) / 1000,
    floor: Number(floorRun.stdout.trim()),
    peakRss: largest(/peak-rss-kb (\d+)/g) / 1024,
    summary: JSON.parse(run.stdout) as Summary,
    digest: outputDigest(out),
  };
}

export function benchSize(o: SizeOptions): SizeResult {
  const dir = join(tmpdir(), `ctmap-bench-${process.pid}-${o.users}`);
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'out');
  try {
    generate(o, dir, false);
    // Each run is a fresh CLI process and a fresh floor process; medians damp this shared
    // machine's noise, and every run is printed.
    const runs: Run[] = [];
    for (let r = 1; r <= o.runs; r++) runs.push(runOnce(dir, out, `${o.users.toLocaleString('en')} users, run ${r} of ${o.runs}`));
    const wall = median(runs.map((r) => r.wall));
    const chosen = runs.find((r) => r.wall === wall)!;
    const mapRows = parse(readFileSync(join(out, 'identity-map.csv'))) as string[][];
    const reviewRows = parse(readFileSync(join(out, 'review.csv')), { bom: true }) as string[][];

    let identical: SizeResult['identical'];
    if (o.shuffle) {
      const second = runs.length > 1 ? runs[1]! : runOnce(dir, join(dir, 'out-2'), 'second run, same inputs');
      generate(o, dir, true);
      const shuffled = runOnce(dir, join(dir, 'out-shuffled'), 'shuffled inputs');
      identical = { secondRun: runs.every((r) => r.digest === second.digest), shuffled: shuffled.digest === runs[0]!.digest };
    }

    say('checking outcomes against the generator truth ...');
    // The generator is deterministic: the same seed gives the tenants the files were written from.
    const tenants = generateTenants(o.users, o.seed, o.names, { ...(o.plain ? { hr: false } : {}), traps: o.traps });
    const outcome = { mappedRight: 0, mappedWrong: 0, reviewRightBest: 0, leaversMapped: 0, decoys: tenants.decoys.size, mappedToDecoy: 0 };
    const mapped = new Map(mapRows.map((r) => [r[2]!, r[3]!]));
    for (const [s, t] of tenants.truth) {
      const got = mapped.get(s);
      if (got === undefined) continue;
      if (tenants.decoys.has(got)) outcome.mappedToDecoy++;
      if (t === '') outcome.leaversMapped++;
      else if (got === t) outcome.mappedRight++;
      else outcome.mappedWrong++;
    }
    const header = reviewRows[0]!;
    const [statusAt, sourceAt, targetAt] = ['status', 'source', 'target'].map((c) => header.indexOf(c));
    for (const r of reviewRows.slice(1)) {
      if ((r[statusAt!] === 'review' || r[statusAt!] === 'ambiguous') && r[targetAt!] !== '' && tenants.truth.get(r[sourceAt!]!) === r[targetAt!]) outcome.reviewRightBest++;
    }
    say(`blocking recall on a ${o.sample.toLocaleString('en')}-user sample against all pairs ...`);
    const recall = blockingRecall(tenants, o.sample);
    return {
      options: o,
      sources: tenants.source.length,
      targets: tenants.target.length,
      runs,
      wall,
      cpu: chosen.cpu,
      floor: median(runs.map((r) => r.floor)),
      peakRss: Math.max(...runs.map((r) => r.peakRss)),
      summary: chosen.summary,
      outcome,
      recall,
      ...(identical ? { identical } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tenantsNote = (o: SizeOptions): string =>
  o.plain || o.names === 'legacy' ? ', no HR attributes' : `, HR attributes and decoys${o.traps > 0 ? `, namesake traps ${o.traps}` : ''}`;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export function sizeLines(r: SizeResult): string[] {
  const { summary, outcome, recall } = r;
  return [
    `ctmap bench: ${r.sources.toLocaleString('en')} source × ${r.targets.toLocaleString('en')} target users, seed ${r.options.seed}, ${r.options.names} names${tenantsNote(r.options)}`,
    '',
    'stage        time',
    ...Object.entries(summary.timings).map(([stage, ms]) => `  ${stage.padEnd(12)} ${seconds(ms)}`),
    `  ${'wall'.padEnd(12)} ${seconds(r.wall)}  (whole CLI process, Node start-up and writing included; median of ${r.runs.length} runs: ${r.runs.map((x) => seconds(x.wall)).join(', ')})`,
    `  ${'cpu'.padEnd(12)} ${seconds(r.cpu)}  (user + system CPU of the CLI process, all threads, the median run)`,
    '',
    `peak memory  ${r.peakRss.toFixed(0)} MB (largest max RSS of the CLI process over the runs)`,
    `floor        ${seconds(r.floor)}  (csv-parse both inputs + csv-stringify both outputs, a fresh process; median of ${r.runs.map((x) => seconds(x.floor)).join(', ')})`,
    `ratio        ${(r.wall / r.floor).toFixed(2)}× the floor`,
    '',
    `statuses     ${Object.entries(summary.counts.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `vs truth     mapped right ${outcome.mappedRight}, mapped wrong ${outcome.mappedWrong}, leavers mapped ${outcome.leaversMapped}, review/ambiguous with the right best candidate ${outcome.reviewRightBest}`,
    `decoys       ${outcome.decoys} (target namesakes with attributes of their own), ${outcome.mappedToDecoy} of them mapped to a source`,
    `names        ${summary.blocking.comparisons.toLocaleString('en')} name comparisons, ${summary.blocking.cappedBlocks} capped blocks, ${(summary.blocking.cappedSources ?? 0).toLocaleString('en')} sources limited by the window`,
    `recall       ${(recall.recall * 100).toFixed(2)}% of the ${recall.allPairs.toLocaleString('en')} pairs an all-pairs search finds (${recall.blockedPairs.toLocaleString('en')} blocked pairs, ${recall.sample} × ${recall.sample} sample)`,
    ...(r.identical
      ? [`identical    second run: ${r.identical.secondRun ? 'yes' : 'NO'}; shuffled input rows: ${r.identical.shuffled ? 'yes' : 'NO'} (every output file's bytes; summary.json without its timings and the inputs' sha256)`]
      : []),
  ];
}

/** Each stage's time at the larger size over its time at the smaller, beside the ideal ratio. */
export function growthLines(base: SizeResult, large: SizeResult): string[] {
  const ideal = large.options.users / base.options.users;
  const row = (name: string, a: number, b: number): string => {
    const g = a > 0 ? b / a : Number.NaN;
    return `  ${name.padEnd(12)} ${seconds(a).padStart(9)} ${seconds(b).padStart(9)} ${`${g.toFixed(1)}×`.padStart(7)}${g > ideal * 1.1 ? '  super-linear' : ''}`;
  };
  return [
    `growth from ${base.options.users.toLocaleString('en')} to ${large.options.users.toLocaleString('en')} users (ideal ${ideal.toFixed(1)}×; marked above 1.1 × ideal)`,
    `  ${'stage'.padEnd(12)} ${'small'.padStart(9)} ${'large'.padStart(9)} ${'growth'.padStart(7)}`,
    ...Object.keys(large.summary.timings).map((s) => row(s, base.summary.timings[s] ?? 0, large.summary.timings[s]!)),
    row('wall', base.wall, large.wall),
    row('cpu', base.cpu, large.cpu),
    row('floor', base.floor, large.floor),
    `  ${'peak memory'.padEnd(12)} ${`${base.peakRss.toFixed(0)} MB`.padStart(9)} ${`${large.peakRss.toFixed(0)} MB`.padStart(9)} ${`${(large.peakRss / base.peakRss).toFixed(1)}×`.padStart(7)}`,
  ];
}
