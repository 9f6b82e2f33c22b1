// The add-in's use cases end to end over the fake Excel with the real core actions, on the seed examples.

import { describe, expect, it } from 'vitest';
import * as core from '../../../core/actions/index.js';
import { MESSY_TRACKER, SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import type { Grid } from '../../../core/grid.js';
import type { SheetPlan } from '../../../core/plan/types.js';
import { ExcelActions } from '../../../excel-addin/actions/index.js';
import type { InitialSheet, ObservedSheet, StoredCell } from '../../contract/harness.js';
import { createExcelHarness } from '../../fakes/excel/harness.js';

const initial = (g: Grid): InitialSheet => ({
  name: g.sheet,
  values: g.values.map((row) => row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))),
  merges: g.merges,
});

async function setUp() {
  const h = await createExcelHarness([initial(SEED_PROVISION_MAP), initial(MESSY_TRACKER)]);
  return { h, actions: new ExcelActions(h.host, core, () => ({})) };
}

const norm = (c: StoredCell): StoredCell =>
  c === '' ? null : c !== null && typeof c === 'object' ? { formula: c.formula.replace(/^=/, '') } : c;

/** The observed sheet holds exactly the planned values and formulas, and as many rules as planned. */
function expectWritten(observed: ObservedSheet | undefined, plan: SheetPlan): void {
  expect(observed, plan.name).toBeDefined();
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const want: StoredCell =
        v === null || v === ''
          ? null
          : typeof v === 'object'
            ? 'formula' in v
              ? { formula: v.formula }
              : v.date
            : v;
      expect(norm(observed!.cells[r]?.[c] ?? null), `${plan.name} r${r} c${c}`).toEqual(want);
    }),
  );
  expect(observed!.frozenRows).toBe(plan.frozenRows);
  expect(observed!.conditionalFormats).toHaveLength(plan.conditionalFormats.length);
  expect(observed!.protections).toHaveLength(new Set(plan.protections.map((p) => p.range)).size);
}

describe('Excel actions on the seed provision map', () => {
  it('sets up the provision map from the teacher sheet, writing exactly the plan, and leaves the source alone', async () => {
    const { h, actions } = await setUp();
    const before = (await h.observe()).sheets[0];
    const run = await actions.structure(SEED_PROVISION_MAP.sheet, 'provision');
    expect(run.applied.sheetsWritten.length).toBeGreaterThan(0);
    const wb = await h.observe();
    for (const sheet of run.plan.sheets)
      expectWritten(
        wb.sheets.find((s) => s.name === sheet.name),
        sheet,
      );
    expect(wb.sheets[0]).toEqual(before);
    expect(run.report.enrolments.length).toBeGreaterThan(0);
  });

  it('is idempotent: running set-up again leaves the same workbook', async () => {
    const { h, actions } = await setUp();
    await actions.structure(SEED_PROVISION_MAP.sheet, 'provision');
    const once = await h.observe();
    await actions.structure(SEED_PROVISION_MAP.sheet, 'provision');
    expect(await h.observe()).toEqual(once);
  });

  it('keeps a value the teacher typed into the provision map through re-evaluation', async () => {
    const { h, actions } = await setUp();
    const first = await actions.structure(SEED_PROVISION_MAP.sheet, 'provision');
    const map = first.plan.sheets.find((s) => s.name === 'Provision Map')!;
    const outcomeCol = map.values[0]!.findIndex((v) => typeof v === 'string' && /outcome/i.test(v));
    const col = outcomeCol >= 0 ? outcomeCol : map.values[0]!.length;
    const cell = `${String.fromCharCode(65 + col)}2`;
    await h.typeValue('Provision Map', cell, 'Reading much improved');
    const run = await actions.reevaluate();
    const observed = (await h.observe()).sheets.find((s) => s.name === 'Provision Map')!;
    expect(observed.cells[1]![col]).toBe('Reading much improved');
    expect(run.applied.sheetsWritten).toContain('Provision Map');
  });

  it('sets up the tracker, adds an assessment point and makes the review sheet', async () => {
    const { h, actions } = await setUp();
    const tracker = await actions.structure(MESSY_TRACKER.sheet, 'tracking');
    expect(tracker.applied.sheetsWritten).toContain('Tracker');
    const width = (await h.observe()).sheets.find((s) => s.name === 'Tracker')!.cells[0]!.length;
    await actions.addAssessmentPoint('Summer 2');
    expect((await h.observe()).sheets.find((s) => s.name === 'Tracker')!.cells[0]!.length).toBeGreaterThan(
      width,
    );
    await actions.structure(SEED_PROVISION_MAP.sheet, 'provision');
    const review = await actions.review();
    expect(review.applied.sheetsWritten).toContain('Review');
  });

  it('collates class maps from tabs into the school map and writes the leaders summary', async () => {
    const { h, actions } = await setUp();
    const candidates = await actions.collationCandidates();
    expect(candidates).toContain(SEED_PROVISION_MAP.sheet);
    const collated = await actions.collate([SEED_PROVISION_MAP.sheet], []);
    expect(collated.applied.sheetsWritten).toContain('School Map');
    const summary = await actions.summarise();
    expect(summary.applied.sheetsWritten).toContain('Summary');
    const wb = await h.observe();
    for (const sheet of summary.plan.sheets)
      expectWritten(
        wb.sheets.find((s) => s.name === sheet.name),
        sheet,
      );
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
      const h = await createExcelHarness([initial(grid)]);
      const actions = new ExcelActions(h.host, core, () => ({}));
      const s0 = h.calls();
      await actions.structure('Class', 'tracking');
      await actions.addAssessmentPoint('Summer 1');
      await actions.reevaluate();
      counts.push(h.calls() - s0);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
