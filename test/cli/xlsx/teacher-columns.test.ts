// Re-running on an .xlsx file keeps a column the teacher added to a provmap sheet as they made it in Excel:
// fill, font, number format, note, dropdown, merged cells and width; provmap's own columns end exactly as
// the plan says, as on a file made new.

import type { Workbook, Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { validationsOf } from '../../../cli/xlsx/exceljs-extras.js';
import { workbookFromGrids } from '../../../cli/xlsx/new-workbook.js';
import { loadWorkbook } from '../../../cli/xlsx/read-workbook.js';
import { XlsxHost } from '../../../cli/xlsx/xlsx-host.js';
import { reevaluate, sheetsToRead, structureSheet } from '../../../core/actions/index.js';
import { SEED_PROVISION_MAP, SEED_PROVISION_SHEET } from '../../../core/examples/index.js';
import { a1, parseA1Range } from '../../../core/grid.js';
import { ownedColumns } from '../../../core/plan/owned-columns.js';
import { SHEET } from '../../../core/plan/sheet-names.js';
import type { PlanValue, SheetPlan, WorkbookPlan } from '../../../core/plan/types.js';

const TODAY = '2024-10-01';
const FILL = 'FFFFF2CC';

/** Saves a workbook and opens the file again, as Excel and provmap each would. */
async function saved(wb: Workbook): Promise<Workbook> {
  return loadWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const solid = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });

/** The seed map structured by provmap; the plan and the file. */
async function structured(): Promise<{ plan: WorkbookPlan; wb: Workbook }> {
  const host = new XlsxHost(workbookFromGrids([SEED_PROVISION_MAP]));
  const plan = structureSheet({
    workbook: [],
    source: SEED_PROVISION_MAP,
    kind: 'provision',
    today: TODAY,
  }).plan;
  await host.applyPlan(plan);
  return { plan, wb: await saved(host.workbook) };
}

async function reevaluated(wb: Workbook): Promise<{ plan: WorkbookPlan; wb: Workbook }> {
  const host = new XlsxHost(wb);
  const names = sheetsToRead('reevaluate', host.listSheets(), { source: SEED_PROVISION_SHEET });
  const plan = reevaluate({ workbook: host.readGrids(names), today: TODAY }).plan;
  await host.applyPlan(plan);
  return { plan, wb: await saved(host.workbook) };
}

const mapOf = (plan: WorkbookPlan): SheetPlan => plan.sheets.find((s) => s.name === SHEET.provisionMap)!;

/** Every cell's value, style and note in columns [from, to) of a sheet, by address. */
function cellsIn(ws: Worksheet, from: number, to: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col <= from || col > to) return;
      const style = JSON.parse(JSON.stringify(cell.style ?? {})) as unknown;
      out[cell.address] = {
        value: cell.value ?? null,
        style,
        note: cell.note ?? null,
        merged: cell.isMerged,
      };
    }),
  );
  return out;
}

/** Validations (range -> rule) wholly inside or wholly outside provmap's columns. */
function validationsIn(ws: Worksheet, owned: number, theirs: boolean): Record<string, unknown> {
  const model = validationsOf(ws).model;
  return Object.fromEntries(
    Object.keys(model)
      .filter((k) => parseA1Range(k).left >= owned === theirs)
      .sort()
      .map((k) => [k, model[k]]),
  );
}

describe('a column the teacher added in Excel to a sheet provmap wrote', () => {
  it('keeps its look, notes, dropdown, merges and width on Re-evaluate; provmap’s columns end as planned', async () => {
    const first = await structured();
    const map = mapOf(first.plan);
    const owned = ownedColumns(map);
    expect(owned).toBe(map.ownedColumns);
    const head = map.frozenRows - 1;
    const col = owned + 1; // 1-based: the first column right of provmap's
    const at = (r: number) => a1(r, owned);
    const [firstRow, lastRow] = [head + 1, map.values.length - 1];
    /** A row (0-based) where the teacher merges across provmap's last column into theirs. */
    const straddle = firstRow + 7;

    // The teacher makes "Comments" (and a second column) their own in Excel.
    const ws = first.wb.getWorksheet(SHEET.provisionMap)!;
    ws.getCell(at(head)).value = 'Comments';
    ws.getCell(at(firstRow)).value = 'needs glasses';
    ws.getCell(at(firstRow + 1)).value = 0.25;
    ws.getCell(at(firstRow + 1)).numFmt = '0.0%';
    ws.getCell(at(firstRow + 2)).value = new Date(Date.UTC(2024, 8, 2));
    ws.getCell(at(firstRow + 2)).numFmt = 'dd/mm/yyyy';
    for (let r = firstRow; r <= lastRow; r++) if (r !== straddle) ws.getCell(at(r)).fill = solid(FILL);
    ws.getCell(at(firstRow)).font = { bold: true, color: { argb: 'FFC00000' } };
    ws.getCell(at(firstRow)).note = 'Ask mum at parents evening';
    validationsOf(ws).add(`${at(firstRow)}:${at(lastRow)}`, {
      type: 'list',
      allowBlank: true,
      formulae: ['"seen,not seen"'],
    });
    const since = new Date(Date.UTC(2024, 0, 1));
    validationsOf(ws).add(a1(firstRow, owned + 1), {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [since],
    });
    ws.getColumn(col).width = 30;
    ws.getCell(a1(firstRow + 4, owned + 1)).value = 'their own block';
    ws.mergeCells(firstRow + 5, col + 1, firstRow + 6, col + 1);
    // A merge from provmap's last column into the teacher's: it reaches into provmap's cells.
    ws.mergeCells(straddle + 1, col - 1, straddle + 1, col);
    const file = await saved(first.wb);
    const before = cellsIn(file.getWorksheet(SHEET.provisionMap)!, owned, owned + 2);

    const again = await reevaluated(file);
    const rerun = mapOf(again.plan);
    expect(rerun.values[head]![owned]).toBe('Comments');
    expect(ownedColumns(rerun)).toBe(owned);
    const out = again.wb.getWorksheet(SHEET.provisionMap)!;

    expect(out.getCell(at(firstRow)).value).toBe('needs glasses');
    expect(out.getCell(at(firstRow)).note).toBe('Ask mum at parents evening');
    expect(out.getCell(at(firstRow)).font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    expect(out.getCell(at(firstRow + 1)).numFmt).toBe('0.0%');
    expect(out.getCell(at(firstRow + 2)).numFmt).toBe('dd/mm/yyyy');
    for (let r = firstRow; r <= lastRow; r++)
      if (r !== straddle)
        expect(out.getCell(at(r)).fill, `fill of ${at(r)}`).toMatchObject({ fgColor: { argb: FILL } });
    expect(validationsIn(out, owned, true)).toEqual({
      [`${at(firstRow)}:${at(lastRow)}`]: { type: 'list', allowBlank: true, formulae: ['"seen,not seen"'] },
      [a1(firstRow, owned + 1)]: {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [since],
      },
    });
    expect(out.getColumn(col).width).toBe(30);
    expect(out.getCell(firstRow + 6, col + 1).isMerged).toBe(true);
    expect(out.getCell(straddle + 1, col).isMerged, 'the straddling merge is broken').toBe(false);
    // The teacher's columns as they were, bar the planned header style and the straddling merge.
    const after = cellsIn(out, owned, owned + 2);
    const unchanged = (k: string) => parseA1Range(k).top !== head && parseA1Range(k).top !== straddle;
    expect(Object.keys(after).filter(unchanged).length).toBeGreaterThan(10);
    for (const k of Object.keys(before).filter(unchanged)) expect(after[k], k).toEqual(before[k]);

    // provmap's columns hold exactly what the same plan writes on a file made new.
    const made = new XlsxHost(workbookFromGrids([SEED_PROVISION_MAP]));
    await made.applyPlan(again.plan);
    const fresh = (await saved(made.workbook)).getWorksheet(SHEET.provisionMap)!;
    const own = cellsIn(out, 0, owned);
    expect(Object.keys(own).length).toBeGreaterThan(owned * 10);
    expect(own).toEqual(cellsIn(fresh, 0, owned));
    expect(validationsIn(out, owned, false)).toEqual(validationsIn(fresh, owned, false));
    for (let c = 1; c <= owned; c++)
      expect(out.getColumn(c).width, `width of ${c}`).toBe(fresh.getColumn(c).width);
  });

  it('leaves a merge unmade when its hidden cells now hold a value, so nothing typed is lost', async () => {
    const first = await structured();
    const map = mapOf(first.plan);
    const owned = ownedColumns(map);
    const row = map.frozenRows;
    const ws = first.wb.getWorksheet(SHEET.provisionMap)!;
    ws.getCell(a1(row - 1, owned)).value = 'Comments';
    ws.mergeCells(row + 1, owned + 1, row + 2, owned + 1);
    const plan = structuredClone(first.plan);
    const sheet = mapOf(plan);
    sheet.values = sheet.values.map((v, r): PlanValue[] =>
      r === row - 1 ? [...v, 'Comments'] : r === row + 1 ? [...v, 'typed below'] : v,
    );
    const host = new XlsxHost(await saved(first.wb));
    await host.applyPlan(plan);
    const out = (await saved(host.workbook)).getWorksheet(SHEET.provisionMap)!;
    expect(out.getCell(row + 2, owned + 1).value).toBe('typed below');
    expect(out.getCell(row + 2, owned + 1).isMerged).toBe(false);
  });
});
