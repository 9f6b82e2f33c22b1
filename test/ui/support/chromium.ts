// Debian's Chromium under playwright-core, with a fresh profile, no network beyond 127.0.0.1 (and what a
// test allows), and a record of every request that was attempted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const PANEL_WIDTH = 300;

export interface PanelBrowser {
  context: BrowserContext;
  page: Page;
  /** Every URL that was requested and not served from 127.0.0.1 or an allowed stub. */
  blocked: string[];
  /** Every request URL, in order. */
  requested: string[];
  /** Dialogs (alert, confirm...) that fired: a panel should never open one. */
  dialogs: string[];
  /** Errors thrown in the page. */
  errors: string[];
  /** Console messages of type error (CSP violations appear here). */
  consoleErrors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** URL -> body of a script served in place of the real one (e.g. the Office.js CDN). */
  stubs?: Record<string, string>;
  height?: number;
}

/** True for the local server the test started. */
const isLocal = (url: string): boolean => {
  try {
    const u = new URL(url);
    return u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'about:';
  } catch {
    return false;
  }
};

export async function launchPanelBrowser(options: LaunchOptions = {}): Promise<PanelBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'provmap-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: PANEL_WIDTH, height: options.height ?? 900 },
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const blocked: string[] = [];
  const requested: string[] = [];
  const stubs = options.stubs ?? {};
  await context.route('**/*', async (route: Route) => {
    const url = route.request().url();
    requested.push(url);
    const stub = stubs[url];
    if (stub !== undefined) return route.fulfill({ status: 200, contentType: 'text/javascript', body: stub });
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs: string[] = [];
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  return {
    context,
    page,
    blocked,
    requested,
    dialogs,
    errors,
    consoleErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
