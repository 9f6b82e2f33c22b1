import { describe, expect, it } from 'vitest';
import type { Pupil } from '../../../core/model/types.js';
import { flagCell, yearCell } from '../../../core/plan/pupil-values.js';
import { pupilRowKey, pupilRows, PUPILS_COLUMNS, pupilsSheet } from '../../../core/plan/pupils-sheet.js';
import { mergeRows } from '../../../core/plan/table.js';
import { sheetProblems } from './layout-checks.js';

const pupil = (name: string, extra: Partial<Pupil> = {}): Pupil => ({
  id: name,
  name,
  upn: null,
  year: null,
  group: null,
  sen: null,
  pp: null,
  eal: null,
  lookedAfter: null,
  gender: null,
  dateOfBirth: null,
  source: null,
  ...extra,
});

describe('pupil values', () => {
  it('writes years, SEN and flags as MIS exports do', () => {
    expect([yearCell(0), yearCell(-1), yearCell(3), yearCell(null)]).toEqual(['R', 'N', 3, null]);
    expect([flagCell(true), flagCell(false), flagCell(null)]).toEqual(['Y', 'N', null]);
  });
});

describe('Pupils layout', () => {
  const rows = pupilRows(
    [
      pupil('Amy', {
        upn: 'A123',
        year: 3,
        group: '3B',
        sen: 'K',
        pp: true,
        eal: false,
        dateOfBirth: '2016-05-04',
      }),
      pupil('+Riley'),
    ],
    new Map([['Amy', 'Numeracy (NC sub-levels): 3c -> 3b, met']]),
  );
  const merged = mergeRows(PUPILS_COLUMNS, rows, null, { keyOf: pupilRowKey });
  const { sheet, namedRange } = pupilsSheet(merged.rows, []);

  it('has the columns, with the record as at the last run', () => {
    expect(sheet.values[0]).toEqual([
      'Pupil',
      'Surname',
      'Forename',
      'UPN',
      'Year',
      'Class',
      'SEN',
      'PP',
      'EAL',
      'Looked after',
      'Gender',
      'Date of birth',
      'Provision record',
    ]);
    expect(sheet.values[1]).toEqual([
      'Amy',
      null,
      null,
      'A123',
      3,
      '3B',
      'K',
      'Y',
      'N',
      null,
      null,
      { date: '2016-05-04' },
      'Numeracy (NC sub-levels): 3c -> 3b, met',
    ]);
    expect(sheet.values[2]![0]).toBe('+Riley');
    expect(sheet.notes.find((n) => n.cell === 'M1')!.text).toContain('as at the last run');
    expect(sheet.protections.map((p) => p.range)).toEqual(['M2:M3']);
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it('gives dropdowns for the codes and names the pupil list', () => {
    const rule = (col: string) => sheet.validations.find((v) => v.range.startsWith(col))!.rule;
    expect(rule('G')).toEqual({ kind: 'list', values: ['N', 'K', 'E'], strict: true });
    expect(rule('H')).toEqual({ kind: 'list', values: ['Y', 'N'], strict: true });
    expect(rule('J')).toEqual({ kind: 'list', values: ['Y', 'N'], strict: true });
    expect(rule('L')).toEqual({ kind: 'date' });
    expect(namedRange).toEqual({ name: 'PM_PUPILS', sheet: 'Pupils', range: '$A$2:$A$3' });
  });
});
