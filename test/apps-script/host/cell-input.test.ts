// Text written by the adapter lands as the same text, whatever Sheets would make of it typed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsTextGuard, toSheetsInput } from '../../../apps-script/host/index.js';
import { PlanError } from '../../../core/errors.js';
import { createFakeGoogle } from '../../fakes/spreadsheet-app/index.js';

describe('toSheetsInput', () => {
  it('guards text Sheets would read as a formula, number, date, time or boolean', () => {
    for (const risky of [
      '=1+1',
      '+Smith',
      '-3',
      '@Riley',
      '\tTabbed',
      '\rx',
      '\nx',
      '1:6',
      '3/4',
      '2c',
      'TRUE',
      'false',
      "'quoted",
      '#N/A',
      '50%',
      '£5',
    ])
      expect(needsTextGuard(risky), JSON.stringify(risky)).toBe(true);
    for (const plain of ['Amy', 'Comprehension group', 'HLTA', 'Amy\nJoe', 'Ébène', 'TRUE story'])
      expect(needsTextGuard(plain), JSON.stringify(plain)).toBe(false);
    expect(toSheetsInput('=1+1')).toBe("'=1+1");
    expect(toSheetsInput('Amy')).toBe('Amy');
  });

  it('writes formulas, numbers, booleans, dates and blanks as themselves', () => {
    expect(toSheetsInput({ formula: 'SUM(A1:A3)' })).toBe('=SUM(A1:A3)');
    expect(toSheetsInput(-3)).toBe(-3);
    expect(toSheetsInput(false)).toBe(false);
    expect(toSheetsInput({ date: '2024-09-02' })).toBe('2024-09-02');
    expect(toSheetsInput(null)).toBe('');
    expect(() => toSheetsInput(Number.NaN)).toThrow(PlanError);
    expect(() => toSheetsInput({ date: '02/09/2024' })).toThrow(PlanError);
  });

  it('round-trips any text through setValues and getValues unchanged', () => {
    const f = createFakeGoogle({ sheets: [{ name: 'S', values: [] }] });
    const cell = f.spreadsheet.getSheetByName('S')!.getRange('A1');
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (text) => {
        cell.setValues([[toSheetsInput(text)]]);
        expect(cell.getFormulas()[0]![0]).toBe('');
        expect(cell.getValues()[0]![0]).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
