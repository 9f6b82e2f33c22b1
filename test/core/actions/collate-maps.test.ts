import { describe, expect, it } from 'vitest';
import { collateMaps, reevaluate, summariseSchool } from '../../../core/actions/index.js';
import { collate } from '../../../core/collate/index.js';
import { NoTableFoundError } from '../../../core/errors.js';
import type { Grid } from '../../../core/grid.js';
import { importSheet } from '../../../core/import/index.js';
import { summarise } from '../../../core/summary/index.js';
import { planProblems } from '../plan/layout-checks.js';
import { scales, settings } from '../plan/fixtures.js';
import { Book, expectSamePlan } from './workbook.js';

const today = '2025-01-01';

const classMap = (sheet: string, rows: (string | null)[][]): Grid => ({
  sheet,
  values: [
    [`${sheet} provision map`],
    ['Teaching strategies: word banks'],
    [],
    ['Intervention', 'Frequency/duration', 'Staff', 'Pupil', 'UPN', 'SEN', 'Entry', 'Target', 'Exit'],
    ...rows,
  ],
  merges: [],
});

const A = classMap('3B', [
  ['Numeracy', '3 x 20 mins x 10 weeks', 'TA', 'Amy Smith', 'A1', 'K', '3c', '3b', '3b'],
  ['Numeracy', '3 x 20 mins x 10 weeks', 'TA', 'Ben Jones', 'B1', 'N', '3c', '3b', '3c'],
  ['Reading*', '5 x 10 mins x 6 weeks', 'HLTA', 'Amy Smith', 'A1', 'K', '2c', '2a', '2b'],
]);
const B = classMap('4C', [
  ['Numeracy', '3 x 20 mins x 10 weeks', 'TA', 'Cat Ray', 'C1', 'E', '4c', '4b', '4a'],
  ['Social skills', '2 x 30 mins x 12 weeks', 'TA', '=Smith', 'D1', 'K', '2c', '2b', null],
]);

function run(book: Book, maps: Grid[]) {
  return collateMaps({
    workbook: book.grids(),
    maps: maps.map((grid) => ({ source: grid.sheet, grid })),
    today,
  });
}

describe('collate class maps', () => {
  const first = run(new Book(), [A, B]);
  const schoolMap = first.plan.sheets.find((s) => s.name === 'School Map')!;

  it('writes the School Map, the Summary and the Scales', () => {
    expect(first.plan.sheets.map((s) => s.name)).toEqual(['School Map', 'Summary', 'Scales']);
    expect(first.plan.activeSheet).toBe('Summary');
    expect(planProblems(first.plan)).toEqual([]);
    expect(schoolMap.values.slice(1).map((r) => [r[0], r[12]])).toEqual([
      ['3B', 'Amy Smith'],
      ['3B', 'Ben Jones'],
      ['3B', 'Amy Smith'],
      ['4C', 'Cat Ray'],
      ['4C', '=Smith'],
    ]);
    expect(schoolMap.values[1]!.slice(3, 5)).toEqual(['A1', 'K']);
  });

  it('reports what core works out for the same maps', () => {
    const maps = [A, B].map((g) => {
      const r = importSheet(g, { kind: 'provision', scales, settings });
      if (r.kind !== 'provision') throw new Error('provision');
      return { source: g.sheet, map: r.map };
    });
    const school = collate(maps).school;
    const summary = summarise(school, scales, settings, { today });
    expect(first.report.interventions.map((i) => [i.name, i.pupils, i.cost])).toEqual(
      summary.byIntervention.map((i) => [i.name, i.pupils, i.cost]),
    );
    expect(first.report.enrolments.map((e) => e.status)).toEqual([
      'met',
      'not met',
      'partly met',
      'met',
      'pending',
    ]);
  });

  it('gives an identical plan when the same maps are collated again', () => {
    const again = run(new Book().apply(first.plan), [A, B]);
    expectSamePlan(first.plan, again.plan);
  });

  it('resumes: collating one map then the other gives the same as both at once', () => {
    const book = new Book();
    book.apply(run(book, [A]).plan);
    const second = run(book, [B]);
    expectSamePlan(first.plan, second.plan);
  });

  it("replaces a re-collated map's rows, keeps the others, and keeps columns people added", () => {
    const book = new Book().apply(first.plan);
    book
      .type('School Map', 'W1', 'SENCO notes')
      .type('School Map', 'W2', 'check at review')
      .type('School Map', 'W5', 'keep');
    const changed = classMap('3B', [
      ['Numeracy', '3 x 20 mins x 10 weeks', 'TA', 'Amy Smith', 'A1', 'K', '3c', '3b', '3a'],
    ]);
    const r = run(book, [changed]);
    const rows = r.plan.sheets[0]!.values;
    expect(rows.slice(1).map((v) => [v[0], v[12], v[16]])).toEqual([
      ['3B', 'Amy Smith', '3a'],
      ['4C', 'Cat Ray', '4a'],
      ['4C', '=Smith', null],
    ]);
    expect(rows[0]![22]).toBe('SENCO notes');
    expect(rows[1]![22]).toBe('check at review');
    expect(rows[2]![22]).toBe('keep');
  });

  it('summarises and re-evaluates a school workbook idempotently', () => {
    const book = new Book().apply(first.plan);
    const summary = summariseSchool({ workbook: book.grids(), today });
    expect(summary.plan.sheets.map((s) => s.name)).toEqual(['Summary']);
    expect(summary.plan.sheets[0]).toEqual(first.plan.sheets[1]);
    const re = reevaluate({ workbook: book.grids(), today });
    expectSamePlan(first.plan, re.plan);
  });

  it('throws NoTableFoundError for a map with no table', () => {
    const blank: Grid = { sheet: 'Cover', values: [['Welcome']], merges: [] };
    expect(() => run(new Book(), [blank])).toThrow(NoTableFoundError);
  });
});

describe('collate with each class’s Pupils sheet', () => {
  // A structured class map holds no SEN, PP or EAL: those are on the class's Pupils sheet.
  const map: Grid = {
    sheet: 'Provision Map',
    values: [
      ['Intervention', 'Frequency/duration', 'Staff', 'Pupil', 'UPN', 'Entry', 'Target', 'Exit'],
      ['Numeracy', '3 x 20 mins x 10 weeks', 'TA', 'Amy Smith', 'A1', '3c', '3b', '3b'],
      ['Numeracy', '3 x 20 mins x 10 weeks', 'TA', 'Ben Jones', null, '3c', '3b', '3c'],
      ['Numeracy', '3 x 20 mins x 10 weeks', 'TA', 'Cal Lee', 'C1', '3c', '3b', '3b'],
    ],
    merges: [],
  };
  const pupils: Grid = {
    sheet: 'Pupils',
    values: [
      ['Pupil', 'UPN', 'Year', 'Class', 'SEN', 'PP', 'EAL'],
      ['Amy Smith', 'A1', 3, '3B', 'K', 'Y', 'N'],
      ['Ben Jones', null, 3, '3B', 'N', 'N', 'Y'],
      ['Cal Lee', 'C1', 3, '3B', 'E', 'maybe', 'N'],
    ],
    merges: [],
  };
  const r = collateMaps({
    workbook: [],
    maps: [{ source: '3B.xlsx › Provision Map', grid: map, pupils }],
    today,
  });

  it('takes SEN, pupil premium, EAL and year from it, matched by UPN or name', () => {
    expect(r.report.pupils.map((p) => [p.name, p.sen, p.pp, p.eal, p.year])).toEqual([
      ['Amy Smith', 'K', true, false, 3],
      ['Ben Jones', 'N', false, true, 3],
      ['Cal Lee', 'E', null, false, 3],
    ]);
    const school = r.plan.sheets.find((s) => s.name === 'School Map')!;
    const sen = school.values[0]!.indexOf('SEN');
    expect(school.values.slice(1).map((row) => row[sen])).toEqual(['K', 'N', 'E']);
  });

  it('reports what it cannot read on the Pupils sheet, with the cell', () => {
    expect(r.report.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'Pupils', cell: 'F4', code: 'UNKNOWN_FLAG' }),
      ]),
    );
  });

  it('gives the same School Map as before when there is no Pupils sheet, SEN aside', () => {
    const without = collateMaps({
      workbook: [],
      maps: [{ source: '3B.xlsx › Provision Map', grid: map }],
      today,
    });
    expect(without.report.pupils.map((p) => p.sen)).toEqual([null, null, null]);
    expect(without.report.enrolments).toEqual(r.report.enrolments);
  });
});

describe('collate tabs into a workbook with its own Pupils sheet', () => {
  it('takes the details of pupils on the tabs from that Pupils sheet', () => {
    const pupils: Grid = {
      sheet: 'Pupils',
      values: [
        ['Pupil', 'UPN', 'SEN', 'PP'],
        ['Amy Smith', 'A1', 'E', 'Y'],
        ['Cat Ray', 'C1', 'K', 'N'],
      ],
      merges: [],
    };
    const r = collateMaps({
      workbook: [pupils],
      maps: [
        { source: 'Class 3B', grid: A },
        { source: 'Class 4C', grid: B },
      ],
      today,
    });
    const byName = new Map(r.report.pupils.map((p) => [p.name, p]));
    // The tab's own SEN column wins where it has one (Amy's map says K); the Pupils sheet fills gaps.
    expect(byName.get('Amy Smith')).toMatchObject({ sen: 'K', pp: true });
    expect(byName.get('Cat Ray')).toMatchObject({ sen: 'E', pp: false });
  });
});
