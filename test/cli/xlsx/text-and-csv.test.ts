// Text escaping for xlsx and the injection-safe CSV export.

import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../cli/xlsx/csv-export.js';
import { encodeCellText, isRiskyText } from '../../../cli/xlsx/text.js';
import { loadWorkbook, readGrids } from '../../../cli/xlsx/read-workbook.js';

describe('encodeCellText', () => {
  it('survives an xlsx round trip for any text, control characters included', async () => {
    const texts = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { seed: 42, numRuns: 200 });
    texts.push('\rCR first', 'a_x000D_b', '_x005F_', 'tab\there', '\u0001\u001f');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    // XML cannot carry lone surrogates or U+FFFE/U+FFFF; they never come from a real cell.
    const usable = texts.filter((t) => !/[\uD800-\uDFFF\uFFFE\uFFFF]/.test(t) && t !== '');
    usable.forEach((t, i) => (ws.getCell(i + 1, 1).value = encodeCellText(t)));
    const back = await loadWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const values = readGrids(back, ['S'])[0]!.values.map((r) => r[0]);
    expect(values).toEqual(usable);
  });

  it('flags text that a spreadsheet could take for a formula', () => {
    for (const t of ['=1+1', '+Smith', '-3', '@Riley', '\tx', '\rx', '\nx'])
      expect(isRiskyText(t)).toBe(true);
    for (const t of ['Smith', '3', ' =1', 'a=b']) expect(isRiskyText(t)).toBe(false);
  });
});

describe('CSV export', () => {
  it("prefixes risky text with ' and leaves numbers alone", () => {
    expect(['=HYPERLINK("x")', '+Smith', '-3', '@Riley', '\tTab', '\rCR'].map((v) => csvCell(v))).toEqual([
      `"'=HYPERLINK(""x"")"`,
      "'+Smith",
      "'-3",
      "'@Riley",
      "'\tTab",
      `"'\rCR"`,
    ]);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(new Date(Date.UTC(2024, 8, 2)))).toBe('2024-09-02');
  });

  it('quotes delimiters, quotes and newlines, one record per row', () => {
    expect(
      toCsv([
        ['Name', 'Note'],
        ['Amy, Smith', 'line 1\nline 2'],
        [null, true],
      ]),
    ).toBe('Name,Note\r\n"Amy, Smith","line 1\nline 2"\r\n,true\r\n');
  });
});
