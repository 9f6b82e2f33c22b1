import { describe, expect, it } from 'vitest';
import {
  absoluteColumnRange,
  columnRange,
  EXTRA_COLUMN_WIDTH,
  geometry,
  rowGroups,
  runs,
  tableSheet,
} from '../../../core/plan/sheet-builder.js';
import type { ColumnSpec, TableRow } from '../../../core/plan/table.js';

const COLUMNS: ColumnSpec[] = [
  { header: 'Pupil', kind: 'input', width: 100, format: '@' },
  { header: 'Progress', kind: 'formula', width: 60, format: '0', note: 'Exit minus entry.' },
  { header: 'Status', kind: 'formula', width: 60 },
  { header: 'Notes', kind: 'input', width: 200, wrap: true },
  { header: 'Record', kind: 'computed', width: 200 },
];
const row = (pupil: string): TableRow => ({
  key: pupil,
  values: [pupil, { formula: '1' }, { formula: '"met"' }, null, 'r'],
  extras: ['mine'],
  existing: true,
});

describe('table geometry', () => {
  it('puts the header after the preamble and data after the header', () => {
    const g = geometry(3, 2);
    expect(g).toEqual({ headerRow: 3, firstRow: 4, lastRow: 5 });
    expect(columnRange(g, 10)).toBe('K5:K6');
    expect(absoluteColumnRange(g, 0)).toBe('$A$5:$A$6');
    expect(columnRange(geometry(0, 0), 0)).toBeNull();
  });

  it('groups adjacent columns and rows', () => {
    expect(runs([1, 0, 1, 1, 0, 1], (x) => x === 1)).toEqual([
      [0, 0],
      [2, 3],
      [5, 5],
    ]);
    expect(rowGroups(['a', 'a', null, 'a', 'b', 'b'])).toEqual([
      ['a', 0, 1],
      ['a', 3, 3],
      ['b', 4, 5],
    ]);
  });
});

describe('table sheets', () => {
  const sheet = tableSheet({
    name: 'Owned',
    preamble: [['Title'], [], []],
    columns: COLUMNS,
    rows: [row('Amy'), row('=HYPERLINK("x")')],
    extraHeaders: ['Teacher column'],
  });

  it('writes preamble, header with extras, and rows from A1', () => {
    expect(sheet.values[0]).toEqual(['Title']);
    expect(sheet.values[3]).toEqual(['Pupil', 'Progress', 'Status', 'Notes', 'Record', 'Teacher column']);
    expect(sheet.values[5]![0]).toBe('=HYPERLINK("x")');
    expect(sheet.values[4]![5]).toBe('mine');
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.columnWidths).toEqual([100, 60, 60, 200, 200, EXTRA_COLUMN_WIDTH]);
  });

  it('protects each run of computed columns with a warning, over the data rows only', () => {
    expect(sheet.protections.map((p) => p.range)).toEqual(['B5:C6', 'E5:E6']);
    expect(sheet.protections[0]!.description).toContain('Progress, Status');
  });

  it('puts notes on header cells and formats on data cells', () => {
    expect(sheet.notes).toEqual([{ cell: 'B4', text: 'Exit minus entry.' }]);
    expect(sheet.numberFormats).toEqual([
      { range: 'A5:A6', format: '@' },
      { range: 'B5:B6', format: '0' },
    ]);
    expect(sheet.styles.some((s) => s.range === 'A4:F4' && s.style.bold)).toBe(true);
    expect(sheet.styles.some((s) => s.range === 'D5:D6' && s.style.wrap)).toBe(true);
  });

  it('writes no data-range rules for an empty table', () => {
    const empty = tableSheet({ name: 'E', columns: COLUMNS, rows: [], extraHeaders: [] });
    expect(empty.values).toEqual([COLUMNS.map((c) => c.header)]);
    expect(empty.protections).toEqual([]);
    expect(empty.numberFormats).toEqual([]);
  });
});
