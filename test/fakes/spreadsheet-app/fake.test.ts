// The fake SpreadsheetApp enforces the rules of the real one that provmap depends on.

import { describe, expect, it } from 'vitest';
import { createFakeGoogle, MAX_LIST_ITEMS } from './index.js';

const fresh = (values: (string | number | null)[][] = [['Name'], ['Amy']]) =>
  createFakeGoogle({ sheets: [{ name: 'Class 4B', values }] });

describe('fake SpreadsheetApp: writes', () => {
  it('refuses setValues, setNumberFormats, setDataValidations and setNotes whose size differs from the range', () => {
    const f = fresh();
    const range = f.spreadsheet.getSheetByName('Class 4B')!.getRange('A1:B2');
    expect(() => range.setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([['a'], ['b']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setNumberFormats([['0']])).toThrow(/number of rows/);
    expect(() =>
      range.setDataValidations([
        [null, null, null],
        [null, null, null],
      ]),
    ).toThrow(/number of columns/);
    expect(() => range.setNotes([['x', 'y']])).toThrow(/number of rows/);
  });

  it('turns strings written with setValues into formulas, numbers and dates, as typing would', () => {
    const f = fresh();
    const sheet = f.spreadsheet.getSheetByName('Class 4B')!;
    sheet.getRange('A1:F1').setValues([['=1+1', '-3', '1:6', '3/4/2024', 'TRUE', '+Smith']]);
    expect(sheet.getRange('A1:F1').getFormulas()[0]).toEqual(['=1+1', '', '', '', '', '=+Smith']);
    const [row] = sheet.getRange('A1:F1').getValues();
    expect(row![1]).toBe(-3);
    expect(row![2]).toBeInstanceOf(Date);
    expect(row![3]).toBeInstanceOf(Date);
    expect(row![4]).toBe(true);
  });

  it('keeps text after a leading apostrophe, or in a cell formatted as plain text', () => {
    const f = fresh();
    const sheet = f.spreadsheet.getSheetByName('Class 4B')!;
    sheet.getRange('A1:B1').setValues([["'=1+1", "'-3"]]);
    sheet.getRange('C1').setNumberFormat('@');
    sheet.getRange('C1').setValues([['=HYPERLINK("x")']]);
    expect(sheet.getRange('A1:C1').getFormulas()[0]).toEqual(['', '', '']);
    expect(sheet.getRange('A1:C1').getValues()[0]).toEqual(['=1+1', '-3', '=HYPERLINK("x")']);
  });

  it('refuses more than 50,000 characters in a cell, and accepts exactly 50,000', () => {
    const f = fresh();
    const cell = f.spreadsheet.getSheetByName('Class 4B')!.getRange('A1');
    expect(() => cell.setValues([['x'.repeat(50_001)]])).toThrow(/50000 characters/);
    expect(() => cell.setValues([['x'.repeat(50_000)]])).not.toThrow();
  });

  it(`refuses a fixed dropdown of more than ${MAX_LIST_ITEMS} items`, () => {
    const f = fresh();
    const items = (n: number) => Array.from({ length: n }, (_, i) => `item ${i}`);
    expect(() => f.globals.SpreadsheetApp.newDataValidation().requireValueInList(items(501)).build()).toThrow(
      /500/,
    );
    expect(() =>
      f.globals.SpreadsheetApp.newDataValidation().requireValueInList(items(500)).build(),
    ).not.toThrow();
  });

  it('refuses to grow a spreadsheet past 10,000,000 cells', () => {
    const f = fresh();
    const sheet = f.spreadsheet.getSheetByName('Class 4B')!;
    sheet.insertRowsAfter(1000, 384_000 - 1000);
    expect(sheet.getMaxRows() * sheet.getMaxColumns()).toBe(9_984_000);
    expect(() => f.spreadsheet.insertSheet('More')).toThrow(/10000000 cells/);
    expect(f.spreadsheet.getSheets()).toHaveLength(1);
  });

  it('replaces every conditional format rule of a sheet with setConditionalFormatRules', () => {
    const f = fresh();
    f.addUserConditionalFormat('Class 4B', 'A1:A5', 'Amy', '#123456');
    const sheet = f.spreadsheet.getSheetByName('Class 4B')!;
    const rule = f.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('Joe')
      .setBackground('#ABCDEF')
      .setRanges([sheet.getRange('B1:B2')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(f.observe().sheets[0]!.conditionalFormats).toEqual([
      { range: 'B1:B2', kind: 'text-equals', condition: 'Joe', fill: '#ABCDEF' },
    ]);
  });

  it('writes ragged ranges of merged cells only to their top-left cell', () => {
    const f = createFakeGoogle({
      sheets: [{ name: 'S', values: [['Title']], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] }],
    });
    const sheet = f.spreadsheet.getSheetByName('S')!;
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    expect(sheet.getRange('A1:C1').getValues()[0]).toEqual(['a', '', '']);
  });
});

describe('fake SpreadsheetApp: reads, references and A1', () => {
  it('returns Dates for date cells, at midnight in the spreadsheet time zone', () => {
    const f = createFakeGoogle({ sheets: [{ name: 'S', values: [] }], timeZone: 'America/Los_Angeles' });
    const cell = f.spreadsheet.getSheetByName('S')!.getRange('A1');
    cell.setValues([['2024-09-02']]);
    const d = cell.getValues()[0]![0] as Date;
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe('2024-09-02T07:00:00.000Z');
    expect(f.observe().sheets[0]!.cells[0]![0]).toBe('2024-09-02');
  });

  it('parses A1 notation with and without sheet names, and refuses ranges off the sheet', () => {
    const f = createFakeGoogle({
      sheets: [
        {
          name: "Pupil's list",
          values: [
            ['a', 'b'],
            ['c', 'd'],
          ],
        },
      ],
    });
    expect(f.spreadsheet.getRange("'Pupil''s list'!A1:B2").getValues()).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const sheet = f.spreadsheet.getSheetByName("Pupil's list")!;
    expect(sheet.getRange('$B$2').getValues()).toEqual([['d']]);
    expect(sheet.getRange(2, 1, 1, 2).getA1Notation()).toBe('A2:B2');
    expect(() => sheet.getRange('AA1')).toThrow(/outside the dimensions/);
  });

  it('renames references when a sheet is renamed, and loses them (#REF!) when it is deleted', () => {
    const f = createFakeGoogle({
      sheets: [
        { name: 'Mine', values: [] },
        { name: 'Provision Map', values: [['x']] },
      ],
    });
    const mine = f.spreadsheet.getSheetByName('Mine')!;
    mine.getRange('A1:A2').setValues([["='Provision Map'!A1"], ["=COUNTA('Provision Map'!A1:A9)"]]);
    f.spreadsheet.getSheetByName('Provision Map')!.setName('Old map');
    expect(mine.getRange('A1:A2').getFormulas()).toEqual([["='Old map'!A1"], ["=COUNTA('Old map'!A1:A9)"]]);
    f.spreadsheet.deleteSheet(f.spreadsheet.getSheetByName('Old map')!);
    expect(mine.getRange('A1:A2').getFormulas()).toEqual([['=#REF!'], ['=COUNTA(#REF!)']]);
  });

  it('reads other files through the Sheets service only once the Picker granted them', () => {
    const f = fresh();
    f.addFile('file-3b-0123456789', '3B map', [
      {
        name: 'Map',
        values: [
          ['Intervention', 'Pupils', null],
          ['Numeracy', 'Amy', null],
        ],
      },
    ]);
    const sheets = f.globals.Sheets;
    expect(() => sheets.Spreadsheets.get('file-3b-0123456789')).toThrow(/not found/);
    f.drive.granted.add('file-3b-0123456789');
    expect(sheets.Spreadsheets.get('file-3b-0123456789').sheets[0]!.properties.title).toBe('Map');
    const got = sheets.Spreadsheets.Values.batchGet('file-3b-0123456789', { ranges: ['Map'] });
    expect(got.valueRanges[0]!.values).toEqual([
      ['Intervention', 'Pupils'],
      ['Numeracy', 'Amy'],
    ]);
  });
});

describe('fake Apps Script services', () => {
  it('limits a property value to 9 KB and a store to 500 KB', () => {
    const f = fresh();
    const props = f.globals.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(/too large/);
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    for (let i = 0; i < 54; i++) props.setProperty(`k${i}`, 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('one-more', 'x'.repeat(9 * 1024))).toThrow(/quota/);
    expect(props.getProperty('one-more')).toBeNull();
  });

  it('gives the document lock to one execution at a time', () => {
    const f = fresh();
    const first = f.globals.LockService.getDocumentLock();
    const second = f.globals.LockService.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
    first.releaseLock();
    expect(second.tryLock(1000)).toBe(true);
  });

  it('allows only the Ui in AuthMode.NONE', () => {
    const f = fresh();
    f.env.authMode = 'NONE';
    expect(() => f.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission/);
    expect(() => f.globals.PropertiesService.getDocumentProperties().getProperty('x')).toThrow(/permission/);
    expect(() =>
      f.globals.SpreadsheetApp.getUi().createAddonMenu().addItem('A', 'a').addToUi(),
    ).not.toThrow();
  });

  it('counts calls and fails exactly the k-th mutating call when asked', () => {
    const f = fresh();
    const sheet = f.spreadsheet.getSheetByName('Class 4B')!;
    const before = f.calls.total;
    f.calls.failAtCall(2);
    sheet.getRange('A1').setValues([['one']]);
    sheet.getRange('A2').getValues();
    expect(() => sheet.getRange('A2').setValues([['two']])).toThrow(/injected failure/);
    sheet.getRange('A3').setValues([['three']]);
    // getRange + setValues, getRange + getValues, getRange + failed setValues, getRange + setValues.
    expect(f.calls.total - before).toBe(8);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['one'], ['Amy'], ['three']]);
  });
});

describe('fake SpreadsheetApp: selection', () => {
  const twoSheets = () =>
    createFakeGoogle({
      sheets: [
        { name: 'Class 4B', values: [['Name'], ['Amy']] },
        { name: 'Notes', values: [['x']] },
      ],
    });

  it('activating a range selects it, with its top-left cell as the current cell, and shows its sheet', () => {
    const f = twoSheets();
    expect(f.selection()).toBeNull();
    expect(f.spreadsheet.getActiveRange()!.getA1Notation()).toBe('A1');
    f.spreadsheet.getSheetByName('Notes')!.getRange('C4:D9').activate();
    expect(f.spreadsheet.getActiveSheet().getName()).toBe('Notes');
    expect(f.spreadsheet.getActiveRange()!.getA1Notation()).toBe('C4:D9');
    expect(f.spreadsheet.getCurrentCell()!.getA1Notation()).toBe('C4');
    expect(f.selection()).toEqual({ sheet: 'Notes', a1: 'C4:D9' });
  });

  it('remembers the selection of each sheet, as Sheets does when you switch tabs', () => {
    const f = twoSheets();
    const ss = f.spreadsheet;
    ss.getSheetByName('Class 4B')!.getRange('B2').activate();
    ss.getSheetByName('Notes')!.getRange('E5').activate();
    ss.getSheetByName('Class 4B')!.activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B2');
    expect(f.selection()).toEqual({ sheet: 'Class 4B', a1: 'B2' });
  });
});
