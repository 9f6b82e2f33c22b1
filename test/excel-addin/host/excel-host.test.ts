// The Excel adapter over the fake: all or nothing at every command, chunking, round trips, and refusals.

import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../core/grid.js';
import type { WorkbookPlan } from '../../../core/plan/types.js';
import type { ObservedWorkbook } from '../../contract/harness.js';
import { createExcelHarness } from '../../fakes/excel/harness.js';
import { TEACHER_SHEET, contractPlan, riskyPlan } from '../../support/contract-plan.js';

/** The contract plan with a second named range and a note elsewhere, so a rerun changes names and notes. */
function richPlan(pupils: number): WorkbookPlan {
  const plan = contractPlan(pupils);
  plan.namedRanges.push({ name: 'PM_PUPILS', sheet: 'Provision Map', range: `A2:A${pupils + 1}` });
  plan.sheets[1]!.notes.push({ cell: 'A1', text: `${pupils} pupils` });
  plan.sheets[1]!.styles.push({ range: 'B1', style: { italic: true, fontColor: '#0A3F6E' } });
  return plan;
}

async function prepared(excelApi = '1.20') {
  const h = await createExcelHarness([TEACHER_SHEET], { excelApi });
  await h.host.applyPlan(richPlan(4));
  await h.addUserConditionalFormat('Provision Map', 'A2:A5', 'Amy 1', '#ABCDEF');
  await h.typeValue('Provision Map', 'L3', 'teacher note');
  return h;
}

describe('all or nothing', () => {
  it('leaves the workbook exactly as it was when any single command of a rerun fails', async () => {
    const probe = await prepared();
    const m0 = probe.fake.state.mutations;
    await probe.host.applyPlan(richPlan(9));
    const commands = probe.fake.state.mutations - m0;
    expect(commands).toBeGreaterThan(50);
    for (let k = 1; k <= commands; k++) {
      const h = await prepared();
      const before = await h.observe();
      const styles = () =>
        [...h.fake.state.find('Provision Map')!.cells.entries()]
          .filter(([, c]) => c.style)
          .map(([key, c]) => [key, c.style])
          .sort();
      const stylesBefore = styles();
      h.failAtCall!(k);
      await expect(h.host.applyPlan(richPlan(9)), `failure at command ${k}`).rejects.toMatchObject({
        code: 'HOST_LIMIT',
        restored: true,
      });
      expect(await h.observe(), `failure at command ${k}`).toEqual(before);
      expect(styles(), `fills and fonts after a failure at command ${k}`).toEqual(stylesBefore);
    }
  }, 120_000);

  it('removes the sheets and names it created when a first run fails part way', async () => {
    for (const k of [1, 5, 20, 60, 90]) {
      const h = await createExcelHarness([TEACHER_SHEET]);
      const before = await h.observe();
      h.failAtCall!(k);
      await expect(h.host.applyPlan(richPlan(6))).rejects.toMatchObject({ restored: true });
      expect(await h.observe(), `failure at command ${k}`).toEqual(before);
    }
  });

  it('on ExcelApi 1.8 (no undo group, no notes, no cell properties) still restores what it changed', async () => {
    const probe = await prepared('1.8');
    const m0 = probe.fake.state.mutations;
    await probe.host.applyPlan(richPlan(9));
    const commands = probe.fake.state.mutations - m0;
    // Fills cannot be read back before ExcelApi 1.9, so they cannot be put back (the host says so).
    const withoutFills = (wb: ObservedWorkbook) => ({
      ...wb,
      sheets: wb.sheets.map((s) => ({ ...s, fills: undefined })),
    });
    for (let k = 1; k <= commands; k += 7) {
      const h = await prepared('1.8');
      const before = withoutFills(await h.observe());
      h.failAtCall!(k);
      await expect(h.host.applyPlan(richPlan(9))).rejects.toMatchObject({ restored: true });
      expect(withoutFills(await h.observe()), `failure at command ${k}`).toEqual(before);
    }
  }, 60_000);
});

describe('round trips and chunking', () => {
  it('makes the same number of syncs for 30 and 300 pupils, for every port call', async () => {
    const counts = [];
    for (const pupils of [30, 300]) {
      const h = await createExcelHarness([TEACHER_SHEET]);
      const s0 = h.calls();
      await h.host.applyPlan(richPlan(pupils));
      const apply1 = h.calls() - s0;
      await h.host.listSheets();
      const list = h.calls() - s0 - apply1;
      await h.host.readGrids(['Provision Map', 'Scales']);
      const read = h.calls() - s0 - apply1 - list;
      const s1 = h.calls();
      await h.host.applyPlan(richPlan(pupils));
      counts.push({ apply1, list, read, rerun: h.calls() - s1 });
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.rerun).toBeLessThanOrEqual(8);
  });

  it('retries a write Excel refuses for its size in smaller parts, and never sends over the limit', async () => {
    const h = await createExcelHarness([TEACHER_SHEET], {
      host: { chunk: { maxBytes: 4_000_000, maxRows: 10_000 } },
    });
    h.fake.state.payloadLimit = 60_000;
    const plan = richPlan(600);
    await h.host.applyPlan(plan);
    const observed = (await h.observe()).sheets.find((s) => s.name === 'Provision Map')!;
    expect(observed.cells.length).toBe(601);
    expect(observed.cells[600]![0]).toBe('Tim 600');
    expect(h.fake.state.largestRequest).toBeGreaterThan(60_000); // the first attempt was refused
  });

  it('chunks by its own estimate so a big plan is written in several syncs, each under budget', async () => {
    const h = await createExcelHarness([TEACHER_SHEET], {
      host: { chunk: { maxBytes: 20_000, maxRows: 10_000 } },
    });
    h.fake.state.payloadLimit = 40_000;
    const s0 = h.calls();
    await h.host.applyPlan(richPlan(300));
    expect(h.calls() - s0).toBeGreaterThan(8);
    expect(h.fake.state.largestRequest).toBeLessThanOrEqual(40_000);
  });

  it('suspends calculation for the writes', async () => {
    const h = await createExcelHarness([TEACHER_SHEET]);
    await h.host.applyPlan(richPlan(10));
    expect(h.fake.state.calculationSuspensions).toBeGreaterThanOrEqual(3);
  });
});

describe('refusals and capabilities', () => {
  it('refuses to write over a sheet that changed after it was read (CHANGED_SINCE_READ)', async () => {
    const h = await createExcelHarness([TEACHER_SHEET]);
    await h.host.applyPlan(richPlan(4));
    await h.host.readGrids(['Provision Map']);
    await h.typeValue('Provision Map', 'E3', '3a');
    const before = await h.observe();
    await expect(h.host.applyPlan(richPlan(4))).rejects.toMatchObject({ code: 'CHANGED_SINCE_READ' });
    expect(await h.observe()).toEqual(before);
  });

  it('says busy when a second write starts before the first ends', async () => {
    const h = await createExcelHarness([TEACHER_SHEET]);
    const first = h.host.applyPlan(richPlan(4));
    await expect(h.host.applyPlan(richPlan(4))).rejects.toMatchObject({ code: 'BUSY' });
    await first;
  });

  it('tells the user when Excel does not answer a sync in time', async () => {
    const h = await createExcelHarness([TEACHER_SHEET], { host: { syncTimeoutMs: 50 } });
    h.fake.state.hangNextSync = true;
    await expect(h.host.listSheets()).rejects.toMatchObject({
      code: 'HOST_LIMIT',
      message: expect.stringMatching(/did not answer/),
    });
  });

  it('says clearly when Excel is older than ExcelApi 1.8', async () => {
    const h = await createExcelHarness([TEACHER_SHEET], { excelApi: '1.7' });
    await expect(h.host.listSheets()).rejects.toMatchObject({
      code: 'UNSUPPORTED_HOST',
      message: expect.stringMatching(/too old/),
    });
    await expect(h.host.applyPlan(richPlan(2))).rejects.toMatchObject({ code: 'UNSUPPORTED_HOST' });
    expect(h.calls()).toBe(0);
  });

  it('groups an action into one undo step where ExcelApi 1.20 allows, and warns where it cannot', async () => {
    const h = await createExcelHarness([TEACHER_SHEET]);
    await h.host.applyPlan(richPlan(3));
    expect(h.fake.state.undoGroupedRuns).toBe(1);
    expect(h.host.lastApply).toMatchObject({ undoGrouped: true, warnings: [] });
    const old = await createExcelHarness([TEACHER_SHEET], { excelApi: '1.8' });
    await old.host.applyPlan(richPlan(3));
    expect(old.fake.state.undoGroupedRuns).toBe(0);
    expect(old.host.lastApply!.undoGrouped).toBe(false);
    expect(old.host.lastApply!.warnings.join(' ')).toMatch(/notes/);
    expect((await old.observe()).sheets.find((s) => s.name === 'Provision Map')!.notes).toEqual({});
  });

  it('refuses text over 32,767 characters before writing anything', async () => {
    const h = await createExcelHarness([TEACHER_SHEET]);
    const m0 = h.fake.state.mutations;
    await expect(h.host.applyPlan(riskyPlan(['y'.repeat(32_768)]))).rejects.toMatchObject({
      code: 'BAD_PLAN',
    });
    expect(h.fake.state.mutations).toBe(m0);
    expect(h.calls()).toBe(0);
  });
});

describe('reading', () => {
  it('reads dates as dates, blanks as null, and the teacher merged title', async () => {
    const h = await createExcelHarness([TEACHER_SHEET]);
    await h.host.applyPlan(richPlan(4));
    const [grid] = (await h.host.readGrids(['provision map'])) as Grid[];
    expect(grid!.sheet).toBe('Provision Map');
    expect(grid!.values[1]![9]).toEqual(new Date(Date.UTC(2024, 8, 2)));
    expect(grid!.values[4]![4]).toBeNull();
    const [teacher] = (await h.host.readGrids([TEACHER_SHEET.name])) as Grid[];
    expect(teacher!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
  });

  it('reads a sheet too big for one response in row chunks', async () => {
    const h = await createExcelHarness([TEACHER_SHEET]);
    await h.host.applyPlan(richPlan(400));
    h.fake.state.payloadLimit = 30_000;
    const [grid] = (await h.host.readGrids(['Provision Map'])) as Grid[];
    expect(grid!.values).toHaveLength(401);
    expect(grid!.values[400]![0]).toBe('Tim 400');
  });
});
