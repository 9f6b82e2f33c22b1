// The built Excel task pane in Chromium, with a stub Office.js (served in place of the CDN) backed by the
// fake Excel model, and the real ExcelHost adapter inside the page: the Content-Security-Policy, teacher,
// SENCO (tabs and a picked .xlsx file), leader and settings flows, axe-core and no network.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { SHEET } from '../../core/plan/sheet-names.js';
import type { InitialSheet, ObservedWorkbook } from '../contract/harness.js';
import { seriousViolations } from './support/axe.js';
import { bundleForBrowser, buildPanel } from './support/build.js';
import { launchPanelBrowser, type PanelBrowser } from './support/chromium.js';
import { serveFiles, type StaticServer } from './support/static-server.js';
import { classMaps, pupilsOf, teacherMap, XSS_NAME } from './support/workbooks.js';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// A real browser on a shared 2-core machine: give each flow room.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

const DOCS = new URL('../../docs/', import.meta.url).pathname;

let server: StaticServer;
let taskpane: string;
let officeStub: string;
let browser: PanelBrowser | null = null;

beforeAll(async () => {
  taskpane = buildPanel().taskpane;
  officeStub = await bundleForBrowser('./office-page.ts');
  server = await serveFiles({ '/taskpane.html': taskpane });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

afterEach(async () => {
  if (!browser) return;
  expect(browser.blocked).toEqual([]);
  expect(browser.requested.every((u) => u.startsWith(server.origin) || u === OFFICE_JS)).toBe(true);
  expect(browser.dialogs).toEqual([]);
  expect(browser.errors).toEqual([]);
  // The policy let everything the panel does through: no violation was reported.
  expect(browser.consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
  await browser.close();
  browser = null;
});

async function openTaskPane(sheets: InitialSheet[], active: string): Promise<Page> {
  browser = await launchPanelBrowser({ stubs: { [OFFICE_JS]: officeStub } });
  const { page } = browser;
  await page.addInitScript(
    (seed) => {
      (window as unknown as { __provmapSeed: unknown }).__provmapSeed = seed;
    },
    { sheets, active },
  );
  await page.goto(`${server.origin}/taskpane.html`);
  return page;
}

const observe = (page: Page): Promise<ObservedWorkbook> =>
  page.evaluate(() =>
    (window as unknown as { __provmapExcel: { observe(): ObservedWorkbook } }).__provmapExcel.observe(),
  );

const sheetNames = async (page: Page): Promise<string[]> => (await observe(page)).sheets.map((s) => s.name);

async function columnOf(page: Page, sheet: string, header: string): Promise<string[]> {
  const s = (await observe(page)).sheets.find((x) => x.name === sheet)!;
  const row = s.cells.findIndex((r) => r.includes(header));
  const col = s.cells[row]!.indexOf(header);
  return s.cells.slice(row + 1).map((r) => String(r[col] ?? ''));
}

async function classMapFile(sheet: InitialSheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((row) => ws.addRow(row));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the task pane page', () => {
  it('allows only itself and the Office.js CDN, and its hashes match its inline code', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(taskpane)?.[1];
    expect(csp).toBeDefined();
    const directives = Object.fromEntries(
      csp!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k!, v]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    const script = /<script>([\s\S]*)<\/script>/.exec(taskpane)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(taskpane)![1]!;
    const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    expect(directives['script-src']).toEqual(["'self'", hash(script), 'https://appsforoffice.microsoft.com']);
    expect(directives['style-src']).toEqual(["'self'", hash(style)]);
    for (const [name, values] of Object.entries(directives))
      for (const v of values)
        expect(
          v === "'none'" ||
            v === "'self'" ||
            v.startsWith("'sha256-") ||
            v === 'data:' ||
            v === 'https://appsforoffice.microsoft.com',
          `${name} ${v}`,
        ).toBe(true);
    expect(taskpane).toContain(`<script src="${OFFICE_JS}"></script>`);
    // Two script elements: Office.js from the CDN, and the panel inline (its code may mention "<script").
    const markup = taskpane.replace(script, '');
    expect((markup.match(/<script\b/g) ?? []).length).toBe(2);
  });

  it('is enforced: script injected into the page does not run', async () => {
    const source = teacherMap();
    const page = await openTaskPane([source], source.name);
    await page.locator('.figure-row').first().waitFor();
    await page.addScriptTag({ content: 'window.__injected = true;' }).catch(() => undefined);
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined();
    browser!.consoleErrors.length = 0;
  });
});

describe('the task pane in Excel', () => {
  it(
    'runs the teacher, SENCO and leader flows on the workbook, with a picked class map file',
    { timeout: 90_000 },
    async () => {
      const source = teacherMap();
      const maps = classMaps();
      const page = await openTaskPane([source, maps[0]!, maps[1]!], source.name);
      await page.locator('.figure-row').first().waitFor();
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
          now: Math.round(performance.now()),
        };
      });
      console.log(
        `task pane: DOMContentLoaded ${timing.domContentLoaded} ms; status shown by ${timing.now} ms`,
      );
      expect(await page.locator('.pupil-name', { hasText: XSS_NAME }).count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);

      // Teacher: set up with the exit column corrected.
      await page.getByRole('button', { name: 'Set up from this sheet…' }).click();
      await page.getByLabel('H End of block').selectOption({ label: 'Exit data' });
      await page.getByRole('button', { name: 'Create sheets' }).click();
      await expect.poll(() => page.locator('h2.sheet-name').textContent()).toBe(SHEET.provisionMap);
      expect(await sheetNames(page)).toEqual(
        expect.arrayContaining([SHEET.provisionMap, SHEET.interventions, SHEET.pupils, SHEET.scales]),
      );
      expect(
        (await columnOf(page, SHEET.provisionMap, 'Exit')).filter((v) => v !== '').length,
      ).toBeGreaterThanOrEqual(12);
      await page.locator('summary', { hasText: /^Targets not met \(3\)$/ }).click();
      await page
        .getByRole('button', { name: /^Go to F\d+ on Provision Map/ })
        .first()
        .click();
      await expect
        .poll(() =>
          page.evaluate(() =>
            (window as unknown as { __provmapExcel: { selection(): unknown } }).__provmapExcel.selection(),
          ),
        )
        .toEqual({ sheet: SHEET.provisionMap, a1: expect.stringMatching(/^F\d+$/) });

      // SENCO: two tabs and a picked file.
      await page.getByRole('tab', { name: 'School' }).click();
      const box = page.getByRole('checkbox', { name: source.name });
      await box.waitFor();
      await box.uncheck();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose files…' }).click();
      await (
        await chooser
      ).setFiles({
        name: '4C map.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await classMapFile(maps[2]!),
      });
      const fileBox = page.getByRole('checkbox', { name: '4C map.xlsx (file)' });
      await fileBox.waitFor();
      expect(await fileBox.isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Collate', exact: true }).click();
      await page.getByRole('heading', { name: 'Collation finished' }).waitFor({ timeout: 30_000 });
      const pupils = new Set(await columnOf(page, SHEET.schoolMap, 'Pupil'));
      expect(pupils).toEqual(new Set(maps.flatMap(pupilsOf)));
      expect(await columnOf(page, SHEET.schoolMap, 'Source')).toContain('4C map.xlsx › 4C map');
      expect(await seriousViolations(page)).toEqual([]);

      // Leader: the summary sheets and the headline figures.
      await page.getByRole('tab', { name: 'Leaders' }).click();
      await page.getByRole('button', { name: 'Generate summary sheets' }).click();
      await page.locator('.figures').waitFor();
      expect(await sheetNames(page)).toContain(SHEET.summary);
      expect(await page.locator('.figures .tiles li').first().textContent()).toBe(
        `${new Set(maps.flatMap(pupilsOf)).size}pupils in provision`,
      );
      await page.getByLabel('Group pupils by').selectOption({ label: 'SEN' });
      await page.locator('main.panel').screenshot({ path: `${DOCS}panel-leader.png` });
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  it('keeps settings in the workbook’s document settings', async () => {
    const source = teacherMap();
    const page = await openTaskPane([source], source.name);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Weeks per term').fill('13');
    await page.getByLabel('Weeks per term').press('Tab');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved in this spreadsheet.').waitFor();
    const stored = await page.evaluate(
      () =>
        (
          window as unknown as { __provmapExcel: { settings(): Record<string, string> } }
        ).__provmapExcel.settings()['provmap.settings'],
    );
    expect(JSON.parse(stored!).weeksPerTerm).toBe(13);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
