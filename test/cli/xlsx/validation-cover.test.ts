// Validations held as disjoint rectangles: each cell keeps exactly the rule it had, and none gets two.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { DataValidation } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { validationsOf } from '../../../cli/xlsx/exceljs-extras.js';
import { loadWorkbook } from '../../../cli/xlsx/read-workbook.js';
import { normaliseValidations } from '../../../cli/xlsx/validation-cover.js';
import { a1, parseA1Range } from '../../../core/grid.js';
import { hasOpenpyxl, inspectXlsx } from '../../support/inspect-xlsx.js';

const list = (items: string): DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${items}"`],
});

function cellsOf(range: string): string[] {
  const r = parseA1Range(range);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
  return out;
}

/** Cell -> the list items of its rule, and the cells claimed by more than one key. */
function perCell(model: Record<string, DataValidation | undefined>) {
  const cells: Record<string, string> = {};
  const twice: string[] = [];
  for (const [key, v] of Object.entries(model)) {
    if (!v) continue;
    for (const cell of cellsOf(key)) {
      if (cell in cells) twice.push(cell);
      cells[cell] = String(v.formulae?.[0]);
    }
  }
  return { cells, twice };
}

function sheetWith(keys: [string, DataValidation][]): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet('S');
  for (const [key, v] of keys) validationsOf(ws).add(key, v);
  return ws;
}

describe('normaliseValidations', () => {
  it('joins a cell-by-cell model (as ExcelJS reads a file) into the ranges it came from', () => {
    const cells: [string, DataValidation][] = [];
    const yes = list('yes,no');
    for (let row = 5; row <= 23; row++) for (const col of ['K', 'L']) cells.push([`${col}${row}`, yes]);
    const ws = sheetWith(cells);
    normaliseValidations(ws);
    expect(Object.keys(validationsOf(ws).model)).toEqual(['K5:L23']);
  });

  it('covers an L shape without overlap in the saved file, which ExcelJS alone would not', async (t) => {
    if (!hasOpenpyxl()) t.skip();
    // Grouping from B1 downwards reaches B2, which the rectangle from A2 rightwards already holds.
    const v = list('a,b');
    const ws = sheetWith([
      ['A2', v],
      ['B1', v],
      ['B2', v],
    ]);
    normaliseValidations(ws);
    const path = join(mkdtempSync(join(tmpdir(), 'provmap-dv-')), 'l.xlsx');
    await ws.workbook.xlsx.writeFile(path);
    const saved = (await inspectXlsx(path)).sheets[0]!.validations;
    const cells = saved.flatMap((dv) => dv.sqref.split(/\s+/).flatMap(cellsOf));
    expect(cells.sort()).toEqual(['A2', 'B1', 'B2']);
  });

  it('lets the validation added last win where planned ranges overlap, and keeps the rest', () => {
    const ws = sheetWith([
      ['A1:C10', list('old')],
      ['B3:B4', list('new')],
    ]);
    normaliseValidations(ws);
    const { cells, twice } = perCell(validationsOf(ws).model);
    expect(twice).toEqual([]);
    expect(Object.keys(cells)).toHaveLength(30);
    expect(cells.B3).toBe('"new"');
    expect(cells.B4).toBe('"new"');
    expect(cells.B5).toBe('"old"');
    expect(cells.C10).toBe('"old"');
  });

  it('keeps every cell and its rule through an xlsx save and reload', async () => {
    const ws = sheetWith([
      ['B2:B40', list('x,y')],
      ['D9:E12', list('p,q')],
      ['G7', { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, 9] }],
    ]);
    const before = perCell(validationsOf(ws).model).cells;
    const bytes = await ws.workbook.xlsx.writeBuffer();
    const again = (await loadWorkbook(new Uint8Array(bytes as ArrayBuffer))).getWorksheet('S')!;
    const after = perCell(validationsOf(again).model);
    expect(after.twice).toEqual([]);
    expect(after.cells).toEqual(before);
    expect(Object.keys(validationsOf(again).model).sort()).toEqual(['B2:B40', 'D9:E12', 'G7']);
  });
});
