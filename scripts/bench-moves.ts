// npm run bench -- --moves [--count 100000 --snapshots 10]
// The moves section of the benchmark, quick and separate from the matching one: writes a plan
// folder of N moves in waves of 4,000, ten status snapshots of every move (states advancing,
// some failing, some stuck) and both site inventories, then times the built CLI's
// `ctmap status` and `ctmap preflight` on them (wall time and peak memory, median of runs).

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';

export function benchMoves(count: number, snapshots: number, runs: number): string {
  const say = (text: string): void => void process.stderr.write(`${text}\n`);
  const dir = join(tmpdir(), `ctmap-bench-moves-${process.pid}`);
  const plan = join(dir, 'plan');
  mkdirSync(plan, { recursive: true });
  const cli = fileURLToPath(new URL('../src/cli.js', import.meta.url));
  const rssHook = fileURLToPath(new URL('./synthetic/report-rss.js', import.meta.url));

  say(`writing ${count.toLocaleString('en')} moves, ${snapshots} snapshots and two inventories ...`);
  const pad = (n: number) => String(n).padStart(6, '0');
  const moves = Array.from({ length: count }, (_, i) => ({ wave: Math.floor(i / 4000) + 1, source: `user${pad(i)}@contoso.com`, target: `user${pad(i)}@fabrikam.com` }));
  const csv = (rows: string[][], header: string[]) => `\uFEFF${stringify(rows, { header: true, columns: header, record_delimiter: 'windows' })}`;
  writeFileSync(join(plan, 'moves.csv'), csv(moves.map((m) => [String(m.wave), 'onedrive', m.source, m.target, '', '']), ['wave', 'kind', 'source', 'target', 'begin', 'end']));
  writeFileSync(
    join(plan, 'tenants.json'),
    JSON.stringify({ source: { adminUrl: 'https://contoso-admin.sharepoint.com', hostUrl: 'https://contoso-my.sharepoint.com/' }, target: { adminUrl: 'https://fabrikam-admin.sharepoint.com', hostUrl: 'https://fabrikam-my.sharepoint.com/' } }),
  );
  // Move i advances one state per snapshot from its start; every 50th fails, every 97th sticks.
  const STATES = ['NotStarted', 'Scheduled', 'InProgress', 'InProgress', 'Success'];
  for (let s = 0; s < snapshots; s++) {
    const time = Date.UTC(2026, 10, 20) + s * 6 * 3_600_000;
    const rows = moves.map((m, i) => {
      const step = Math.max(0, s - (i % 5));
      const state = i % 97 === 0 ? 'InProgress' : i % 50 === 0 && step >= 3 ? 'Failed' : STATES[Math.min(step, STATES.length - 1)]!;
      const detail = state === 'Failed' ? 'Move failed with error -161' : state === 'InProgress' ? `${step * 20}%` : '';
      return [new Date(time + i).toISOString().replace(/\.\d+Z$/, 'Z'), String(m.wave), 'OneDrive', m.source, m.target, state, detail];
    });
    writeFileSync(join(plan, `status-202611${String(20 + Math.floor(s / 4)).padStart(2, '0')}T${pad(s).slice(2)}00Z.csv`), csv(rows, ['Time', 'Wave', 'Kind', 'Source', 'Target', 'State', 'Detail']));
  }
  const oneDrive = (upn: string, host: string) => `https://${host}-my.sharepoint.com/personal/${upn.replace(/[@.]/g, '_')}`;
  writeFileSync(join(dir, 'source-sites.csv'), csv(moves.map((m, i) => [oneDrive(m.source, 'contoso'), m.source, 'SPSPERS#10', i % 211 === 0 ? 'ReadOnly' : 'Unlock', String(i % 9000)]), ['Url', 'Owner', 'Template', 'LockState', 'StorageUsageCurrent']));
  writeFileSync(join(dir, 'target-sites.csv'), csv(moves.filter((_, i) => i % 10 === 0).map((m) => [oneDrive(m.target, 'fabrikam'), m.target, 'SPSPERS#10', 'Unlock', '0']), ['Url', 'Owner', 'Template', 'LockState', 'StorageUsageCurrent']));

  // csv-parse alone on the same files, in a fresh process: what any reader must pay.
  const floorScript = fileURLToPath(new URL('./synthetic/floor-csv.js', import.meta.url));
  const floor = (files: string[]) => Number(spawnSync(process.execPath, [floorScript, ...files], { encoding: 'utf8' }).stdout.trim()) / 1000;
  const snapshotFiles = readdirSync(plan)
    .filter((n) => n.startsWith('status-'))
    .map((n) => join(plan, n));

  const time = (label: string, args: string[]) => {
    const walls: number[] = [];
    const cpus: number[] = [];
    let rss = 0;
    for (let r = 1; r <= runs; r++) {
      say(`${label}: run ${r} of ${runs} ...`);
      const started = performance.now();
      const run = spawnSync(process.execPath, ['--import', rssHook, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
      walls.push(performance.now() - started);
      if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
      rss = Math.max(rss, ...[...run.stderr.matchAll(/peak-rss-kb (\d+)/g)].map((m) => Number(m[1]) / 1024));
      cpus.push(Number(/cpu-us (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1000);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! / 1000;
    const list = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(2)).join(', ');
    // CPU time stays honest when the shared machine is busy; wall time does not.
    return `  ${label.padEnd(10)} ${median(walls).toFixed(2)} s wall, ${median(cpus).toFixed(2)} s CPU, peak ${rss.toFixed(0)} MB  (runs: wall ${list(walls)} s; CPU ${list(cpus)} s)`;
  };
  const lines = [
    `ctmap bench --moves: ${count.toLocaleString('en')} moves in ${Math.ceil(count / 4000)} waves`,
    time('status', ['status', '--plan', plan, '--out', join(dir, 'status'), '--force']),
    `             (${snapshots} snapshots of every move: ${(count * snapshots).toLocaleString('en')} rows; csv-parse alone on them and moves.csv: ${floor([...snapshotFiles, join(plan, 'moves.csv')]).toFixed(2)} s CPU)`,
    time('preflight', ['preflight', '--plan', plan, '--source-sites', join(dir, 'source-sites.csv'), '--target-sites', join(dir, 'target-sites.csv'), '--out', join(dir, 'preflight'), '--force']),
    `             (inventories of ${count.toLocaleString('en')} and ${Math.ceil(count / 10).toLocaleString('en')} sites; csv-parse alone on them and moves.csv: ${floor([join(dir, 'source-sites.csv'), join(dir, 'target-sites.csv'), join(plan, 'moves.csv')]).toFixed(2)} s CPU)`,
  ];
  if (process.env['CTMAP_BENCH_KEEP'] !== '1') rmSync(dir, { recursive: true, force: true });
  return lines.join('\n');
}
