// Debian's chromium driven by playwright-core, for the report's browser tests. The browser is
// installed by scripts/install-chromium.sh (run by npm test), never downloaded. Where it is
// missing the tests skip loudly, and fail under CI=true.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** True when the browser tests can run; otherwise says why (and throws under CI=true). */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `${CHROMIUM} is missing: the browser tests of ctmap report are SKIPPED (scripts/install-chromium.sh installs it)`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n*** ${message} ***\n`);
  return false;
}

/** A fresh browser profile each time, so no storage leaks between tests. */
export async function launch(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'ctmap-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1500, height: 1000 },
  });
}

export interface Watched {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/** Opens a report file, recording console errors, page errors, requests other than the file, and dialogs. */
export async function openReport(context: BrowserContext, file: string): Promise<Watched> {
  const page = await context.newPage();
  const url = `file://${file}`;
  const watched: Watched = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watched.errors.push(m.text());
  });
  page.on('pageerror', (e) => watched.errors.push(e.message));
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('blob:')) watched.requests.push(r.url());
  });
  page.on('dialog', (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.locator('[data-testid=row]').first().waitFor();
  return watched;
}
