// CSV files into Grids: delimiters, BOM, quoted newlines, numbers, and dates left as text.

import { describe, expect, it } from 'vitest';
import { csvValue, detectDelimiter, parseCsv } from '../../../cli/io/csv-import.js';
import { csvSheetName, decodeText } from '../../../cli/io/read-input.js';

describe('parseCsv', () => {
  it('detects comma, semicolon and tab delimiters', () => {
    const rows = [
      ['Name', 'Year', 'Entry'],
      ['Amy', '3', '2c'],
      ['Joe', '3', '2b'],
    ];
    for (const d of [',', ';', '\t'] as const) {
      const text = rows.map((r) => r.join(d)).join('\n');
      expect(detectDelimiter(text)).toBe(d);
      expect(parseCsv(text, 'S').values).toEqual([
        ['Name', 'Year', 'Entry'],
        ['Amy', 3, '2c'],
        ['Joe', 3, '2b'],
      ]);
    }
  });

  it('prefers the delimiter that splits rows consistently over one inside prose', () => {
    expect(detectDelimiter('Name;Note\nAmy;likes maths, reading\nJoe;ok\nDan;fine, mostly')).toBe(';');
  });

  it('drops a BOM and keeps quoted newlines and delimiters inside cells', () => {
    const text = '\uFEFFIntervention,Pupils\r\n"Comprehension, group","Amy\nJoe\nDan"\r\n';
    const grid = parseCsv(text, 'Class 3');
    expect(grid).toEqual({
      sheet: 'Class 3',
      values: [
        ['Intervention', 'Pupils'],
        ['Comprehension, group', 'Amy\nJoe\nDan'],
      ],
      merges: [],
    });
  });

  it('keeps UK dates, identifiers and formula-looking text as text', () => {
    expect(
      ['02/09/2024', '007', '=SUM(A1)', '+Smith', '1,5', '3c', ' 4 ', '-3', '12.5', ''].map(csvValue),
    ).toEqual(['02/09/2024', '007', '=SUM(A1)', '+Smith', '1,5', '3c', 4, -3, 12.5, null]);
  });

  it('pads ragged rows and drops trailing empty lines', () => {
    expect(parseCsv('a,b,c\nd\n\n\n', 'S').values).toEqual([
      ['a', 'b', 'c'],
      ['d', null, null],
    ]);
  });
});

describe('CSV file names and encodings', () => {
  it('names the sheet after the file, never after a sheet provmap owns', () => {
    expect(csvSheetName('/x/class 3 [autumn].csv')).toBe('class 3 -autumn-');
    expect(csvSheetName('Pupils.csv')).toBe('Pupils (csv)');
    expect(csvSheetName('a'.repeat(40) + '.csv')).toHaveLength(31);
  });

  it('reads Windows-1252 files (Excel "CSV" in the UK) as well as UTF-8', () => {
    expect(decodeText(new Uint8Array([0xa3, 0x35]))).toBe('£5');
    expect(decodeText(new TextEncoder().encode('£5 Zoë'))).toBe('£5 Zoë');
  });
});
