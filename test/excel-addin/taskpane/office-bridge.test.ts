// What the task pane does in Excel, without a browser: the panel's Office bridge (the same one the shipped
// task pane mounts) over the Excel host on the fake Excel model, with picked .xlsx files read by the pane's
// own reader. The Chromium test (test/ui/taskpane.test.ts) drives the same path through the page.

import ExcelJS from 'exceljs';
import { toInitialSheet } from '../../../bench/drive/index.js';
import { describe, expect, it } from 'vitest';
import { MESSY_TRACKER } from '../../../core/examples/index.js';
import type { Grid } from '../../../core/grid.js';
import { SHEET } from '../../../core/plan/sheet-names.js';
import { readXlsx } from '../../../excel-addin/taskpane/read-xlsx.js';
import type { ClassMapSource, HostBridge } from '../../../ui/bridge.js';
import { createOfficeBridge } from '../../../ui/bridges/office.js';
import type { ClassMapFiles } from '../../../ui/server/deps.js';
import type { InitialSheet } from '../../contract/harness.js';
import { createExcelHarness, type ExcelHarness } from '../../fakes/excel/harness.js';
import { seed } from '../../support/parity.js';

/** Picked files held in memory, read with the task pane's reader, as its file input does. */
function pickedFiles(files: Record<string, Uint8Array>): ClassMapFiles {
  const sources = Object.keys(files).map((name, i) => ({ kind: 'file' as const, id: `f${i + 1}`, name }));
  return {
    pick: () => ({ sources, pending: false }),
    list: () => sources,
    read: async (id) => {
      const name = sources.find((s) => s.id === id)!.name;
      const bytes = files[name]!;
      return { name, grids: await readXlsx(bytes.slice().buffer, name) };
    },
  };
}

function bridgeOver(h: ExcelHarness, active: () => string, files?: ClassMapFiles): HostBridge {
  const memory = new Map<string, string>();
  return createOfficeBridge({
    host: h.host,
    activeSheet: active,
    selectCell: () => undefined,
    store: {
      get: (k) => memory.get(k) ?? null,
      set: (k, v) => void memory.set(k, v),
      delete: (k) => void memory.delete(k),
    },
    chunkBudgetMs: 0,
    ...(files ? { files } : {}),
  });
}

const MAP = seed('seed-evaluated-map.grid.json');

async function setUp(files?: ClassMapFiles) {
  const h = await createExcelHarness([MAP, toInitialSheet(MESSY_TRACKER)]);
  let active = MAP.name;
  const bridge = bridgeOver(h, () => active, files);
  return { h, bridge, activate: (name: string) => void (active = name) };
}

const sheetOf = async (h: ExcelHarness, name: string) =>
  (await h.observe()).sheets.find((s) => s.name === name);

async function xlsxBytes(sheet: InitialSheet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((row) => ws.addRow(row));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the Excel task pane’s actions over the fake Excel', () => {
  it('sets up the provision map from the active sheet and leaves the teacher’s sheet exactly as it was', async () => {
    const { h, bridge } = await setUp();
    const before = await sheetOf(h, MAP.name);
    const outcome = await bridge.structure(MAP.name, { kind: 'provision' });
    expect(outcome.sheetsWritten).toEqual(
      expect.arrayContaining([SHEET.provisionMap, SHEET.interventions, SHEET.pupils, SHEET.scales]),
    );
    expect(outcome.counts.enrolments).toBeGreaterThan(10);
    expect(await sheetOf(h, MAP.name)).toEqual(before);
  });

  it('updates its sheets in place: a re-run keeps each sheet, and a second set-up changes nothing', async () => {
    const { h, bridge } = await setUp();
    await bridge.structure(MAP.name, { kind: 'provision' });
    const id = h.fake.state.find(SHEET.provisionMap)!.id;
    const once = await h.observe();
    await bridge.structure(MAP.name, { kind: 'provision' });
    expect(await h.observe()).toEqual(once);
    await bridge.reevaluate();
    // The same worksheet object, not a deleted and re-added one: teachers' references to it survive.
    expect(h.fake.state.find(SHEET.provisionMap)!.id).toBe(id);
  });

  it('keeps a value the teacher typed into the provision map through re-evaluation', async () => {
    const { h, bridge } = await setUp();
    await bridge.structure(MAP.name, { kind: 'provision' });
    const header = (await sheetOf(h, SHEET.provisionMap))!.cells.findIndex((r) =>
      r.includes('Outcome notes'),
    );
    const col = (await sheetOf(h, SHEET.provisionMap))!.cells[header]!.indexOf('Outcome notes');
    const cell = `${String.fromCharCode(65 + col)}${header + 2}`;
    await h.typeValue(SHEET.provisionMap, cell, 'Reading much improved');
    const outcome = await bridge.reevaluate();
    expect(outcome.sheetsWritten).toContain(SHEET.provisionMap);
    expect((await sheetOf(h, SHEET.provisionMap))!.cells[header + 1]![col]).toBe('Reading much improved');
  });

  it('sets up the tracker, adds an assessment point and writes the review', async () => {
    const { h, bridge, activate } = await setUp();
    activate(MESSY_TRACKER.sheet);
    expect((await bridge.structure(MESSY_TRACKER.sheet, { kind: 'tracking' })).sheetsWritten).toContain(
      SHEET.tracker,
    );
    const width = async () => (await sheetOf(h, SHEET.tracker))!.cells[0]!.filter((v) => v !== null).length;
    const before = await width();
    await bridge.addAssessmentPoint('Summer 2');
    expect(await width()).toBe(before + 1);
    expect((await sheetOf(h, SHEET.tracker))!.cells[0]).toContain('Summer 2');
    expect((await bridge.runReview()).sheetsWritten).toContain(SHEET.review);
  });

  it('collates a tab and a picked .xlsx file into the School Map, then writes the leaders’ Summary', async () => {
    const other = seed('seed-entry-and-targets.grid.json');
    const files = pickedFiles({ '4C map.xlsx': await xlsxBytes(other) });
    const { h, bridge } = await setUp(files);
    await bridge.pickFiles();
    const list = await bridge.listClassMaps();
    const sources: ClassMapSource[] = list.choices
      .map((c) => c.source)
      .filter((s) => (s.kind === 'tab' ? s.name === MAP.name : true));
    expect(sources).toHaveLength(2);
    let progress = await bridge.startCollation(sources);
    while (progress.state === 'running') progress = await bridge.processChunk(progress.jobId);
    expect(progress.state).toBe('done');
    const school = (await sheetOf(h, SHEET.schoolMap))!;
    const sourceCol = school.cells[0]!.indexOf('Source');
    const origins = new Set(school.cells.slice(1).map((r) => String(r[sourceCol])));
    expect([...origins].some((o) => o.startsWith('4C map.xlsx'))).toBe(true);
    expect([...origins].some((o) => o.includes(MAP.name))).toBe(true);
    const figures = await bridge.generateSummary();
    expect(await sheetOf(h, SHEET.summary)).toBeDefined();
    expect(figures.headline.pupilsInProvision).toBeGreaterThan(0);
  });

  it('makes the same number of syncs for a class of 30 and of 300', async () => {
    const counts: number[] = [];
    for (const n of [30, 300]) {
      const pupils = MESSY_TRACKER.values.slice(2);
      const rows = Array.from({ length: n }, (_, i) => [
        `Pupil ${i + 1}`,
        ...pupils[i % pupils.length]!.slice(1),
      ]);
      const grid: Grid = {
        sheet: 'Class',
        values: [...MESSY_TRACKER.values.slice(0, 2), ...rows],
        merges: [],
      };
      const h = await createExcelHarness([toInitialSheet(grid)]);
      const bridge = bridgeOver(h, () => 'Class');
      const s0 = h.calls();
      await bridge.structure('Class', { kind: 'tracking' });
      await bridge.addAssessmentPoint('Summer 1');
      await bridge.reevaluate();
      counts.push(h.calls() - s0);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
});
