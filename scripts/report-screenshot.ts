// node dist/scripts/report-screenshot.js DEMO_DIR
// The README's pictures of the demo report (docs/report-*.png), taken in Debian's chromium:
// the overview, the table filtered to review with one row opened, and the Moves section of the
// demo run reported with fixtures/moves' status.json (the demo has no status snapshots).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writeReport } from '../src/commands/report.js';

const demo = process.argv[2] ?? 'ctmap-demo';
const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ctmap-chromium-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1400, height: 900 },
});
const page = await context.newPage();
await page.goto(`file://${join(process.cwd(), demo, 'report.html')}`);
await page.getByTestId('row').first().waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: join(docs, 'report-overview.png') });
await page.getByTestId('filter-status').selectOption('review');
await page.locator('[data-testid=row][data-source="chen.jing@contoso.com"]').click();
await page.locator('section.review').scrollIntoViewIfNeeded();
await page.locator('section.review').screenshot({ path: join(docs, 'report-review.png') });
const withStatus = writeReport(demo, join(demo, 'plan'), join(mkdtempSync(join(tmpdir(), 'ctmap-report-')), 'report.html'), false, relative(process.cwd(), fileURLToPath(new URL('../../fixtures/moves/expected', import.meta.url))));
await page.goto(`file://${resolve(withStatus)}`);
await page.getByTestId('row').first().waitFor();
await page.getByTestId('status').scrollIntoViewIfNeeded();
await page.waitForTimeout(500);
await page.getByTestId('status').screenshot({ path: join(docs, 'report-moves.png') });
await context.close();
