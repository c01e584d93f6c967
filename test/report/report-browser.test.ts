// The report in a real browser (Debian's chromium through playwright-core): the demo report
// opens cleanly and offline, its counts are summary.json's, filters and search narrow the rows,
// decisions made in the page come back through `ctmap map --decisions` as exactly those
// changes, hostile display names stay text, and with --status the moves' states per wave and
// the failures of status.json are shown.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { BrowserContext } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, launch, openReport } from '../helpers/browser.js';
import { ctmap, ROOT } from '../helpers/cli.js';
import { DEMO, tempDir } from '../helpers/fixture-run.js';

type Row = Record<string, string>;
const review = (dir: string): Row[] => parse(readFileSync(join(dir, 'review.csv')), { columns: true, bom: true }) as Row[];
const bySource = (rows: readonly Row[]): Map<string, Row> => new Map(rows.map((r) => [r.source!, r]));

describe.skipIf(!browserAvailable())('ctmap report in chromium', () => {
  let context: BrowserContext;
  let demo: string;
  let file: string;

  beforeAll(async () => {
    const cwd = tempDir();
    expect(ctmap(['demo', '--out', 'demo'], cwd).code).toBe(0);
    demo = join(cwd, 'demo');
    file = join(demo, 'report.html');
  });
  // A fresh profile per test: decisions one test keeps in browser storage never reach another.
  beforeEach(async () => {
    context = await launch();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('opens with no console error and no network request, with the counts of summary.json', async () => {
    const { page, errors, requests } = await openReport(context, file);
    const summary = JSON.parse(readFileSync(join(demo, 'summary.json'), 'utf8')) as { counts: { byStatus: Record<string, number> } };
    for (const [status, count] of Object.entries(summary.counts.byStatus)) {
      expect(await page.getByTestId(`status-count-${status}`).textContent(), status).toBe(String(count));
    }
    // Every chart drew on its canvas (a chart library failing under the CSP would leave them blank).
    expect(await page.locator('canvas').count()).toBe(5);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('narrows the rows by filter and by search', async () => {
    const { page } = await openReport(context, file);
    const rows = review(demo);
    const shown = async (): Promise<string[]> => (await page.getByTestId('row').evaluateAll((els) => els.map((e) => e.getAttribute('data-source') ?? ''))).sort();
    const expectShown = async (expected: readonly Row[]): Promise<void> => {
      expect(await page.getByTestId('row-count').textContent()).toBe(`${expected.length} of ${rows.length} rows`);
      expect(await shown()).toEqual(expected.map((r) => r.source!).sort());
    };

    await page.getByTestId('filter-status').selectOption('review');
    await expectShown(rows.filter((r) => r.status === 'review'));
    await page.getByTestId('filter-kind').selectOption('group');
    await expectShown(rows.filter((r) => r.status === 'review' && r.kind === 'group'));
    await page.getByTestId('filter-status').selectOption('');
    await page.getByTestId('filter-kind').selectOption('');

    // Search looks at every key and name of a row, case-insensitively.
    await page.getByTestId('search').fill('GARC');
    const hay = (r: Row): string => [r.source, r.source_name, r.target, r.target_name, r.runner_up, r.competing].join('\n').toLowerCase();
    // The search box waits for typing to pause.
    await expect.poll(() => page.getByTestId('row-count').textContent()).toBe(`${rows.filter((r) => hay(r).includes('garc')).length} of ${rows.length} rows`);
    await expectShown(rows.filter((r) => hay(r).includes('garc')));
    await page.close();
  });

  it('decides every row a filter shows, on the second click only', async () => {
    const { page } = await openReport(context, file);
    const review = (await page.getByTestId('status-count-review').textContent()) ?? '';
    await page.getByTestId('filter-status').selectOption('review');
    await page.getByTestId('bulk-reject').click();
    expect(await page.getByTestId('pending-count').textContent()).toBe('no unsaved decisions');
    await page.getByTestId('bulk-reject').click();
    expect(await page.getByTestId('pending-count').textContent()).toBe(`${review} decisions made in this page`);
    await page.getByTestId('filter-decision').selectOption('reject');
    expect(await page.getByTestId('row-count').textContent()).toMatch(new RegExp(`^${review} of`));
    await page.getByTestId('bulk-clear').click();
    await page.getByTestId('bulk-clear').click();
    expect(await page.getByTestId('pending-count').textContent()).toBe('no unsaved decisions');
    await page.close();
  });

  it('saves accept, reject and redirect as a file that ctmap map --decisions applies as exactly those changes', async () => {
    const { page, errors } = await openReport(context, file);
    const open = async (query: string): Promise<void> => {
      await page.getByTestId('search').fill(query);
      await page.locator(`[data-testid=row][data-source="${query}"]`).click();
    };
    // Accept a review row (button), reject a matched one (keyboard), redirect an unmatched one
    // to a target no source claims, picked from the suggestions.
    await open('chen.jing@contoso.com');
    await page.getByTestId('decision-accept').click();
    await open('adam.fischer@contoso.com');
    await page.locator('body').press('r');
    await open('colin.fraser@contoso.com');
    await page.getByTestId('decision-redirect-input').fill('mason.re');
    await page.getByTestId('suggestions').getByRole('button', { name: /mason\.reid@fabrikam\.com/ }).click();
    await page.getByTestId('decision-redirect').click();
    expect(await page.getByTestId('decision-now').textContent()).toBe('accept → mason.reid@fabrikam.com');

    // Kept across a reload (browser storage).
    await page.reload();
    await page.getByTestId('row').first().waitFor();
    expect(await page.getByTestId('pending-count').textContent()).toBe('3 decisions made in this page');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-decisions').click()]);
    const saved = join(tempDir(), 'review-decisions.csv');
    await download.saveAs(saved);
    expect(errors).toEqual([]);
    await page.close();

    const run2 = join(tempDir(), 'run-2');
    ctmap(['map', '--config', join(DEMO, 'ctmap.json'), '--decisions', saved, '--out', run2]);
    const before = bySource(review(demo));
    const after = bySource(review(run2));
    const changed = [...after.keys()].filter((s) => JSON.stringify(after.get(s)) !== JSON.stringify(before.get(s))).sort();
    expect(changed).toEqual(['adam.fischer@contoso.com', 'chen.jing@contoso.com', 'colin.fraser@contoso.com']);
    expect(after.get('chen.jing@contoso.com')).toMatchObject({ status: 'decided', target: 'jchen@fabrikam.com', decision: 'accept' });
    expect(after.get('adam.fischer@contoso.com')).toMatchObject({ status: 'excluded', decision: 'reject' });
    expect(after.get('colin.fraser@contoso.com')).toMatchObject({ status: 'decided', target: 'mason.reid@fabrikam.com', decision: 'accept' });
    const summary = JSON.parse(readFileSync(join(run2, 'summary.json'), 'utf8')) as { findings: Array<{ code: string }> };
    expect(summary.findings.filter((f) => f.code.startsWith('decision-'))).toEqual([]);
  });

  it('shows the states per wave, the failures and the next wave of a status.json (--status)', async () => {
    const status = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'moves', 'expected', 'status.json'), 'utf8')) as {
      waves: Array<{ wave: number; total: number; byState: Record<string, number>; notSeen: number }>;
      failed: Array<{ wave: number; kind: string; source: string; target: string; state: string; detail: string; cause?: string; fix?: string }>;
      stuck: unknown[];
      notSeen: unknown[];
    };
    // A detail the service echoes back holding markup stays text.
    const hostile = '<img src=x onerror=alert(1)></td><script>alert(2)</script>';
    status.failed[0]!.detail = hostile;
    const statusFile = join(tempDir(), 'status.json');
    writeFileSync(statusFile, JSON.stringify(status));
    const out = join(demo, 'status-report.html');
    expect(ctmap(['report', '--from', demo, '--plan', join(demo, 'plan'), '--status', statusFile, '--out', out]).code).toBe(0);
    const { page, errors, requests, dialogs } = await openReport(context, out);

    expect(status.waves.length).toBeGreaterThan(1);
    for (const w of status.waves) {
      const row = page.getByTestId(`status-wave-${w.wave}`);
      expect(await row.locator('[data-state="total"]').textContent()).toBe(String(w.total));
      expect(await row.locator('[data-state="not seen"]').textContent()).toBe(String(w.notSeen));
      for (const [state, count] of Object.entries(w.byState)) expect(await row.locator(`[data-state="${state}"]`).textContent(), `wave ${w.wave} ${state}`).toBe(String(count));
    }
    const failures = await page.getByTestId('status-failure').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    expect(failures).toEqual(status.failed.map((f) => [String(f.wave), f.kind, f.source, f.target, f.state, f.detail, f.cause ?? '', f.fix ?? 'none known: read the detail']));
    expect(await page.getByTestId('status-failed-count').textContent()).toBe(String(status.failed.length));
    expect(await page.getByTestId('status-stuck-count').textContent()).toBe(String(status.stuck.length));
    expect(await page.getByTestId('status-not-seen-count').textContent()).toBe(String(status.notSeen.length));
    expect(await page.getByTestId('status-next-wave').textContent()).toMatch(/^Next wave 2 \(6 moves\) may start/);
    // The five charts of the run and plan, and the states per wave.
    expect(await page.locator('canvas').count()).toBe(6);
    expect(failures[0]?.[5]).toBe(hostile);
    expect(await page.locator('#app img, #app script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows hostile display names as text: no dialog, no element from them, no script run', async () => {
    const dir = tempDir();
    const hostile = ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', '"><svg onload=alert(3)>', '" onmouseover="alert(4)', 'javascript:alert(6)'];
    const header = 'Id,UserPrincipalName,DisplayName,GivenName,Surname,Mail';
    const csv = (domain: string, extra: string): string =>
      [header, ...hostile.map((name, i) => `${i + 1}0000000-0000-4000-8000-00000000000${i},user${i}@${domain},"${name.replace(/"/g, '""')}",Given${i},Sur${i},user${i}@${domain}`), extra].join('\r\n');
    writeFileSync(join(dir, 'src.csv'), csv('contoso.com', '90000000-0000-4000-8000-000000000009,lonely@contoso.com,"<b onmouseover=alert(5)>x</b>",Lone,Ly,'));
    writeFileSync(join(dir, 'tgt.csv'), csv('fabrikam.com', ''));
    const out = join(dir, 'run');
    ctmap(['map', '--source-users', join(dir, 'src.csv'), '--target-users', join(dir, 'tgt.csv'), '--source-tenant-id', 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718', '--domain', 'contoso.com=fabrikam.com', '--out', out]);
    expect(ctmap(['report', '--from', out]).code).toBe(0);

    const { page, errors, requests, dialogs } = await openReport(context, join(out, 'report.html'));
    for (const row of await page.getByTestId('row').all()) await row.click();
    const names = await page.locator('.td, .detail h2').evaluateAll((els) => els.map((e) => e.textContent));
    for (const name of hostile) expect(names).toContain(name);
    expect(await page.locator('#app img, #app svg, #app b, #app script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
