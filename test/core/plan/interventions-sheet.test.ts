import { describe, expect, it } from 'vitest';
import {
  interventionRows,
  interventionsColumns,
  interventionsSheet,
  readInterventions,
} from '../../../core/plan/interventions-sheet.js';
import { mergeRows } from '../../../core/plan/table.js';
import { interventionRowKey } from '../../../core/plan/interventions-sheet.js';
import { seedMap, settings } from './fixtures.js';
import { isFormula, sheetProblems } from './layout-checks.js';

const HEADERS = [
  'Intervention',
  'Area of need',
  'Group size',
  'Frequency/duration',
  'Sessions per week',
  'Minutes per session',
  'Weeks',
  'Staff',
  'Cost per hour',
  'Hours',
  'Cost',
  'Pupils',
  'Assessed',
  'Met',
  '% met',
  'Mean progress',
  'Steps gained',
  'Cost per pupil',
  'Cost per step',
  'Start',
  'End',
];

describe('Interventions rows from a map', () => {
  const map = seedMap();

  it('lists each intervention with its schedule split into numbers', () => {
    const rows = interventionRows(map, settings);
    expect(rows.map((r) => r.values[0])).toEqual([
      'Comprehension group',
      'Numeracy',
      'Paired reading',
      'Social skills',
    ]);
    expect(rows[0]!.values.slice(1, 9)).toEqual([
      'Cognition and learning',
      '1:6',
      '3 x 15 mins x 6 weeks',
      3,
      15,
      6,
      'HLTA',
      14,
    ]);
  });

  it('takes the cost per hour from settings by staff role, unless the map gave one', () => {
    const rows = interventionRows(
      {
        interventions: map.interventions.map((i, n) =>
          n === 0 ? { ...i, costPerHour: 20, start: '2024-09-09' } : i,
        ),
      },
      { hourlyRates: { TA: 11, HLTA: 15 } },
    );
    expect(rows.map((r) => r.values[8])).toEqual([20, 15, 15, 11]);
    expect(rows[0]!.values[19]).toEqual({ date: '2024-09-09' });
  });
});

describe('Interventions layout', () => {
  const map = seedMap();
  const merged = mergeRows(interventionsColumns('£'), interventionRows(map, settings), null, {
    keyOf: interventionRowKey,
  });
  const sheet = interventionsSheet({
    rows: merged.rows,
    extraHeaders: [],
    provisionMapRows: 19,
    currency: '£',
  });

  it('has exactly the audit and evaluation columns, frozen under the header', () => {
    expect(sheet.values[0]).toEqual(HEADERS);
    expect(sheet.frozenRows).toBe(1);
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it('works hours and cost out from the row, and the rest over exactly the Provision Map rows', () => {
    const r = sheet.values[1]!;
    const f = (c: number): string => (isFormula(r[c]) ? r[c].formula : '');
    expect(f(9)).toBe('IF(AND(ISNUMBER(E2),ISNUMBER(F2),ISNUMBER(G2)),E2*F2*G2/60,"")');
    expect(f(10)).toBe('IF(AND(ISNUMBER(J2),ISNUMBER(I2)),J2*I2,"")');
    expect(f(11)).toContain("('Provision Map'!$A$5:$A$23=A2)");
    expect(f(11)).toContain("COUNTIFS('Provision Map'!$F$5:$F$23,");
    expect(f(11)).toContain("'Provision Map'!$F$5:$F$23");
    expect(f(12)).toBe("SUMPRODUCT(('Provision Map'!$A$5:$A$23=A2)*ISNUMBER('Provision Map'!$K$5:$K$23))");
    expect(f(13)).toBe(`SUMPRODUCT(('Provision Map'!$A$5:$A$23=A2)*('Provision Map'!$L$5:$L$23="met"))`);
    expect(f(15)).toBe('IF(AND(ISNUMBER(Q2),ISNUMBER(M2)),IF(M2>0,Q2/M2,""),"")');
    expect(f(16)).toBe("SUMPRODUCT(--('Provision Map'!$A$5:$A$23=A2),'Provision Map'!$K$5:$K$23)");
    expect(f(17)).toBe('IF(AND(ISNUMBER(K2),ISNUMBER(L2)),IF(L2>0,K2/L2,""),"")');
    expect(f(18)).toBe('IF(AND(ISNUMBER(K2),ISNUMBER(Q2)),IF(Q2>0,K2/Q2,""),"")');
  });

  it('validates the numbers people type', () => {
    const rule = (col: string) => sheet.validations.find((v) => v.range.startsWith(col))!.rule;
    expect(rule('E')).toEqual({ kind: 'whole-number', min: 0, max: 50 });
    expect(rule('F')).toEqual({ kind: 'whole-number', min: 1, max: 240 });
    expect(rule('G')).toEqual({ kind: 'whole-number', min: 1, max: 52 });
    expect(rule('I').kind).toBe('decimal');
    expect(rule('T')).toEqual({ kind: 'date' });
    expect(rule('U')).toEqual({ kind: 'date' });
    expect(rule('B')).toEqual({ kind: 'list-from-range', source: 'PM_AREAS', strict: true });
  });

  it('protects the computed columns only', () => {
    expect(sheet.protections.map((p) => p.range)).toEqual(['J2:S5']);
  });

  it('writes zero figures when the Provision Map has no rows', () => {
    const empty = interventionsSheet({
      rows: merged.rows,
      extraHeaders: [],
      provisionMapRows: 0,
      currency: '£',
    });
    expect(empty.values[1]![11]).toEqual({ formula: '0' });
    expect(empty.values[1]![14]).toEqual({ formula: '""' });
  });

  it('reads its own sheet back', () => {
    const grid = {
      sheet: 'Interventions',
      values: sheet.values.map((r) => r.map((v) => (isFormula(v) ? 1 : (v as string)))),
      merges: [],
    };
    expect(readInterventions(grid)!.rows).toHaveLength(4);
  });
});
