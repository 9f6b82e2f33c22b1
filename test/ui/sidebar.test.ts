// The built Google Sheets sidebar in Chromium, over google.script.run wired to the real panel server and
// the Sheets host adapter on the fake SpreadsheetApp: teacher, SENCO (tabs and Picker files), leader and
// settings flows, keyboard only, axe-core, meaning in words, a 300 px fit, inert pupil text, no network,
// and the README screenshots. Expected figures are counted by hand from test/ui/support/workbooks.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { a1 } from '../../core/grid.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import type { InitialSheet, ObservedSheet, StoredCell } from '../contract/harness.js';
import { seriousViolations } from './support/axe.js';
import { bundleForBrowser, buildSidebar } from './support/build.js';
import { launchPanelBrowser, type PanelBrowser } from './support/chromium.js';
import { sidewaysOverflow } from './support/fit.js';
import { createGoogleSide, type GoogleSide, type GoogleSideOptions } from './support/google-side.js';
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
  options: GoogleSideOptions = {},
): Promise<{ side: GoogleSide; page: Page }> {
  const side = createGoogleSide(sheets, active, options);
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

/** Nothing in the panel, as shown now, is wider than its 300 px column. */
async function expectFits(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toEqual([]);
}

/** A sheet's table: its header row (the first holding `key`), the rows below it, a column by heading. */
function table(
  sheet: ObservedSheet,
  key = 'Pupil',
): { header: number; rows: StoredCell[][]; col(name: string): number } {
  const header = sheet.cells.findIndex((r) => r.includes(key));
  const names = sheet.cells[header]!;
  return {
    header,
    rows: sheet.cells.slice(header + 1),
    col: (name) => {
      const c = names.indexOf(name);
      if (c < 0) throw new Error(`${sheet.name} has no column ${name}`);
      return c;
    },
  };
}

/** Each status row's figure, label and whether it carries the words "to act on". */
async function figureRows(
  page: Page,
): Promise<{ label: string; count: number; flag: boolean; alert: boolean }[]> {
  return page.locator('.figure-row').evaluateAll((rows) =>
    rows.map((r) => ({
      label: r.querySelector('.figure-label')?.textContent ?? '',
      count: Number(r.querySelector('.figure-value')?.textContent),
      flag: r.querySelector('.tile-flag')?.textContent === 'to act on',
      alert: r.classList.contains('figure-alert'),
    })),
  );
}

/** The leaders' headline tiles by label: the figure, and whether it carries the words "to act on". */
async function tiles(page: Page): Promise<Record<string, { value: string; flag: boolean }>> {
  const all = await page.locator('.figures .tiles li').evaluateAll((items) =>
    items.map((li) => [
      li.querySelector('.tile-label')?.textContent ?? '',
      {
        value: li.querySelector('.tile-value')?.textContent ?? '',
        flag: li.querySelector('.tile-flag')?.textContent === 'to act on',
      },
    ]),
  );
  return Object.fromEntries(all) as Record<string, { value: string; flag: boolean }>;
}

/** The word on each diagnostic's badge beside the severity its styling shows, for every one listed. */
async function diagnosticWords(
  page: Page,
  scope = 'main.panel',
): Promise<{ severity: string; word: string }[]> {
  return page.locator(`${scope} li.diag`).evaluateAll((items) =>
    items.map((li) => ({
      severity: [...li.classList].find((c) => c.startsWith('diag-'))?.slice(5) ?? '',
      word: li.querySelector('.badge')?.textContent ?? '',
    })),
  );
}

/** The word a diagnostic's badge must say, so its severity is never told by colour alone. */
const SEVERITY_WORD: Record<string, string> = { error: 'Fix', warning: 'Check', info: 'Note' };

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
    // What needs acting on says so in words, not only in colour; waiting for exit data is not an alarm.
    expect(await figureRows(page)).toEqual([
      { label: 'Targets not met', count: 0, flag: false, alert: false },
      { label: 'No exit data yet', count: 12, flag: false, alert: false },
      { label: 'Targets not measurable', count: 7, flag: true, alert: true },
    ]);

    // A pupil named as markup is text: no element was made from it and no dialog fired.
    await page.getByText('No exit data yet (12)').click();
    await page.locator('details[open] li.pupil', { hasText: XSS_NAME }).waitFor();
    // Each pupil's line says what is missing in words.
    const waiting = await page.locator('details[open] li.pupil .pupil-detail').allTextContents();
    expect(waiting).toHaveLength(12);
    for (const d of waiting) expect(d).toMatch(/^(Comprehension group|Numeracy): no exit data$/);
    expect(await page.locator('details[open] .pupil-name', { hasText: XSS_NAME }).textContent()).toBe(
      XSS_NAME,
    );
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await expectNoSeriousViolations(page);

    // The link beside the pupil selects their cell in the spreadsheet.
    const xssRow = page.locator('details[open] li.pupil', { hasText: XSS_NAME });
    await xssRow.getByRole('button').click();
    await expect.poll(() => side.fake.selection()).toEqual({ sheet: source.name, a1: 'E5' });

    // What import could not settle: no weeks for paired reading and social skills (2), targets naming no
    // grade for the same two (2), and no area of need for any of the four interventions (4). Each is a
    // note, and its badge says so.
    await page.getByText('8 things to check').click();
    const notes = await diagnosticWords(page, '.status');
    expect(notes).toHaveLength(8);
    for (const n of notes) expect(n).toEqual({ severity: 'info', word: 'Note' });
    // Every list open at once still fits the 300 px column.
    await page
      .locator('.status details:not([open]) > summary')
      .evaluateAll((ss) => ss.forEach((s) => (s as HTMLElement).click()));
    expect(await page.locator('.status details:not([open])').count()).toBe(0);
    await expectFits(page);

    // Set up: the preview shows the unknown column, the teacher says it is the exit data.
    const before = sheetOf(side, source.name);
    await page.getByRole('button', { name: 'Set up from this sheet…' }).click();
    const endOfBlock = page.getByLabel('H End of block');
    await endOfBlock.waitFor();
    expect(await endOfBlock.inputValue()).toBe('');
    expect(await page.getByLabel('This sheet is a').inputValue()).toBe('provision');
    await endOfBlock.selectOption({ label: 'Exit data' });
    await expectNoSeriousViolations(page);
    await expectFits(page);
    expect(sheetOf(side, SHEET.provisionMap)).toBeUndefined();
    await page.getByRole('button', { name: 'Create sheets' }).click();
    await page.getByRole('heading', { name: 'Set up', exact: true }).waitFor();
    // What the set-up asks the teacher to check carries its severity as a word on each badge.
    await page
      .locator('.outcome-area details.group')
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const checks = await diagnosticWords(page, '.outcome-area');
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect(c.word, c.severity).toBe(SEVERITY_WORD[c.severity]);

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
    // The scale stayed "As found": the social skills group's Leuven pairs keep their own two scales.
    const pm = table(map);
    const social = pm.rows.filter((r) => r[pm.col('Intervention')] === 'Social skills');
    expect(new Set(social.map((r) => r[pm.col('Scale')]))).toEqual(
      new Set(['Leuven well-being', 'Leuven involvement']),
    );

    // The panel now shows the Provision Map: the seed's outcome (all met but Joe; numeracy 4 of 6).
    await expect.poll(() => page.locator('h2.sheet-name').textContent()).toBe(SHEET.provisionMap);
    await expect.poll(() => figure(page, 'Targets not met')).toBe(3);
    await page.getByText('Targets not met (3)').click();
    const notMet = await page.locator('details[open] li.pupil .pupil-name').allTextContents();
    expect(notMet.sort()).toEqual(['Amy', 'Carl', XSS_NAME].sort());
    for (const d of await page.locator('details[open] li.pupil .pupil-detail').allTextContents())
      expect(d).toMatch(/: target not met$/);
    const notMetRow = (await figureRows(page)).find((r) => r.label === 'Targets not met');
    expect(notMetRow).toEqual({ label: 'Targets not met', count: 3, flag: true, alert: true });
    await shoot(page, 'panel-teacher.png');
    await expectNoSeriousViolations(page);

    // Re-evaluate rewrites provmap's own formulas and keeps every value: clear Amy's Status formula (as a
    // teacher pressing Delete on it would), and it is written back.
    const mapBefore = sheetOf(side, SHEET.provisionMap)!;
    const live = table(mapBefore);
    const amyRow = live.rows.findIndex((r) => r[live.col('Pupil')] === 'Amy');
    const statusCol = live.col('Status');
    const formula = live.rows[amyRow]![statusCol];
    expect(formula).toEqual({ formula: expect.stringContaining('not met') });
    const cell = a1(live.header + 1 + amyRow, statusCol);
    side.fake.typeValue(SHEET.provisionMap, cell, null);
    expect(table(sheetOf(side, SHEET.provisionMap)!).rows[amyRow]![statusCol] ?? null).toBeNull();
    await page.getByRole('button', { name: 'Re-evaluate' }).click();
    await page.getByRole('heading', { name: 'Re-evaluated' }).waitFor();
    expect(table(sheetOf(side, SHEET.provisionMap)!).rows[amyRow]![statusCol]).toEqual(formula);
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
    // Off track and slightly behind are alarms, said in words; so is each pupil's status.
    const rows = await figureRows(page);
    expect(rows.map((r) => r.label)).toEqual(['Off track', 'Slightly behind']);
    for (const r of rows) expect(r.flag, r.label).toBe(r.count > 0);
    const behind = rows.filter((r) => r.count > 0);
    expect(behind.length).toBeGreaterThan(0);
    for (const r of behind) {
      await page.getByText(`${r.label} (${r.count})`).click();
      const details = await page.locator('details[open] li.pupil .pupil-detail').allTextContents();
      expect(details).toHaveLength(r.count);
      for (const d of details) expect(d.startsWith(`Reading: ${r.label.toLowerCase()} (now `), d).toBe(true);
      await page.getByText(`${r.label} (${r.count})`).click();
    }
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
    await expectFits(page);
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
    // A warning: its badge says "Check", not only its colour; so does every other badge its severity.
    expect(await item.locator('.badge').textContent()).toBe('Check');
    expect(await item.getAttribute('class')).toContain('diag-warning');
    for (const d of await diagnosticWords(page, '.result')) expect(d.word).toBe(SEVERITY_WORD[d.severity]);
    await item.getByRole('button', { name: /^Go to Class 3 reading, A1/ }).click();
    await expect.poll(() => side.fake.selection()).toEqual({ sheet: tracker.name, a1: 'A1' });
  });
});

describe('the sidebar, as a SENCO with class maps in other files', () => {
  it('chooses files in the Picker, lists them after Refresh list, and collates them with the tabs', async () => {
    const maps = classMaps();
    const file = { id: '1Zx4CclassMapFileId_abc', name: '4C class map', sheets: [maps[2]!] };
    const { side, page } = await openSidebar([maps[0]!, maps[1]!], maps[0]!.name, { files: [file] });
    await page.getByRole('tab', { name: 'School' }).click();
    const boxes = page.getByRole('checkbox');
    await page.getByRole('checkbox', { name: '3A map' }).waitFor();
    expect(await boxes.count()).toBe(2);

    // Google's Picker is a dialog of its own: the call comes back before anything is chosen.
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await page.getByText('Choose the files in the dialog, then press Refresh list.').waitFor();
    expect(side.picker!.shown()).toBe(1);
    expect(await boxes.count()).toBe(2);
    await expectFits(page);

    // The SENCO picks the 4C file; Refresh list shows it, ticked like the class-map tabs.
    side.picker!.choose([file.id]);
    await page.getByRole('button', { name: 'Refresh list' }).click();
    const fileBox = page.getByRole('checkbox', { name: '4C class map (file)' });
    await fileBox.waitFor();
    expect(await fileBox.isChecked()).toBe(true);
    expect(await boxes.count()).toBe(3);
    await page.getByRole('button', { name: 'Collate', exact: true }).click();
    await page.getByRole('heading', { name: 'Collation finished' }).waitFor();

    // Every row of the School Map names where it came from: the tabs by name, the file's sheet inside it.
    const sm = table(sheetOf(side, SHEET.schoolMap)!);
    const got = sm.rows.map((r) => `${String(r[sm.col('Pupil')])} @ ${String(r[sm.col('Source')])}`);
    const expected = [
      ...[maps[0]!, maps[1]!].flatMap((m) => m.values.slice(2).map((r) => `${String(r[1])} @ ${m.name}`)),
      ...maps[2]!.values.slice(2).map((r) => `${String(r[1])} @ 4C class map › ${maps[2]!.name}`),
    ];
    expect(got.sort()).toEqual(expected.sort());
    expect(side.calls).toContain('panelPickFiles');
    await expectNoSeriousViolations(page);
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

    // Counted by hand from the class maps (targets +1 sub-level, no dates):
    // - 6 pupils; 7 rows, 6 with exit data, 4 of them met (Ben and Dev stayed put; Fay has no exit): 67%.
    // - Reading boost, 3 x 20 min x 6 weeks = 6 h by a TA at £12 = £72; Number sense, 2 x 30 min x
    //   10 weeks = 10 h by an HLTA at £14 = £140: £212 in all.
    // - Steps gained: reading 1 + 0 + 2 + 1, number 1 + 0: 5, so £212 / 5 = £42.40 a step.
    // - Nothing to review: reading met 75%, number 50% (not under half), both gained steps on average,
    //   fewer than three interventions to compare costs with, and no end dates.
    expect(await tiles(page)).toEqual({
      'pupils in provision': { value: `${new Set(maps.flatMap(pupilsOf)).size}`, flag: false },
      'meeting targets': { value: '67%', flag: false },
      'interventions to review': { value: '0', flag: false },
      'total cost': { value: '£212', flag: false },
      'cost per step gained': { value: '£42.40', flag: false },
    });
    expect(await page.locator('.figures .review li').count()).toBe(0);
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(2);
    expect(await charts.first().getAttribute('aria-label')).toMatch(
      /^Meeting targets by intervention: Reading boost 75%.*; Number sense 50%/,
    );
    await page.getByText('Show as a table').first().click();
    expect(await page.locator('details[open] table tbody tr').count()).toBe(2);

    // % meeting targets by group, counted by hand (rows with an outcome only; Fay has none yet):
    // SEN K: Ava 2 of 2, Eli 1 of 1; E: Cara 1 of 1; N: Ben and Dev 0 of 2. PP: Ava, Cara, Dev 3 of 4;
    // not PP: Ben, Eli 1 of 2. Year 3: 3 of 5; Year 4: Eli 1 of 1. 3A: 2 of 3; 3B: 1 of 2; 4C: 1 of 1.
    const byGroup: [option: string, title: string, bars: [string, string][]][] = [
      [
        'SEN',
        'SEN',
        [
          ['SEN support (K)', '100%'],
          ['EHC plan (E)', '100%'],
          ['No SEN (N)', '0%'],
        ],
      ],
      [
        'Pupil premium',
        'pupil premium',
        [
          ['Pupil premium', '75%'],
          ['Not pupil premium', '50%'],
        ],
      ],
      [
        'Year',
        'year',
        [
          ['Year 3', '60%'],
          ['Year 4', '100%'],
        ],
      ],
      [
        'Class',
        'class',
        [
          ['Class 3A', '67%'],
          ['Class 3B', '50%'],
          ['Class 4C', '100%'],
        ],
      ],
    ];
    const groupBy = page.getByLabel('Group pupils by');
    expect(await groupBy.locator('option').allTextContents()).toEqual(byGroup.map(([o]) => o));
    for (const [option, title, bars] of byGroup) {
      await groupBy.selectOption({ label: option });
      const label = (await charts.nth(1).getAttribute('aria-label')) ?? '';
      expect(label.startsWith(`Meeting targets by ${title}: `), label).toBe(true);
      const found = label
        .slice(label.indexOf(': ') + 2)
        .split('; ')
        .map((part) => /^(.*) (\d+%) \(/.exec(part)?.slice(1, 3));
      expect(found, label).toEqual(bars);
    }
    // Charts and their tables open still fit the 300 px column.
    await page.getByText('Show as a table').nth(1).click();
    expect(await page.locator('details[open] table tbody tr').count()).toBe(2 + 3);
    await expectFits(page);
    await expectNoSeriousViolations(page);

    // Ava's number sense exit is corrected in the School Map to her entry grade (2a). Number sense then
    // met 0 of 2 and gained no steps: one intervention to review, to act on. 3 of 6 met: 50%; steps gained
    // 4, so £212 / 4 = £53 a step. The figures are read again each time the tab opens.
    const school = table(sheetOf(side, SHEET.schoolMap)!);
    const ava = school.rows.findIndex(
      (r) => r[school.col('Pupil')] === 'Ava Patel' && r[school.col('Intervention')] === 'Number sense',
    );
    side.fake.typeValue(SHEET.schoolMap, a1(school.header + 1 + ava, school.col('Exit')), '2a');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('tab', { name: 'Leaders' }).click();
    const toReview = async (): Promise<unknown> => (await tiles(page))['interventions to review'];
    await expect.poll(toReview).toEqual({ value: '1', flag: true });
    expect(await tiles(page)).toMatchObject({
      'meeting targets': { value: '50%', flag: false },
      'total cost': { value: '£212', flag: false },
      'cost per step gained': { value: '£53', flag: false },
    });
    expect(await page.locator('.figures .review li strong').allTextContents()).toEqual(['Number sense']);
    expect(await page.locator('.figures .review li').textContent()).toContain('0%');
    await expectFits(page);
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

describe('the sidebar settings and set-up together', () => {
  it('keeps a key stage’s expected progress and a school scale, which set-up then offers beside a scale correction', async () => {
    const source = teacherMap();
    const { side, page } = await openSidebar([source], source.name);
    const stored = (): Record<string, unknown> | null => {
      const json = side.fake.properties.document.data.get('provmap.settings');
      return json === undefined ? null : (JSON.parse(json) as Record<string, unknown>);
    };
    await page.getByRole('tab', { name: 'Settings' }).click();

    // GCSE 9-1 at KS4: four fine grades a year rather than the scale's three (one whole grade). The form
    // shows the key stages of the scale picked in it.
    const scalePick = page.getByLabel('Scale', { exact: true });
    await scalePick.selectOption({ label: 'GCSE 9-1' });
    await page.getByRole('group', { name: 'Expected fine grades per year' }).waitFor();
    await page.getByLabel('KS4', { exact: true }).fill('4');
    await page.getByLabel('KS4', { exact: true }).press('Tab');

    // A school-defined scale: phonics phases 1 to 6.
    const phases = ['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4', 'Phase 5', 'Phase 6'];
    await page.getByLabel('Name', { exact: true }).fill('Phonics phases');
    await page.getByLabel('Name', { exact: true }).press('Tab');
    await page.getByLabel('One step is called').fill('phase');
    await page.getByLabel('One step is called').press('Tab');
    await page.getByLabel('Steps, lowest first, one a line').fill(phases.join('\n'));
    await page.getByRole('button', { name: 'Add scale' }).click();
    await page.getByText('Added Phonics phases. Press Save settings to keep it.').waitFor();
    expect(stored()).toBeNull();
    await expectFits(page);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved in this spreadsheet.').waitFor();

    const saved = stored()!;
    expect(saved.expectedStepsPerYear).toEqual({ 'gcse-9-1': { KS4: 4 } });
    expect(saved.schoolScales).toEqual([
      expect.objectContaining({
        name: 'Phonics phases',
        stepName: 'phase',
        steps: phases.map((label) => ({ label })),
      }),
    ]);
    // The saved form shows what was saved, and the new scale can be picked in it.
    expect(await page.getByLabel('KS4', { exact: true }).inputValue()).toBe('4');
    expect(await scalePick.locator('option').allTextContents()).toContain('Phonics phases');
    await expectNoSeriousViolations(page);

    // Set-up offers the school's scale among the scales every grade can be read on.
    const before = side.fake.observe();
    await page.getByRole('tab', { name: 'Sheet' }).click();
    await page.getByRole('button', { name: 'Set up from this sheet…' }).click();
    const gradeScale = page.getByLabel('Grade scale');
    await gradeScale.waitFor();
    const offered = await gradeScale.locator('option').allTextContents();
    expect(offered).toContain('All grades: Phonics phases');
    expect(offered[0]).toBe('As found: NC sub-levels (13), Leuven well-being (3), Leuven involvement (3)');

    // Asked to read it as a tracker, the preview says what must be fixed, in words.
    await page.getByLabel('This sheet is a').selectOption({ label: 'Progress tracker' });
    await page.locator('.setup li.diag').waitFor();
    expect(await diagnosticWords(page, '.setup')).toEqual([{ severity: 'error', word: 'Fix' }]);
    expect(await page.locator('.setup details.group').getAttribute('open')).not.toBeNull();
    await page.getByLabel('This sheet is a').selectOption({ label: 'Provision map' });
    await page.getByLabel('H End of block').waitFor();

    // The teacher reads every grade on NC sub-levels instead, Leuven pairs included; nothing is written
    // until Create sheets.
    await page.getByLabel('Grade scale').selectOption({ label: 'All grades: NC sub-levels' });
    await expectFits(page);
    expect(side.fake.observe()).toEqual(before);
    expect(side.calls).not.toContain('panelStructure');
    await page.getByRole('button', { name: 'Create sheets' }).click();
    await expect.poll(() => page.locator('h2.sheet-name').textContent()).toBe(SHEET.provisionMap);
    const pm = table(sheetOf(side, SHEET.provisionMap)!);
    const rows = pm.rows.filter((r) => r[pm.col('Pupil')] !== null);
    // The seed's pupils: six in each of comprehension and numeracy, one in paired reading, three in
    // social skills.
    expect(new Set(rows.map((r) => r[pm.col('Intervention')]))).toEqual(
      new Set(['Comprehension group', 'Numeracy', 'Paired reading', 'Social skills']),
    );
    expect(rows.length).toBeGreaterThanOrEqual(6 + 6 + 1 + 3);
    expect(new Set(rows.map((r) => r[pm.col('Scale')]))).toEqual(new Set(['NC sub-levels']));
    expect(sheetOf(side, source.name)).toEqual(before.sheets.find((x) => x.name === source.name));
  });
});

describe('the sidebar by keyboard alone', () => {
  it('reaches every flow with Tab, arrows, Enter and Space, with focus always visible', async () => {
    const source = teacherMap();
    const tracker = teacherTracker();
    const { side, page } = await openSidebar([source, tracker, ...classMaps()], source.name);
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

    // The teacher moves to their tracker's tab in the spreadsheet; the rest is the panel, by keyboard:
    // Refresh, set it up, add a point, re-evaluate.
    const ss = side.fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.setActiveSheet(ss.getSheetByName(tracker.name)!);
    await tabTo('Refresh');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h2.sheet-name').textContent()).toBe(tracker.name);
    await tabTo('Set up from this sheet…');
    await page.keyboard.press('Enter');
    await page.getByLabel('This sheet is a').waitFor();
    await tabTo('Create sheets');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h2.sheet-name').textContent()).toBe(SHEET.tracker);
    const header = (): StoredCell[] => {
      const t = sheetOf(side, SHEET.tracker)!;
      return t.cells[table(t).header]!;
    };
    expect(header()).not.toContain('Mock exam');
    await tabTo('New assessment point (label, e.g. AP3)');
    await page.keyboard.type('Mock exam');
    await tabTo('Add point');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Assessment point added' }).waitFor();
    expect(header()).toContain('Mock exam');

    // Re-evaluate by keyboard writes back a formula of the Tracker that was cleared.
    const t = table(sheetOf(side, SHEET.tracker)!);
    const r = t.rows.findIndex((row) => row.some((v) => typeof v === 'object' && v !== null));
    const c = t.rows[r]!.findIndex((v) => typeof v === 'object' && v !== null);
    const formula = t.rows[r]![c];
    side.fake.typeValue(SHEET.tracker, a1(t.header + 1 + r, c), null);
    await tabTo('Re-evaluate');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Re-evaluated' }).waitFor();
    expect(table(sheetOf(side, SHEET.tracker)!).rows[r]![c]).toEqual(formula);

    // Collate by keyboard: into the School tab with the arrow keys, Space on a box, Enter on Collate.
    await tabTo('Sheet');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ text: 'School', role: 'tab', visible: true });
    await page.getByRole('checkbox', { name: '3A map' }).waitFor();
    await tabTo('3A map');
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: '3A map' }).isChecked()).toBe(false);
    await page.keyboard.press('Space');
    await tabTo('Collate');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Collation finished' }).waitFor();
    expect(side.fake.observe().sheets.some((s) => s.name === SHEET.schoolMap)).toBe(true);

    // Collate again and stop it: focus moves to Cancel as the job starts, and Enter presses it.
    side.pause('panelProcessChunk');
    await tabTo('Collate');
    await page.keyboard.press('Enter');
    await expect.poll(() => side.waiting('panelProcessChunk')).toBe(1);
    expect(await focused()).toMatchObject({ text: 'Cancel', visible: true });
    await page.keyboard.press('Enter');
    await page.getByText('Stopping after the class map being read…').waitFor();
    side.resume('panelProcessChunk');
    await page.getByRole('heading', { name: 'Collation stopped' }).waitFor();
    expect(side.calls.filter((n) => n === 'panelCancelCollation')).toHaveLength(1);

    // Leaders: the arrow key from School, then Enter on Generate.
    await tabTo('School');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ text: 'Leaders', role: 'tab', visible: true });
    await tabTo('Generate summary sheets');
    await page.keyboard.press('Enter');
    await page.getByText(`Summary written from ${SHEET.schoolMap}.`).waitFor();
    expect(side.fake.observe().sheets.some((s) => s.name === SHEET.summary)).toBe(true);

    // Settings: the arrow key from Leaders, type a tolerance, Enter on Save.
    await tabTo('Leaders');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ text: 'Settings', role: 'tab', visible: true });
    await tabTo('On-track tolerance (sub-levels)');
    await page.keyboard.type('2');
    await tabTo('Save settings');
    await page.keyboard.press('Enter');
    await page.getByText('Settings saved in this spreadsheet.').waitFor();
    const stored = JSON.parse(side.fake.properties.document.data.get('provmap.settings')!);
    expect(stored.tolerance).toEqual({ 'nc-sublevels': 2 });
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

  // The set-up preview, open pupil lists, the progress bar and the leaders' charts and tables are checked
  // where the flows above reach them; here each tab as it first opens, with a tab name that will not wrap
  // at a space.
  it('fits a 300 px panel without sideways scrolling on any tab', async () => {
    const source = { ...teacherMap(), name: 'Year10ScienceInterventionsAutumnTermProvisionMap2024' };
    const { page } = await openSidebar([source, ...classMaps()], source.name);
    const shown: Record<string, () => Promise<void>> = {
      Sheet: () => page.locator('.figure-row').first().waitFor(),
      School: () => page.getByRole('checkbox', { name: source.name }).waitFor(),
      Leaders: () => page.getByText(/No School Map or Provision Map yet/).waitFor(),
      Settings: () => page.getByRole('button', { name: 'Save settings' }).waitFor(),
    };
    for (const [tab, loaded] of Object.entries(shown)) {
      await page.getByRole('tab', { name: tab }).click();
      await loaded();
      expect(await sidewaysOverflow(page), tab).toEqual([]);
    }
  });
});
