// Reading MIS class lists: names, details in every spelling, duplicates and missing names.

import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../core/grid.js';
import { importSheet } from '../../../core/import/index.js';
import type { ClassList } from '../../../core/model/types.js';
import type { Diagnostic } from '../../../core/diagnostics.js';
import { defaultOptions, gridOf } from './fixtures.js';

function read(rows: CellValue[][]): { list: ClassList; diagnostics: Diagnostic[] } {
  const result = importSheet(gridOf(rows), defaultOptions());
  if (result.kind !== 'class-list') throw new Error(`read as ${result.kind}`);
  return { list: result.classList, diagnostics: result.diagnostics };
}

describe('class lists', () => {
  it('names a pupil by preferred forename (else forename) and legal surname', () => {
    const { list } = read([
      ['Legal Surname', 'Legal Forename', 'Preferred Forename', 'UPN'],
      ['Smith', 'Amelia', 'Millie', 'A1'],
      ['Jones', 'Thomas', null, 'A2'],
      ['Khan', null, null, 'A3'],
    ]);
    expect(list.pupils.map((p) => p.name)).toEqual(['Millie Smith', 'Thomas Jones', 'Khan']);
    expect(list.pupils.map((p) => p.source?.cell)).toEqual(['C2', 'B3', 'A4']);
  });

  it('reads a single Name column as written', () => {
    const { list } = read([
      ['Name', 'Year'],
      ['Smith, Amy ', 'Y4'],
    ]);
    expect(list.pupils[0]).toMatchObject({ id: 'name:smith, amy', name: 'Smith, Amy', year: 4 });
  });

  it('reads every detail, and reports each one it cannot read at its cell', () => {
    const { list, diagnostics } = read([
      [
        'Name',
        'UPN',
        'Year Group',
        'Reg Group',
        'SEN Status',
        'Pupil Premium',
        'EAL',
        'Looked After',
        'Gender',
        'DOB',
      ],
      ['Amy', 'a1', 'Year 4', '4B', 'K - SEN Support', 'True', 'N', false, 'F', '04/03/2015'],
      ['Joe', null, 'Y13+', '4B', 'Maybe', 'sometimes', 'Y', 'yes', 'M', '2015-02-30'],
    ]);
    expect(list.pupils[0]).toEqual({
      id: 'upn:A1',
      name: 'Amy',
      upn: 'A1',
      year: 4,
      group: '4B',
      sen: 'K',
      pp: true,
      eal: false,
      lookedAfter: false,
      gender: 'F',
      dateOfBirth: '2015-03-04',
      source: { sheet: 'Sheet1', cell: 'A2' },
    });
    expect(list.pupils[1]).toMatchObject({
      year: null,
      sen: null,
      pp: null,
      eal: true,
      lookedAfter: true,
      dateOfBirth: null,
    });
    expect(diagnostics.map((d) => [d.cell, d.code, d.severity])).toEqual([
      ['C3', 'UNKNOWN_YEAR', 'warning'],
      ['E3', 'UNKNOWN_SEN_STATUS', 'warning'],
      ['F3', 'UNKNOWN_FLAG', 'warning'],
      ['J3', 'UNKNOWN_DATE', 'warning'],
    ]);
  });

  it('reports duplicate rows (same UPN, or same name without one) and keeps the first', () => {
    const { list, diagnostics } = read([
      ['Name', 'UPN', 'Year'],
      ['Amy', 'A1', 4],
      ['Amelia', 'a1', 5],
      ['Joe', null, 4],
      ['joe ', null, 4],
      ['Joe', 'A2', 4],
    ]);
    expect(list.pupils.map((p) => [p.name, p.year])).toEqual([
      ['Amy', 4],
      ['Joe', 4],
      ['Joe', 4],
    ]);
    expect(diagnostics.map((d) => [d.cell, d.code])).toEqual([
      ['A3', 'DUPLICATE_PUPIL'],
      ['A5', 'DUPLICATE_PUPIL'],
    ]);
  });

  it('reports a row with details but no name, and skips rows with nothing provmap reads', () => {
    const { list, diagnostics } = read([
      ['Name', 'UPN', 'Notes'],
      [null, 'A1', null],
      [null, null, 'left in May'],
      [null, null, null],
      ['Amy', 'A2', null],
    ]);
    expect(list.pupils.map((p) => p.name)).toEqual(['Amy']);
    expect(diagnostics.map((d) => [d.cell, d.code])).toEqual([['A2', 'MISSING_PUPIL_NAME']]);
  });

  it('reports an invalid Date a host handed over, instead of failing', () => {
    const { list, diagnostics } = read([
      ['Name', 'Date of birth'],
      ['Amy', new Date(Number.NaN)],
    ]);
    expect(list.pupils[0]!.dateOfBirth).toBeNull();
    expect(diagnostics.map((d) => [d.cell, d.code, d.message])).toEqual([
      ['B2', 'UNKNOWN_DATE', '"Invalid Date" in the Date of birth column is not a date.'],
    ]);
  });
});
