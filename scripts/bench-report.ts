// npm run bench:report [-- --users 200000 --seed 1] [-- --run DIR]
// A report of a large run: generates the synthetic tenants, runs ctmap map once, then times
// ctmap report and opens the page in Debian's chromium (playwright-core): time to the first
// row, JS heap, scrolling the whole table in steps (frame times), a jump to the end, a filter,
// a search and a sort. Prints the numbers; asserts nothing about time. --run DIR reports on a
// folder ctmap map wrote instead (its report.html is replaced).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { z } from 'zod';

const { values } = parseArgs({ options: { users: { type: 'string' }, seed: { type: 'string' }, run: { type: 'string' } } });
const args = z
  .object({ users: z.coerce.number().int().positive().default(200_000), seed: z.coerce.number().int().default(1), run: z.string().optional() })
  .parse(values);
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const say = (text: string): void => void process.stderr.write(`${text}\n`);
if (!existsSync(CHROMIUM)) {
  say(`${CHROMIUM} is missing: run scripts/install-chromium.sh first`);
  process.exit(1);
}
const dir = join(tmpdir(), `ctmap-bench-report-${process.pid}`);
mkdirSync(dir, { recursive: true });
const cli = fileURLToPath(new URL('../src/cli.js', import.meta.url));
const writer = fileURLToPath(new URL('./synthetic/write-tenants.js', import.meta.url));
const ms = (t: number): string => `${Math.round(t).toLocaleString('en')} ms`;

const out = args.run ?? join(dir, 'out');
if (args.run === undefined) {
  say(`generating ${args.users.toLocaleString('en')} source users (seed ${args.seed}) ...`);
  spawnSync(process.execPath, [writer, String(args.users), String(args.seed), dir], { stdio: 'inherit' });
  say('ctmap map ...');
  const map = spawnSync(process.execPath, [cli, 'map', '--source-users', join(dir, 'source-users.csv'), '--target-users', join(dir, 'target-users.csv'), '--source-tenant-id', 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718', '--domain', 'contoso.com=fabrikam.com', '--out', out, '--force'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (map.status !== 0 && map.status !== 1) {
    say(map.stderr);
    process.exit(1);
  }
}

say('ctmap report ...');
let started = performance.now();
const report = spawnSync(process.execPath, [cli, 'report', '--from', out, '--force'], { encoding: 'utf8' });
const reportWall = performance.now() - started;
if (report.status !== 0) {
  say(report.stderr);
  process.exit(1);
}
const file = join(out, 'report.html');
const size = statSync(file).size;

say('opening it in chromium ...');
const profile = mkdtempSync(join(tmpdir(), 'ctmap-chromium-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1500, height: 1000 } });
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
started = performance.now();
await page.goto(`file://${file}`, { timeout: 120_000 });
await page.locator('[data-testid=row]').first().waitFor({ timeout: 120_000 });
const open = performance.now() - started;
const rowsInDom = await page.locator('[data-testid=row]').count();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
const heap = (metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;

// Scrolls the table in 200 steps from top to bottom, one step per animation frame, and
// reports frame times; then jumps back and forth. Runs in the page (a string: no DOM types here).
const scroll = (await page.evaluate(`new Promise((resolve) => {
  const el = document.querySelector('[data-testid=table-scroll]');
  const steps = 200, max = el.scrollHeight - el.clientHeight, frames = [];
  let i = 0, last = performance.now();
  const tick = () => {
    const now = performance.now(); if (i > 0) frames.push(now - last); last = now;
    if (i > steps) {
      frames.sort((a, b) => a - b);
      resolve({ steps, median: frames[frames.length >> 1], p95: frames[Math.floor(frames.length * 0.95)], max: frames[frames.length - 1], rowsInDom: document.querySelectorAll('[data-testid=row]').length });
      return;
    }
    el.scrollTop = (max * i++) / steps; requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`)) as { steps: number; median: number; p95: number; max: number; rowsInDom: number };

const timed = async (label: string, action: () => Promise<unknown>, done: () => Promise<unknown>): Promise<[string, number]> => {
  const t = performance.now();
  await action();
  await done();
  return [label, performance.now() - t];
};
const count = (): Promise<string | null> => page.getByTestId('row-count').textContent();
// Polled from here: the page's CSP forbids the string evaluation waitForFunction would use.
const countBecomes = async (test: (text: string | null) => boolean): Promise<void> => {
  while (!test(await count())) await new Promise((r) => setTimeout(r, 5));
};
const actions: Array<[string, number]> = [];
actions.push(await timed('filter status = review', () => page.getByTestId('filter-status').selectOption('review'), count));
actions.push(await timed('filter status = all', () => page.getByTestId('filter-status').selectOption(''), count));
const before = await count();
actions.push(
  await timed(
    'search "smith" (incl. 120 ms typing pause)',
    () => page.getByTestId('search').fill('smith'),
    () => countBecomes((t) => t !== before),
  ),
);
actions.push(await timed('clear search', () => page.getByTestId('search').fill(''), () => countBecomes((t) => t === before)));
actions.push(await timed('sort by score', () => page.locator('.th[data-column=score]').click(), count));
actions.push(await timed('open a row and accept it (a)', async () => {
  await page.getByTestId('row').first().click();
  await page.locator('body').press('a');
}, () => page.getByTestId('pending-count').textContent()));
await context.close();
rmSync(profile, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });

const rows = readFileSync(join(out, 'summary.json'), 'utf8').match(/"sources": (\d+)/)?.[1] ?? '?';
console.log(`# ctmap report, ${Number(rows).toLocaleString('en')} source principals${args.run === undefined ? ` (synthetic, seed ${args.seed})` : ` (${args.run})`}\n`);
console.log('| measure | value |');
console.log('|---|---:|');
console.log(`| ctmap report (read review.csv and summary.json, write the page) | ${ms(reportWall)} |`);
console.log(`| report.html size | ${(size / 1024 / 1024).toFixed(1)} MB |`);
console.log(`| open in chromium: navigation to the first row shown | ${ms(open)} |`);
console.log(`| JS heap after opening | ${heap.toFixed(0)} MB |`);
console.log(`| rows in the DOM (of ${Number(rows).toLocaleString('en')}) | ${rowsInDom} at the top, ${scroll.rowsInDom} at the end |`);
console.log(`| scrolling top to bottom in ${scroll.steps} steps, frame time median / p95 / max | ${scroll.median.toFixed(1)} / ${scroll.p95.toFixed(1)} / ${scroll.max.toFixed(1)} ms |`);
for (const [label, t] of actions) console.log(`| ${label} | ${ms(t)} |`);
if (errors.length > 0) console.log(`\npage errors: ${errors.join('; ')}`);
