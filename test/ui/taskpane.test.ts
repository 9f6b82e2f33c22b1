// The Excel task pane as the add-in ships it (dist/excel-addin) in Chromium, with a stub Office.js (served
// in place of the CDN) backed by the fake Excel model, and the real ExcelHost adapter inside the page: the
// Content-Security-Policy, teacher, SENCO (tabs and a picked .xlsx file), leader and settings flows, the
// ribbon's commands and the custom functions in the same runtime, axe-core, a 300 px fit in the Fluent
// look, and no network.
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { SHEET } from '../../core/plan/sheet-names.js';
import { RIBBON_COMMANDS } from '../../excel-addin/taskpane/ribbon-commands.js';
import type { InitialSheet, ObservedWorkbook } from '../contract/harness.js';
import { seriousViolations } from './support/axe.js';
import { bundleForBrowser, buildTaskPane } from './support/build.js';
import { launchPanelBrowser, type PanelBrowser } from './support/chromium.js';
import { sidewaysOverflow } from './support/fit.js';
import { serveFiles, type StaticServer } from './support/static-server.js';
import { classMaps, pupilsOf, teacherMap, teacherTracker, XSS_NAME } from './support/workbooks.js';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// A real browser on a shared 2-core machine: give each flow room.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

const DOCS = new URL('../../docs/', import.meta.url).pathname;

let server: StaticServer;
let files: ReturnType<typeof buildTaskPane>;
let taskpane: string;
let officeStub: string;
let browser: PanelBrowser | null = null;

beforeAll(async () => {
  files = buildTaskPane();
  taskpane = files['/taskpane.html'];
  officeStub = await bundleForBrowser('./office-page.ts');
  server = await serveFiles(files);
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

interface SeedOptions {
  excelApi?: string;
  settings?: Record<string, string>;
}

async function openTaskPane(
  sheets: InitialSheet[],
  active: string,
  options: SeedOptions = {},
): Promise<Page> {
  browser = await launchPanelBrowser({ stubs: { [OFFICE_JS]: officeStub } });
  const { page } = browser;
  await page.addInitScript(
    (seed) => {
      (window as unknown as { __provmapSeed: unknown }).__provmapSeed = seed;
    },
    { sheets, active, ...options },
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

/** Nothing in the task pane, as shown now, is wider than its 300 px column (`what` names the state). */
async function expectFits(page: Page, what: string): Promise<void> {
  expect(await sidewaysOverflow(page), what).toEqual([]);
}

async function classMapFile(sheet: InitialSheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((row) => ws.addRow(row));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the task pane page', () => {
  it('allows only its own files and the Office.js CDN, with nothing inline', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(taskpane)?.[1];
    expect(csp).toBeDefined();
    const directives = Object.fromEntries(
      csp!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k!, v]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives['style-src']).toEqual(["'self'"]);
    for (const [name, values] of Object.entries(directives))
      for (const v of values)
        expect(
          v === "'none'" || v === "'self'" || v === 'data:' || v === 'https://appsforoffice.microsoft.com',
          `${name} ${v}`,
        ).toBe(true);
    // Office.js from the CDN and the add-in's own bundle, which the manifest also names for the functions.
    expect([...taskpane.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
      `<script src="${OFFICE_JS}">`,
      '<script src="taskpane.js" defer>',
    ]);
    expect(taskpane).not.toMatch(/<style\b|\son\w+=/);
    // Small to open: the xlsx reader (ExcelJS) is a separate script, fetched only when a file is picked.
    expect(files['/taskpane.js'].length).toBeLessThan(400_000);
    expect(files['/xlsx-reader.js'].length).toBeGreaterThan(files['/taskpane.js'].length);
    expect(files['/manifest.xml']).toContain('/taskpane.js"');
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
      // The fit below is of the Fluent look: its stylesheet loaded under the policy (14 px Segoe UI).
      expect(
        await page.evaluate(() => [
          document.documentElement.dataset.theme,
          getComputedStyle(document.body).fontSize,
        ]),
      ).toEqual(['fluent', '14px']);
      await expectFits(page, 'status');
      // Every pupil list and the things to check, open at once.
      await page
        .locator('.status details')
        .evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await page.locator('.status details:not([open])').count()).toBe(0);
      await expectFits(page, 'status, every list open');

      // Teacher: set up with the exit column corrected.
      await page.getByRole('button', { name: 'Set up from this sheet…' }).click();
      await page.getByLabel('H End of block').selectOption({ label: 'Exit data' });
      await expectFits(page, 'set-up preview');
      await page.getByRole('button', { name: 'Create sheets' }).click();
      await expect.poll(() => page.locator('h2.sheet-name').textContent()).toBe(SHEET.provisionMap);
      expect(await sheetNames(page)).toEqual(
        expect.arrayContaining([SHEET.provisionMap, SHEET.interventions, SHEET.pupils, SHEET.scales]),
      );
      expect(
        (await columnOf(page, SHEET.provisionMap, 'Exit')).filter((v) => v !== '').length,
      ).toBeGreaterThanOrEqual(12);
      await page.locator('summary', { hasText: /^Targets not met \(3\)$/ }).click();
      await expectFits(page, 'set-up outcome, pupils not meeting targets open');
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
      expect(server.requests).not.toContain('/xlsx-reader.js');
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
      await expectFits(page, 'class maps with a picked file');
      await page.getByRole('button', { name: 'Collate', exact: true }).click();
      await page.getByRole('heading', { name: 'Collation finished' }).waitFor({ timeout: 30_000 });
      const pupils = new Set(await columnOf(page, SHEET.schoolMap, 'Pupil'));
      expect(pupils).toEqual(new Set(maps.flatMap(pupilsOf)));
      expect(await columnOf(page, SHEET.schoolMap, 'Source')).toContain('4C map.xlsx › 4C map');
      expect(server.requests.filter((p) => p === '/xlsx-reader.js')).toHaveLength(1);
      expect(await seriousViolations(page)).toEqual([]);
      await expectFits(page, 'collation finished');

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
      await expectFits(page, 'leaders’ figures and charts');
      // Both charts' tables open.
      for (const summary of await page.getByText('Show as a table').all()) await summary.click();
      expect(await page.locator('.figures details[open] table').count()).toBe(2);
      await expectFits(page, 'leaders’ charts as tables');
    },
  );

  it('keeps settings in the workbook’s document settings', async () => {
    const source = teacherMap();
    const page = await openTaskPane([source], source.name);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    await expectFits(page, 'settings');
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

interface ExcelHooks {
  ribbonIds(): string[];
  functionIds(): string[];
  panesShown(): number;
  press(id: string): Promise<boolean>;
  call(id: string, ...args: unknown[]): unknown;
  activate(sheet: string): void;
}
/** Calls one of the stub Office.js page's hooks inside the page. */
const excel = <M extends keyof ExcelHooks>(
  page: Page,
  method: M,
  ...args: Parameters<ExcelHooks[M]>
): Promise<Awaited<ReturnType<ExcelHooks[M]>>> =>
  page.evaluate(
    ({ m, a }) =>
      (window as unknown as { __provmapExcel: Record<string, (...x: unknown[]) => unknown> }).__provmapExcel[
        m
      ]!(...a),
    { m: method as string, a: args as unknown[] },
  ) as Promise<Awaited<ReturnType<ExcelHooks[M]>>>;

describe('the ribbon and the custom functions, in the same runtime', () => {
  it('associates exactly the manifest’s buttons, and each runs its action in the pane', async () => {
    const manifestNames = [...files['/manifest.xml'].matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map(
      (m) => m[1]!,
    );
    expect(manifestNames.sort()).toEqual(Object.keys(RIBBON_COMMANDS).sort());
    const map = teacherMap();
    const tracker = teacherTracker();
    const page = await openTaskPane([map, tracker], map.name);
    await page.locator('.figure-row').first().waitFor();
    expect((await excel(page, 'ribbonIds')).sort()).toEqual(manifestNames);

    const press = async (id: string, heading: string): Promise<void> => {
      expect(await excel(page, 'press', id)).toBe(true);
      await expect.poll(() => page.locator('.outcome-title').textContent()).toBe(heading);
    };
    await press('structureProvision', 'Set up');
    expect(await sheetNames(page)).toEqual(expect.arrayContaining([SHEET.provisionMap, SHEET.interventions]));
    await press('reevaluate', 'Re-evaluated');
    await press('progressReview', 'Review written');
    expect(await sheetNames(page)).toContain(SHEET.review);

    await excel(page, 'activate', tracker.name);
    await press('structureTracker', 'Set up');
    const width = async (): Promise<number> =>
      (await observe(page)).sheets.find((s) => s.name === SHEET.tracker)!.cells[0]!.filter((v) => v !== null)
        .length;
    const before = await width();
    await page.locator('.outcome-title').evaluate((e) => (e.textContent = ''));
    await press('addAssessmentPoint', 'Assessment point added');
    expect(await width()).toBe(before + 1);
    expect(await excel(page, 'panesShown')).toBe(5);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('registers PROGRESS, STATUS and STEPS, which know the school’s own scales from the start', async () => {
    const phonics = {
      id: 'school-phonics',
      name: 'Phonics phases',
      stepName: 'phase',
      steps: ['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4', 'Phase 5', 'Phase 6'].map((label) => ({ label })),
      parser: 'labels',
      tolerance: 0,
      expectedStepsPerYear: { default: 1 },
    };
    const source = teacherMap();
    const page = await openTaskPane([source], source.name, {
      settings: { 'provmap.settings': JSON.stringify({ schoolScales: [phonics] }) },
    });
    await page.locator('.figure-row').first().waitFor();
    expect((await excel(page, 'functionIds')).sort()).toEqual(['PROGRESS', 'STATUS', 'STEPS']);
    await expect.poll(() => excel(page, 'call', 'STEPS', [['Phase 4']], 'Phonics phases')).toEqual([[4]]);
    expect(await excel(page, 'call', 'PROGRESS', [['Phase 2']], [['Phase 5']], 'Phonics phases')).toEqual([
      [3],
    ]);
    expect(await excel(page, 'call', 'STEPS', [['2b']], 'no such scale')).toMatchObject({
      error: '#VALUE!',
    });
  });

  it('says clearly when Excel is too old, and its buttons still finish', async () => {
    const source = teacherMap();
    const page = await openTaskPane([source], source.name, { excelApi: '1.7' });
    await page.getByText(/too old for provmap/).waitFor();
    expect(await excel(page, 'press', 'reevaluate')).toBe(true);
    expect(await sheetNames(page)).toEqual([source.name]);
  });
});
