// The built Google Sheets sidebar in Chromium, over google.script.run wired to the real panel server and
// the Sheets host adapter on the fake SpreadsheetApp: teacher, SENCO, leader and settings flows, keyboard
// only, axe-core, inert pupil text, no network, and the README screenshots.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { SHEET } from '../../core/plan/sheet-names.js';
import type { InitialSheet, ObservedSheet } from '../contract/harness.js';
import { seriousViolations } from './support/axe.js';
import { bundleForBrowser, buildSidebar } from './support/build.js';
import { launchPanelBrowser, PANEL_WIDTH, type PanelBrowser } from './support/chromium.js';
import { createGoogleSide, type GoogleSide } from './support/google-side.js';
import { serveFiles, type StaticServer } from './support/static-server.js';
import { classMaps, pupilsOf, teacherMap, teacherTracker, XSS_NAME } from './support/workbooks.js';

// A real browser on a shared 2-core machine: give each flow room.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

const DOCS = new URL('../../docs/', import.meta.url).pathname;

let server: StaticServer;
let shim: string;
let sidebarHtml: string;
let browser: PanelBrowser | null = null;

beforeAll(async () => {
  const sidebar = buildSidebar();
  sidebarHtml = sidebar;
  shim = await bundleForBrowser('./google-page.ts');
  server = await serveFiles({ '/sidebar.html': sidebar });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

afterEach(async () => {
  if (!browser) return;
  // Nothing left the machine, no dialog opened and the page threw nothing, whatever the test did.
  expect(browser.blocked).toEqual([]);
  expect(browser.requested.every((u) => u.startsWith(server.origin))).toBe(true);
  expect(browser.dialogs).toEqual([]);
  expect(browser.errors).toEqual([]);
  await browser.close();
  browser = null;
});

async function openSidebar(
  sheets: InitialSheet[],
  active: string,
): Promise<{ side: GoogleSide; page: Page }> {
  const side = createGoogleSide(sheets, active);
  browser = await launchPanelBrowser();
  const { page } = browser;
  await side.attach(page);
  await page.addInitScript({ content: shim });
  await page.goto(`${server.origin}/sidebar.html`);
  return { side, page };
}

const sheetOf = (side: GoogleSide, name: string): ObservedSheet | undefined =>
  side.fake.observe().sheets.find((s) => s.name === name);

/** The figure row of the status list whose label is `label`, as its count. */
async function figure(page: Page, label: string): Promise<number> {
  const row = page.locator('.figure-row', { hasText: label });
  return Number(await row.locator('.figure-value').textContent());
}

/** A screenshot of the panel as shown: 300 px wide, as tall as its content. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.locator('main.panel').screenshot({ path: `${DOCS}${name}` });
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

describe('the sidebar, as a teacher', () => {
  it('shows the sheet at a glance, keeps pupil text inert, sets up with a corrected column, re-evaluates', async () => {
    const source = teacherMap();
    const { side, page } = await openSidebar([source, teacherTracker()], source.name);
    await expect.poll(() => page.locator('h2.sheet-name').textContent()).toBe(source.name);

    // Before set-up the exit column is unrecognised, so every measurable target still waits for exit data:
    // the seed's comprehension and numeracy groups, six pupils each; paired reading and the Leuven pairs
    // of social skills have no measurable target (1 + 3 x 2).
    await expect.poll(() => figure(page, 'No exit data yet')).toBe(12);
    expect(await figure(page, 'Targets not measurable')).toBe(7);

    // A pupil named as markup is text: no element was made from it and no dialog fired.
    await page.getByText('No exit data yet (12)').click();
    await page.locator('details[open] li.pupil', { hasText: XSS_NAME }).waitFor();
    expect(await page.locator('details[open] .pupil-name', { hasText: XSS_NAME }).textContent()).toBe(
      XSS_NAME,
    );
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await expectNoSeriousViolations(page);

    // The link beside the pupil selects their cell in the spreadsheet.
    const xssRow = page.locator('details[open] li.pupil', { hasText: XSS_NAME });
    await xssRow.getByRole('button').click();
    await expect.poll(() => side.fake.selection()).toEqual({ sheet: source.name, a1: 'E5' });

    // Set up: the preview shows the unknown column, the teacher says it is the exit data.
    const before = sheetOf(side, source.name);
    await page.getByRole('button', { name: 'Set up from this sheet…' }).click();
    const endOfBlock = page.getByLabel('H End of block');
    await endOfBlock.waitFor();
    expect(await endOfBlock.inputValue()).toBe('');
    expect(await page.getByLabel('This sheet is a').inputValue()).toBe('provision');
    await endOfBlock.selectOption({ label: 'Exit data' });
    await expectNoSeriousViolations(page);
    expect(sheetOf(side, SHEET.provisionMap)).toBeUndefined();
    await page.getByRole('button', { name: 'Create sheets' }).click();
    await page.getByRole('heading', { name: 'Set up', exact: true }).waitFor();

    // The fake workbook now has provmap's sheets with the exit data the correction pointed at; the
    // teacher's own sheet is exactly as it was.
    const names = side.fake.observe().sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([SHEET.provisionMap, SHEET.interventions, SHEET.pupils, SHEET.scales]),
    );
    expect(sheetOf(side, source.name)).toEqual(before);
    const map = sheetOf(side, SHEET.provisionMap)!;
    const header = map.cells.findIndex((r) => r.includes('Exit'));
    const exitCol = map.cells[header]!.indexOf('Exit');
    const pupilCol = map.cells[header]!.indexOf('Pupil');
    const exits = map.cells.slice(header + 1).filter((r) => r[exitCol] !== null && r[exitCol] !== '');
    expect(exits.length).toBeGreaterThanOrEqual(12);
    const amy = map.cells.slice(header + 1).find((r) => r[pupilCol] === 'Amy')!;
    expect(amy[exitCol]).toBe('2b');

    // The panel now shows the Provision Map: the seed's outcome (all met but Joe; numeracy 4 of 6).
    await expect.poll(() => page.locator('h2.sheet-name').textContent()).toBe(SHEET.provisionMap);
    await expect.poll(() => figure(page, 'Targets not met')).toBe(3);
    await page.getByText('Targets not met (3)').click();
    const notMet = await page.locator('details[open] li.pupil .pupil-name').allTextContents();
    expect(notMet.sort()).toEqual(['Amy', 'Carl', XSS_NAME].sort());
    await shoot(page, 'panel-teacher.png');
    await expectNoSeriousViolations(page);

    // Re-evaluate keeps every value.
    const mapBefore = sheetOf(side, SHEET.provisionMap);
    await page.getByRole('button', { name: 'Re-evaluate' }).click();
    await page.getByRole('heading', { name: 'Re-evaluated' }).waitFor();
    expect(sheetOf(side, SHEET.provisionMap)).toEqual(mapBefore);
  });
});

describe('the sidebar, as a teacher with a tracker', () => {
  it('sets up the tracker and adds an assessment point', async () => {
    const tracker = teacherTracker();
    const { side, page } = await openSidebar([tracker], tracker.name);
    await page.locator('.figure-row').first().waitFor();
    await page.getByRole('button', { name: 'Set up from this sheet…' }).click();
    await page.getByLabel('This sheet is a').waitFor();
    expect(await page.getByLabel('This sheet is a').inputValue()).toBe('tracking');
    await page.getByRole('button', { name: 'Create sheets' }).click();
    await expect.poll(() => page.locator('h2.sheet-name').textContent()).toBe(SHEET.tracker);
    // Assessment points sit between the Scale and Target columns of the Tracker.
    const points = (): string[] => {
      const header = sheetOf(side, SHEET.tracker)!.cells.find((r) => r.includes('Pupil')) ?? [];
      return header.slice(header.indexOf('Scale') + 1, header.indexOf('Target')).map(String);
    };
    const before = points();
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before).not.toContain('Mock exam');
    await page.getByLabel('New assessment point (label, e.g. AP3)').fill('Mock exam');
    await page.getByRole('button', { name: 'Add point' }).click();
    await page.getByRole('heading', { name: 'Assessment point added' }).waitFor();
    expect(points()).toEqual([...before, 'Mock exam']);
    expect(await page.getByLabel('New assessment point (label, e.g. AP3)').inputValue()).toBe('');
  });
});

describe('the sidebar, as a SENCO', () => {
  it('collates class maps with a progress bar, stops on Cancel, resumes, and links to what to fix', async () => {
    const maps = classMaps();
    const notes: InitialSheet = {
      name: 'Notes',
      values: [['Collate before the review meeting'], ['x', 'y']],
    };
    const { side, page } = await openSidebar([...maps, notes], maps[0]!.name);
    await page.getByRole('tab', { name: 'School' }).click();
    const box = (name: string) => page.getByRole('checkbox', { name });
    await box('3A map').waitFor();
    for (const m of maps) expect(await box(m.name).isChecked()).toBe(true);
    expect(await box('Notes').isChecked()).toBe(false);

    // One class map per call; hold the calls to watch the bar move and press Cancel mid-job.
    side.pause('panelProcessChunk');
    await page.getByRole('button', { name: 'Collate', exact: true }).click();
    const bar = page.locator('progress');
    await bar.waitFor();
    await expect.poll(() => side.waiting('panelProcessChunk')).toBe(1);
    expect(await bar.evaluate((b: HTMLProgressElement) => [b.value, b.max])).toEqual([0, 3]);
    side.allow('panelProcessChunk');
    await expect.poll(() => bar.evaluate((b: HTMLProgressElement) => b.value)).toBe(1);
    expect(await page.locator('.progress-text').textContent()).toBe('1 of 3 done · next: 3B map');
    await expect.poll(() => side.waiting('panelProcessChunk')).toBe(1);
    await shoot(page, 'panel-senco.png');
    await expectNoSeriousViolations(page);

    // Cancel while the second class map is being read: it finishes, the third is never started.
    await page.getByRole('button', { name: 'Cancel' }).click();
    side.allow('panelProcessChunk');
    await page.getByRole('heading', { name: 'Collation stopped' }).waitFor();
    expect(await page.locator('.outcome p').first().textContent()).toBe(
      '2 of 3 class maps are in the School Map. Collate again to add the rest.',
    );
    const schoolPupils = (): string[] => {
      const sm = sheetOf(side, SHEET.schoolMap)!;
      const header = sm.cells.findIndex((r) => r.includes('Pupil'));
      const col = sm.cells[header]!.indexOf('Pupil');
      return sm.cells.slice(header + 1).map((r) => String(r[col]));
    };
    const [a, b, c] = maps.map(pupilsOf) as [string[], string[], string[]];
    expect(new Set(schoolPupils())).toEqual(new Set([...a, ...b]));
    expect(side.calls.filter((n) => n === 'panelProcessChunk')).toHaveLength(2);

    // Collate again: the job starts over from the School Map already there, with no duplicate rows.
    side.resume('panelProcessChunk');
    await page.getByRole('button', { name: 'Collate', exact: true }).click();
    await page.getByRole('heading', { name: 'Collation finished' }).waitFor();
    const rows = schoolPupils();
    expect(new Set(rows)).toEqual(new Set([...a, ...b, ...c]));
    const sourceRows = maps.reduce((n, m) => n + m.values.length - 2, 0);
    expect(rows).toHaveLength(sourceRows);
    await expectNoSeriousViolations(page);

    // Open the School Map from the panel.
    await page.getByRole('button', { name: `Open ${SHEET.schoolMap}` }).click();
    await expect.poll(() => side.fake.selection()).toEqual({ sheet: SHEET.schoolMap, a1: 'A1' });
  });

  it('lists a tab that is not a class map as something to fix, with a link to it', async () => {
    const maps = classMaps().slice(0, 1);
    const tracker = teacherTracker();
    const { side, page } = await openSidebar([...maps, tracker], maps[0]!.name);
    await page.getByRole('tab', { name: 'School' }).click();
    await page.getByRole('checkbox', { name: tracker.name }).check();
    await page.getByRole('button', { name: 'Collate', exact: true }).click();
    await page.getByRole('heading', { name: 'Collation finished' }).waitFor();
    const item = page.locator('li.diag', { hasText: 'left out' });
    await item.waitFor();
    await item.getByRole('button', { name: /^Go to Class 3 reading, A1/ }).click();
    await expect.poll(() => side.fake.selection()).toEqual({ sheet: tracker.name, a1: 'A1' });
  });
});

describe('the sidebar, as a leader', () => {
  it('generates the summary sheets and shows the headline figures with charts and tables', async () => {
    const maps = classMaps();
    const { side, page } = await openSidebar(maps, maps[0]!.name);
    await page.getByRole('tab', { name: 'Leaders' }).click();
    await page.getByText(/No School Map or Provision Map yet/).waitFor();
    // The SENCO collated earlier (through the same server functions the sidebar calls).
    await page.getByRole('tab', { name: 'School' }).click();
    await page.getByRole('button', { name: 'Collate', exact: true }).click();
    await page.getByRole('heading', { name: 'Collation finished' }).waitFor();
    await page.getByRole('tab', { name: 'Leaders' }).click();
    await page.getByRole('button', { name: 'Generate summary sheets' }).click();
    await page.locator('.figures').waitFor();
    expect(sheetOf(side, SHEET.summary)).toBeDefined();

    // Counted by hand from the class maps: 6 pupils; of 6 rows with exit data, 4 met +1 sub-level.
    const tiles = await page.locator('.figures .tiles li').allTextContents();
    expect(tiles).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${new Set(maps.flatMap(pupilsOf)).size}pupils in provision`),
        expect.stringContaining('67%meeting targets'),
      ]),
    );
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(2);
    expect(await charts.first().getAttribute('aria-label')).toMatch(
      /^Meeting targets by intervention: Reading boost 75%/,
    );
    await page.getByText('Show as a table').first().click();
    expect(await page.locator('details[open] table tbody tr').count()).toBe(2);
    await page.getByLabel('Group pupils by').selectOption({ label: 'Class' });
    expect(await charts.nth(1).getAttribute('aria-label')).toMatch(/^Meeting targets by class: Class 3A 67%/);
    await expectNoSeriousViolations(page);
  });
});

describe('the sidebar settings', () => {
  it('saves settings in the document properties and refuses ones that cannot be used', async () => {
    const source = teacherMap();
    const { side, page } = await openSidebar([source], source.name);
    await page.getByRole('tab', { name: 'Settings' }).click();
    const tolerance = page.getByLabel('On-track tolerance (sub-levels)');
    await tolerance.fill('1');
    await page.getByLabel('Hourly rate for HLTA (£)').fill('20');
    await page.getByLabel('Hourly rate for HLTA (£)').press('Tab');
    await tolerance.press('Tab');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved in this spreadsheet.').waitFor();
    const stored = JSON.parse(side.fake.properties.document.data.get('provmap.settings')!);
    expect(stored.tolerance).toEqual({ 'nc-sublevels': 1 });
    expect(stored.hourlyRates.HLTA).toBe(20);
    await expectNoSeriousViolations(page);

    await page.getByLabel('Assessment points a year').fill('1');
    await page.getByLabel('Assessment points a year').press('Tab');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('alert').getByText('These settings cannot be saved.').waitFor();
    expect(JSON.parse(side.fake.properties.document.data.get('provmap.settings')!)).toEqual(stored);
  });
});

describe('the sidebar by keyboard alone', () => {
  it('reaches every flow with Tab, arrows, Enter and Space, with focus always visible', async () => {
    const source = teacherMap();
    const { side, page } = await openSidebar([source, ...classMaps()], source.name);
    await page.locator('.figure-row').first().waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          html: el.outerHTML.slice(0, 100),
          text: (
            el.getAttribute('aria-label') ??
            (el as HTMLInputElement).labels?.[0]?.textContent ??
            el.textContent ??
            ''
          ).trim(),
          role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
          visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
    const tabTo = async (text: string | RegExp, max = 80): Promise<void> => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        // null: focus left the page after its last control; the next Tab brings it back to the first.
        if (f === null) continue;
        expect(f.visible, `focus ring on ${f.html}`).toBe(true);
        if (f && (typeof text === 'string' ? f.text === text : text.test(f.text))) return;
      }
      throw new Error(`Tab never reached ${String(text)}`);
    };

    await tabTo('Sheet');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ text: 'School', role: 'tab', visible: true });
    await page.keyboard.press('End');
    expect((await focused())?.text).toBe('Settings');
    await page.keyboard.press('Home');
    expect((await focused())?.text).toBe('Sheet');

    // Set up, changing the unknown column to the exit data, by keyboard.
    await tabTo('Set up from this sheet…');
    await page.keyboard.press('Enter');
    await page.getByLabel('H End of block').waitFor();
    // Tab to the column's dropdown and type to choose, as a keyboard user does.
    for (
      let i = 0;
      i < 40 &&
      (await page.evaluate(() => document.activeElement?.id)) !==
        (await page.getByLabel('H End of block').getAttribute('id'));
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.type('Exit data');
    expect(await page.getByLabel('H End of block').inputValue()).toBe('exit');
    await tabTo('Create sheets');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h2.sheet-name').textContent()).toBe(SHEET.provisionMap);
    expect(side.fake.observe().sheets.some((s) => s.name === SHEET.provisionMap)).toBe(true);

    // A pupil link by keyboard.
    await tabTo(/^Targets not met \(\d+\)$/);
    await page.keyboard.press('Enter');
    await tabTo(/^Go to F\d+ on Provision Map/);
    await page.keyboard.press('Enter');
    await expect.poll(() => side.fake.selection()?.sheet).toBe(SHEET.provisionMap);

    // Collate by keyboard: tab to the School tab's panel, Space on a box, Enter on Collate.
    await page.getByRole('tab', { name: 'Sheet' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('checkbox', { name: '3A map' }).waitFor();
    await tabTo('3A map');
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: '3A map' }).isChecked()).toBe(false);
    await page.keyboard.press('Space');
    await tabTo('Collate');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Collation finished' }).waitFor();
    expect(side.fake.observe().sheets.some((s) => s.name === SHEET.schoolMap)).toBe(true);
  });
});

describe('the sidebar page', () => {
  it('is one self-contained file whose code never makes markup or code from text', () => {
    expect(sidebarHtml.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
    expect(sidebarHtml).not.toMatch(/<link\b|\bsrc=|<\?/);
    for (const [what, pattern] of [
      ['innerHTML', /innerHTML/],
      ['insertAdjacentHTML', /insertAdjacentHTML/],
      ['eval', /\beval\(/],
      ['Function', /\bFunction\(/],
      ['document.write', /document\.write/],
    ] as const)
      expect(pattern.test(sidebarHtml), what).toBe(false);
  });

  it('fits a 300 px panel without sideways scrolling on any tab', async () => {
    const source = teacherMap();
    const { page } = await openSidebar([source, ...classMaps()], source.name);
    await page.locator('.figure-row').first().waitFor();
    for (const tab of ['Sheet', 'School', 'Leaders', 'Settings']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PANEL_WIDTH,
      );
    }
  });
});
