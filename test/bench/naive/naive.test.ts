// The per-cell baseline does the same work as provmap's adapters, so comparing their call counts is fair:
// the same plan lands as the same cells, validation and conditional formats on the same fake.

import { describe, expect, it } from 'vitest';
import { structureSheet } from '../../../core/actions/index.js';
import { MESSY_TRACKER } from '../../../core/examples/index.js';
import { naiveExcelHost, naiveSheetsHost } from '../../../bench/naive/index.js';
import { toInitialSheet } from '../../../bench/drive/index.js';
import { createAppsScriptHarness, realTypes } from '../../apps-script/harness.js';
import { createFakeExcel, observeWorkbook } from '../../fakes/excel/index.js';
import { createExcelHarness } from '../../fakes/excel/harness.js';
import { createFakeGoogle } from '../../fakes/spreadsheet-app/index.js';
import type { ObservedWorkbook } from '../../contract/harness.js';

const plan = structureSheet({ workbook: [], source: MESSY_TRACKER, today: '2025-03-01' }).plan;
const initial = [toInitialSheet(MESSY_TRACKER)];

function owned(wb: ObservedWorkbook) {
  return plan.sheets.map((p) => {
    const s = wb.sheets.find((x) => x.name === p.name)!;
    return {
      name: s.name,
      cells: s.cells,
      validations: s.validations.length,
      rules: s.conditionalFormats.length,
    };
  });
}

describe('naive per-cell baseline', () => {
  it('writes what the Apps Script adapter writes, with many more calls', async () => {
    const ours = await createAppsScriptHarness(initial);
    const c0 = ours.calls();
    await ours.host.applyPlan(plan);
    const oursCalls = ours.calls() - c0;
    const fake = createFakeGoogle({ sheets: initial });
    const t = realTypes(fake);
    const n0 = fake.calls.total;
    naiveSheetsHost(t.app, t.ss).applyPlan(plan);
    expect(owned(fake.observe())).toEqual(owned(await ours.observe()));
    expect(fake.calls.total - n0).toBeGreaterThan(5 * oursCalls);
  });

  it('writes what the Excel adapter writes, with many more syncs', async () => {
    const ours = await createExcelHarness(initial);
    const c0 = ours.calls();
    await ours.host.applyPlan(plan);
    const oursSyncs = ours.calls() - c0;
    const fake = createFakeExcel(initial);
    await naiveExcelHost(fake.run).applyPlan(plan);
    expect(owned(observeWorkbook(fake.state))).toEqual(owned(await ours.observe()));
    expect(fake.state.syncs).toBeGreaterThan(5 * oursSyncs);
  });

  it('reads the same grids, one cell at a time', async () => {
    const ours = await createAppsScriptHarness(initial);
    const fake = createFakeGoogle({ sheets: initial });
    const t = realTypes(fake);
    const mine = naiveSheetsHost(t.app, t.ss).readGrids([MESSY_TRACKER.sheet]) as Awaited<
      ReturnType<typeof ours.host.readGrids>
    >;
    const theirs = await ours.host.readGrids([MESSY_TRACKER.sheet]);
    expect(mine[0]!.values).toEqual(theirs[0]!.values);
  });
});
