import { describe, expect, it } from 'vitest';
import { PlanError } from '../../../core/errors.js';
import type { Grid } from '../../../core/grid.js';
import {
  keyOf,
  mergeRows,
  norm,
  readTable,
  toCellValue,
  toPlanValue,
  type ColumnSpec,
  type GeneratedRow,
} from '../../../core/plan/table.js';

const COLUMNS: ColumnSpec[] = [
  { header: 'Pupil', kind: 'input', width: 100 },
  { header: 'Score', kind: 'input', width: 60 },
  { header: 'Double', kind: 'formula', width: 60 },
  { header: 'Record', kind: 'computed', width: 200 },
];
const key = (v: readonly unknown[]): string => keyOf([v[0] as string]);
const grid = (values: Grid['values']): Grid => ({ sheet: 'Owned', values, merges: [] });
const gen = (pupil: string, score: number, record: string): GeneratedRow => ({
  key: keyOf([pupil]),
  values: [pupil, score, null, record],
});

describe('reading an owned table back', () => {
  it('finds the header below a title and keeps columns it does not know as extras', () => {
    const t = readTable(
      grid([
        ['My title'],
        [],
        ['Pupil', 'Score', 'Double', 'Record', 'My notes', null],
        ['Amy', 3, 6, 'r', 'kind', null],
        [null, null, null, null, null, null],
        ['Bob', 4, 8, 'r', null, 'unlabelled'],
      ]),
      COLUMNS.map((c) => c.header),
    )!;
    expect(t.headerRow).toBe(2);
    expect(t.rows.map((r) => r[0])).toEqual(['Amy', 'Bob']);
    expect(t.extras).toEqual([
      { header: 'My notes', col: 4 },
      { header: '', col: 5 },
    ]);
    expect(t.columns.get('score')).toBe(1);
  });

  it('treats a blank sheet as missing, and refuses a sheet it cannot recognise', () => {
    expect(readTable(grid([[null], ['  ']]), ['Pupil', 'Score'])).toBeNull();
    expect(() =>
      readTable(
        grid([
          ['Name', 'Mark'],
          ['Amy', 3],
        ]),
        ['Pupil', 'Score'],
      ),
    ).toThrow(PlanError);
  });

  it('compares headers and keys loosely', () => {
    expect(norm('  Cost  per   PUPIL ')).toBe('cost per pupil');
    expect(keyOf(['Amy ', 'READING'])).toBe(keyOf(['amy', 'reading']));
    expect(keyOf(['a', 'b'])).not.toBe(keyOf(['a b', '']));
  });
});

describe('values between host and plan', () => {
  it('turns a date into a date cell on the day the teacher sees', () => {
    expect(toPlanValue(new Date('2024-03-04T00:00:00Z'))).toEqual({ date: '2024-03-04' });
    // Midnight in London in summer is 23:00 the day before in UTC.
    expect(toPlanValue(new Date('2024-07-03T23:00:00Z'))).toEqual({ date: '2024-07-04' });
    expect(toPlanValue('=SUM(A1)')).toBe('=SUM(A1)');
    expect(toCellValue({ date: '2024-03-04' })).toEqual(new Date('2024-03-04T00:00:00Z'));
    expect(toCellValue({ formula: 'A1' })).toBeNull();
  });
});

describe('merging generated rows into an existing table', () => {
  const existing = readTable(
    grid([
      ['Pupil', 'Score', 'Double', 'Record', 'Teacher notes'],
      ['Amy', 9, 'old', 'old record', 'keep me'],
      ['Zed', 1, 2, 'zed record', null],
      [null, null, 'formula only', null, null],
    ]),
    COLUMNS.map((c) => c.header),
  );

  it('keeps typed values, refreshes computed ones, appends new keys and carries extras', () => {
    const { rows, extraHeaders } = mergeRows(
      COLUMNS,
      [gen('amy', 3, 'new record'), gen('Bob', 4, 'bob record')],
      existing,
      {
        keyOf: key,
      },
    );
    expect(extraHeaders).toEqual(['Teacher notes']);
    expect(rows.map((r) => r.values)).toEqual([
      ['Amy', 9, null, 'new record'],
      ['Zed', 1, null, 'zed record'],
      ['Bob', 4, null, 'bob record'],
    ]);
    expect(rows.map((r) => r.extras)).toEqual([['keep me'], [null], [null]]);
    expect(rows.map((r) => r.existing)).toEqual([true, true, false]);
  });

  it('drops rows only when asked, and can refresh without appending', () => {
    const { rows } = mergeRows(COLUMNS, [], existing, {
      keyOf: key,
      keepUnmatched: (r) => r.values[0] !== 'Zed',
      refresh: [gen('Zed', 0, 'refreshed'), gen('Amy', 0, 'amy refreshed')],
    });
    expect(rows.map((r) => r.values[3])).toEqual(['amy refreshed']);
  });

  it('leaves out generated rows when appending is off', () => {
    const { rows } = mergeRows(COLUMNS, [gen('Bob', 4, 'b')], existing, { keyOf: key, appendNew: false });
    expect(rows.map((r) => r.values[0])).toEqual(['Amy', 'Zed']);
  });

  it('with no sheet yet, writes the generated rows', () => {
    const { rows, extraHeaders } = mergeRows(COLUMNS, [gen('Bob', 4, 'b')], null, { keyOf: key });
    expect(extraHeaders).toEqual([]);
    expect(rows).toEqual([
      { key: keyOf(['Bob']), values: ['Bob', 4, null, 'b'], extras: [], existing: false },
    ]);
  });
});
