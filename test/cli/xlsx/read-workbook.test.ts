// Reading xlsx into Grids: every kind of stored value becomes the plain value core expects.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../cli/xlsx/input-error.js';
import { listSheets, loadWorkbook, readGrids } from '../../../cli/xlsx/read-workbook.js';
import { ProvmapError } from '../../../core/errors.js';

async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Class 4B'));
  wb.addWorksheet('Empty');
  const bytes = await wb.xlsx.writeBuffer();
  return loadWorkbook(new Uint8Array(bytes as ArrayBuffer));
}

describe('readGrids', () => {
  it('turns rich text, hyperlinks, formulas, errors and dates into plain values', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = { richText: [{ text: 'Amy ' }, { font: { bold: true }, text: 'Smith' }] };
      ws.getCell('B1').value = { text: 'Joe Bloggs', hyperlink: 'https://example.invalid/joe' };
      ws.getCell('C1').value = { formula: 'IF(1=1,"2b","x")', result: '2b' };
      ws.getCell('D1').value = { formula: 'MATCH("z",A1:A2,0)', result: { error: '#N/A' } };
      ws.getCell('E1').value = new Date(Date.UTC(2024, 8, 2));
      ws.getCell('F1').value = { formula: '1+2', result: 3 };
      ws.getCell('G1').value = true;
      ws.getCell('H1').value = -3;
      ws.getCell('I1').value = '=not a formula';
    });
    const [grid] = readGrids(wb, ['Class 4B']);
    const row = grid!.values[0]!;
    expect(row.slice(0, 4)).toEqual(['Amy Smith', 'Joe Bloggs', '2b', '#N/A']);
    expect(row[4]).toBeInstanceOf(Date);
    expect((row[4] as Date).toISOString()).toBe('2024-09-02T00:00:00.000Z');
    expect(row.slice(5)).toEqual([3, true, -3, '=not a formula']);
  });

  it('never hands core the formula text when a formula has no cached result', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = { formula: 'SUM(B1:B3)' } as ExcelJS.CellFormulaValue;
      ws.getCell('B1').value = 1;
    });
    expect(readGrids(wb, ['Class 4B'])[0]!.values).toEqual([[null, 1]]);
  });

  it('reads merged blocks with the value in the top-left cell only', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = 'Comprehension group';
      ws.mergeCells('A1:A3');
      ws.getCell('B1').value = 'Amy';
      ws.getCell('B2').value = 'Joe';
      ws.getCell('C5').value = 'Title';
      ws.mergeCells('C5:E6');
    });
    const [grid] = readGrids(wb, ['Class 4B']);
    expect(grid!.merges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 4, left: 2, bottom: 5, right: 4 },
    ]);
    expect(grid!.values.map((r) => r[0])).toEqual(['Comprehension group', null, null, null, null, null]);
    expect(grid!.values[4]).toEqual([null, null, 'Title', null, null]);
    expect(grid!.values[5]).toEqual([null, null, null, null, null]);
  });

  it('gives a rectangle from A1 and answers in the order asked', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('C2').value = 'x';
      ws.getCell('A4').value = 1;
    });
    const grids = readGrids(wb, ['Empty', 'Class 4B']);
    expect(grids.map((g) => g.sheet)).toEqual(['Empty', 'Class 4B']);
    expect(grids[0]!.values).toEqual([]);
    expect(grids[1]!.values).toEqual([
      [null, null, null],
      [null, null, 'x'],
      [null, null, null],
      [1, null, null],
    ]);
    expect(listSheets(wb)).toEqual([
      { name: 'Class 4B', rows: 4, columns: 3, hidden: false },
      { name: 'Empty', rows: 0, columns: 0, hidden: false },
    ]);
  });

  it('throws SHEET_NOT_FOUND for a missing sheet', async () => {
    const wb = await roundTrip(() => undefined);
    expect(() => readGrids(wb, ['Nope'])).toThrow(ProvmapError);
    expect(() => readGrids(wb, ['Nope'])).toThrow(/Nope/);
  });
});

describe('loadWorkbook', () => {
  it('refuses bytes that are not an xlsx file with NOT_A_SPREADSHEET', async () => {
    const err = await loadWorkbook(new TextEncoder().encode('Name,Year\nAmy,3\n'), 'pupils.xlsx').catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('NOT_A_SPREADSHEET');
  });
});
