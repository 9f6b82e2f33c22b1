// Which text Excel would re-read as something else, and date serials.

import { describe, expect, it } from 'vitest';
import {
  dateToSerial,
  excelWouldReinterpret,
  isDateFormat,
  serialToDate,
  toExcelCell,
} from '../../../excel-addin/host/cell-values.js';

describe('excelWouldReinterpret', () => {
  it.each([
    '=SUM(A1)',
    '+Smith',
    '-3',
    '@Riley',
    '\tTabbed',
    '\rCR',
    '\nLF',
    "'quoted",
    '00123',
    '1,234',
    '12%',
    '£5',
    '1/2/2024',
    '10:30',
    'TRUE',
    'Mar 5',
    '1e5',
    ' 7',
  ])('flags %j', (text) => expect(excelWouldReinterpret(text)).toBe(true));
  it.each(['Amy', '2b', '1c', 'W', 'PKF', 'EXS', 'Comprehension group', '<img src=x onerror=alert(1)>', ''])(
    'leaves %j alone',
    (text) => expect(excelWouldReinterpret(text)).toBe(false),
  );
});

describe('plan values as Excel cells', () => {
  it('writes only a Formula as a formula, and a number as a number', () => {
    expect(toExcelCell({ formula: 'A1+1' })).toEqual({
      input: '=A1+1',
      kind: 'formula',
      needsTextFormat: false,
    });
    expect(toExcelCell('=A1+1')).toEqual({ input: '=A1+1', kind: 'text', needsTextFormat: true });
    expect(toExcelCell(-3)).toEqual({ input: -3, kind: 'number', needsTextFormat: false });
    expect(toExcelCell(null).input).toBe('');
  });

  it('round-trips dates through Excel serials', () => {
    expect(dateToSerial('1900-03-01')).toBe(61);
    expect(dateToSerial('2024-09-02')).toBe(45537);
    expect(serialToDate(45537).toISOString().slice(0, 10)).toBe('2024-09-02');
    expect(Number.isNaN(dateToSerial('2 Sept'))).toBe(true);
  });

  it('tells date formats from number formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('dd/mm/yy;@')).toBe(true);
    expect(isDateFormat('£#,##0.00')).toBe(false);
    expect(isDateFormat('0%')).toBe(false);
    expect(isDateFormat('"days" 0')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });
});
