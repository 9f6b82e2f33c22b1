// Re-running keeps what a teacher added right of provmap's columns on its own sheets: fills, fonts, number
// formats, notes, dropdowns, widths and rules stay; provmap's columns end exactly as planned; the number of
// syncs does not change; and a failure at any command still leaves everything as it was.

import { describe, expect, it } from 'vitest';
import { parseA1Range } from '../../../core/grid.js';
import type { SheetPlan, WorkbookPlan } from '../../../core/plan/types.js';
import { GENERAL_FORMAT, TEXT_FORMAT } from '../../../excel-addin/host/cell-values.js';
import { keepTeacherFormats, ownedPart, teacherPart } from '../../../excel-addin/host/owned-area.js';
import { sheetMatrix } from '../../../excel-addin/host/sheet-matrix.js';
import type { SheetSnapshot } from '../../../excel-addin/host/snapshot.js';
import { resetBlocks } from '../../../excel-addin/host/write-plan.js';
import { createExcelHarness, type ExcelHarness } from '../../fakes/excel/harness.js';
import { setStyle } from '../../fakes/excel/range.js';
import { key, unkey, type SheetRec } from '../../fakes/excel/state.js';
import {
  TEACHER_SHEET,
  contractPlan,
  contractPlanWithComments,
  provisionMapSheet,
} from '../../support/contract-plan.js';

const MAP = 'Provision Map';
/** Column L: the first column right of the contract Provision Map's A:K. */
const L = 11;
const FILL = '#FFF2CC';

function sheetOf(h: ExcelHarness): SheetRec {
  return h.fake.state.find(MAP)!;
}

/** A workbook provmap wrote with 9 pupils, where the teacher made column L their own in Excel. */
async function teacherWorkbook(): Promise<ExcelHarness> {
  const h = await createExcelHarness([TEACHER_SHEET]);
  await h.host.applyPlan(contractPlanWithComments(9));
  const s = sheetOf(h);
  for (let r = 1; r <= 9; r++) {
    await h.decorateCell(MAP, `L${r + 1}`, { fill: FILL, listValues: ['seen', 'not seen'] });
  }
  await h.decorateCell(MAP, 'L3', { note: 'Ask mum' });
  setStyle(h.fake.state.cell(s, 4, L), { bold: true, color: '#C00000' });
  h.fake.state.cell(s, 3, L).format = '@';
  h.fake.state.cell(s, 6, L).format = '0.0%';
  h.fake.state.cell(s, 6, L).value = 0.25;
  s.widths.set(L, 180);
  await h.addUserConditionalFormat(MAP, 'L2:L10', 'urgent', '#FF0000');
  return h;
}

/** Everything the fake stores for the cells of some columns, by address, for comparing two workbooks. */
function cellsIn(s: SheetRec, from: number, to: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, cell] of [...s.cells].sort()) {
    const [, c] = unkey(k);
    if (c < from || c >= to) continue;
    const kept = Object.fromEntries(Object.entries(cell).filter(([, v]) => v !== undefined));
    if (Object.keys(kept).length > 0) out[k] = kept;
  }
  return out;
}

describe('a column the teacher added to a sheet provmap wrote, in Excel', () => {
  it('keeps its fill, font, number format, note, dropdown, width and rule; provmap’s columns end as planned', async () => {
    const h = await teacherWorkbook();
    await h.host.applyPlan(contractPlanWithComments(4));
    const s = sheetOf(h);

    const theirs = (r: number) => s.cells.get(key(r, L));
    for (let r = 1; r <= 9; r++) {
      expect(theirs(r)?.style?.fill, `fill of L${r + 1}`).toBe(FILL);
      expect(theirs(r)?.validation?.rule.list?.source, `dropdown of L${r + 1}`).toBe('seen,not seen');
    }
    expect(s.notes.get(key(2, L))).toBe('Ask mum');
    expect(theirs(4)?.style).toMatchObject({ bold: true, color: '#C00000' });
    expect(theirs(3)?.format, 'a format under a value the plan carries').toBe('@');
    expect(theirs(6)?.format, 'a format below the rows the plan writes').toBe('0.0%');
    expect(s.widths.get(L)).toBe(180);
    expect(s.cfs.filter((cf) => cf.fill === '#FF0000')).toHaveLength(1);
    // Values are the plan's: L4 carried, L7 (0.25) and L10 no longer.
    expect(theirs(3)?.value).toBe('note 3');
    expect(theirs(6)?.value).toBeUndefined();
    expect(theirs(9)?.value).toBeUndefined();
    // The planned header style lands on the teacher's header cell too.
    expect(theirs(0)).toMatchObject({ value: 'Comments', style: { bold: true, fill: '#DDEBF7' } });

    const fresh = await createExcelHarness([TEACHER_SHEET]);
    await fresh.host.applyPlan(contractPlanWithComments(4));
    const planned = sheetOf(fresh);
    const own = cellsIn(s, 0, L);
    expect(Object.keys(own).length).toBeGreaterThan(40);
    expect(own).toEqual(cellsIn(planned, 0, L));
    for (let c = 0; c < L; c++) expect(s.widths.get(c), `width of column ${c}`).toBe(planned.widths.get(c));
    expect([...s.notes.keys()].filter((k) => unkey(k)[1] < L).sort()).toEqual(
      [...planned.notes.keys()].filter((k) => unkey(k)[1] < L).sort(),
    );
  });

  it('puts a planned note in a teacher’s column in place of the one there', async () => {
    const h = await teacherWorkbook();
    const plan = contractPlanWithComments(4);
    plan.sheets[1]!.notes.push({ cell: 'L3', text: 'provmap says' });
    await h.host.applyPlan(plan);
    expect(sheetOf(h).notes.get(key(2, L))).toBe('provmap says');
  });

  it('sets the width of a teacher’s column only on a sheet it makes', async () => {
    const h = await createExcelHarness([TEACHER_SHEET]);
    await h.host.applyPlan(contractPlanWithComments(3));
    expect(sheetOf(h).widths.get(L)).toBe(90);
  });
});

describe('syncs with a teacher’s column', () => {
  it('are as many as without one, and the same for 30 pupils as for 300', async () => {
    const rerun = async (pupils: number, plan: (n: number) => WorkbookPlan) => {
      const h = await createExcelHarness([TEACHER_SHEET]);
      await h.host.applyPlan(plan(pupils));
      for (let r = 1; r <= pupils; r++) await h.decorateCell(MAP, `L${r + 1}`, { fill: FILL });
      const s0 = h.calls();
      await h.host.applyPlan(plan(pupils));
      return h.calls() - s0;
    };
    const small = await rerun(30, contractPlanWithComments);
    expect(await rerun(300, contractPlanWithComments)).toBe(small);
    expect(await rerun(30, contractPlan)).toBe(small);
  });
});

describe('all or nothing with a teacher’s column', () => {
  it('leaves everything as it was, fills and widths included, when any single command fails', async () => {
    const probe = await teacherWorkbook();
    const m0 = probe.fake.state.mutations;
    await probe.host.applyPlan(contractPlanWithComments(12));
    const commands = probe.fake.state.mutations - m0;
    expect(commands).toBeGreaterThan(40);
    for (let k = 1; k <= commands; k++) {
      const h = await teacherWorkbook();
      const before = await h.observe();
      const s = sheetOf(h);
      const stored = () => ({ cells: cellsIn(s, 0, 30), widths: [...s.widths].sort() });
      const storedBefore = stored();
      h.failAtCall!(k);
      await expect(
        h.host.applyPlan(contractPlanWithComments(12)),
        `failure at command ${k}`,
      ).rejects.toMatchObject({
        restored: true,
      });
      expect(await h.observe(), `failure at command ${k}`).toEqual(before);
      expect(stored(), `cells and widths after a failure at command ${k}`).toEqual(storedBefore);
    }
  }, 120_000);
});

/** A snapshot of an old sheet whose used range starts at `used`, holding `formats`. */
function snapshotOf(used: string, formats: string[][]): SheetSnapshot {
  const rect = parseA1Range(used);
  return {
    name: MAP,
    used: rect,
    area: rect,
    values: [],
    formulas: [],
    formats,
    validations: [],
    conditionalFormats: [],
    frozen: { rows: 0, columns: 0 },
    widths: [],
    notes: [],
    styles: null,
  };
}

describe('the owned area', () => {
  const area = { top: 0, left: 0, bottom: 9, right: 13 };

  it('splits a sheet’s area at provmap’s last column', () => {
    expect(ownedPart(area, 11)).toEqual({ top: 0, left: 0, bottom: 9, right: 10 });
    expect(teacherPart(area, 11)).toEqual({ top: 0, left: 11, bottom: 9, right: 13 });
    expect(ownedPart(area, 20)).toEqual(area);
    expect(teacherPart(area, 20)).toBeNull();
    expect(ownedPart(area, 0)).toBeNull();
  });

  it('resets number formats left of provmap’s last column only', () => {
    const blocks = resetBlocks(MAP, area, 5, 12, 11);
    expect(blocks.map((b) => [b.top, b.left, b.formats.length, b.formats[0]!.length])).toEqual([
      [5, 0, 5, 11],
    ]);
    expect(resetBlocks(MAP, area, 5, 12).map((b) => [b.top, b.left, b.formats[0]!.length])).toEqual([
      [5, 0, 14],
      [0, 12, 2],
    ]);
  });

  it('keeps a teacher’s number formats, unless a value needs its own', () => {
    const plan: SheetPlan = {
      ...provisionMapSheet(1),
      values: [
        ['Pupil', 'Comments', 'Score', 'When', 'Flag'],
        ['Amy', '=looks like a formula', 7, { date: '2024-09-02' }, true],
        ['Joe', 'plain', { formula: 'C2*2' }, null, 'x'],
      ],
      numberFormats: [],
      styles: [],
      validations: [],
      conditionalFormats: [],
      protections: [],
      notes: [],
    };
    const matrix = sheetMatrix(plan);
    const old = snapshotOf('A1:E3', [
      [GENERAL_FORMAT, '@', GENERAL_FORMAT, GENERAL_FORMAT, GENERAL_FORMAT],
      ['0', '0.0', '@', 'dd/mm/yyyy', '@'],
      ['0', '@', '0.0%', GENERAL_FORMAT, '@'],
    ]);
    const formats = keepTeacherFormats(matrix, old, 1);
    // Column A is provmap's: planned formats, whatever was there.
    expect(formats.map((row) => row[0])).toEqual(matrix.formats.map((row) => row[0]));
    expect(formats[0]).toEqual([GENERAL_FORMAT, '@', GENERAL_FORMAT, GENERAL_FORMAT, GENERAL_FORMAT]);
    // Risky text stays text; a number or boolean into '@' would turn to text; a formula too.
    expect(formats[1]).toEqual([GENERAL_FORMAT, TEXT_FORMAT, GENERAL_FORMAT, 'dd/mm/yyyy', GENERAL_FORMAT]);
    expect(formats[2]).toEqual([GENERAL_FORMAT, '@', GENERAL_FORMAT, GENERAL_FORMAT, '@']);
    expect(keepTeacherFormats(matrix, old, 5)).toBe(matrix.formats);
  });
});
