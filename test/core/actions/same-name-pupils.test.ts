// Two different children with one name, told apart by UPN and class: each keeps their own row on every
// sheet, their own details and their own provision record, run after run.

import { describe, expect, it } from 'vitest';
import { collateMaps, reevaluate, reviewProgress, structureSheet } from '../../../core/actions/index.js';
import type { Grid } from '../../../core/grid.js';
import type { PlanValue, SheetPlan, WorkbookPlan } from '../../../core/plan/types.js';
import { planProblems } from '../plan/layout-checks.js';
import { Book, expectSamePlan } from './workbook.js';

const today = '2025-01-01';

const TRACKER: Grid = {
  sheet: 'School tracker',
  values: [
    ['Name', 'UPN', 'Class', 'Year', 'Subject', 'Baseline', 'AP1', 'Target'],
    ['Jack Mills', 'N938200122037', '2B', 2, 'Reading', '2c', '2b', '3c'],
    ['Jack Mills', 'H938200120011', '4A', 4, 'Reading', '3b', '3a', '4b'],
    ['Amy Bell', 'B801200005001', '2B', 2, 'Reading', '2c', '2b', '3c'],
  ],
  merges: [],
};

/** A class map in one row per pupil, with the UPN and class beside each name. */
const MAP: Grid = {
  sheet: 'Provision',
  values: [
    ['Intervention', 'Pupil', 'UPN', 'Class', 'Scale', 'Entry', 'Target', 'Exit'],
    ['Numeracy', 'Jack Mills', 'N938200122037', '2B', 'NC sub-levels', '2c', '2b', '2b'],
    ['Numeracy', 'Jack Mills', 'H938200120011', '4A', 'NC sub-levels', '3b', '3a', '3b'],
    ['Phonics', 'Jack Mills', 'H938200120011', '4A', 'NC sub-levels', '3c', '3b', '3c'],
  ],
  merges: [],
};

function sheet(plan: WorkbookPlan, name: string): SheetPlan {
  const s = plan.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no ${name} sheet in the plan`);
  return s;
}

/** Data rows of a table sheet (below its header row) whose column `col` holds `text`. */
function rowsWith(s: SheetPlan, col: number, text: string, headerRow = 0): PlanValue[][] {
  return s.values.slice(headerRow + 1).filter((r) => r[col] === text);
}

describe('two children with one name, from a tracker', () => {
  const first = structureSheet({ workbook: [], source: TRACKER, today });

  it('gives each child their own Pupils row with their own UPN and class', () => {
    const pupils = sheet(first.plan, 'Pupils');
    const jacks = rowsWith(pupils, 0, 'Jack Mills');
    expect(jacks.map((r) => [r[3], r[4], r[5]])).toEqual([
      ['N938200122037', 2, '2B'],
      ['H938200120011', 4, '4A'],
    ]);
    expect(pupils.values).toHaveLength(4);
    expect(planProblems(first.plan)).toEqual([]);
  });

  it('keeps both children on the Tracker and in the report', () => {
    const tracker = sheet(first.plan, 'Tracker');
    expect(rowsWith(tracker, 0, 'Jack Mills').map((r) => [r[1], r[2], r[8]])).toEqual([
      ['N938200122037', '2B', '2c'],
      ['H938200120011', '4A', '3b'],
    ]);
    expect(first.report.tracking.filter((t) => t.pupil === 'Jack Mills')).toHaveLength(2);
    expect(first.report.pupils.filter((p) => p.name === 'Jack Mills').map((p) => p.upn)).toEqual([
      'N938200122037',
      'H938200120011',
    ]);
  });

  it('gives the same plan when run again over what it wrote', () => {
    const again = structureSheet({ workbook: new Book().apply(first.plan).grids(), source: TRACKER, today });
    expectSamePlan(first.plan, again.plan);
  });

  it('keeps what a teacher typed on either child’s Pupils row', () => {
    const book = new Book().apply(first.plan);
    const rows = book.grid('Pupils').values;
    const second = rows.findIndex((r) => r[3] === 'H938200120011') + 1;
    book
      .type('Pupils', `K${second}`, 'M')
      .type('Pupils', `N1`, 'Notes')
      .type('Pupils', `N${second}`, 'glasses');
    const again = structureSheet({ workbook: book.grids(), source: TRACKER, today });
    const pupils = sheet(again.plan, 'Pupils');
    expect(pupils.values).toHaveLength(4);
    const jack4A = pupils.values.find((r) => r[3] === 'H938200120011')!;
    expect([jack4A[10], jack4A[13]]).toEqual(['M', 'glasses']);
    const jack2B = pupils.values.find((r) => r[3] === 'N938200122037')!;
    expect([jack2B[10], jack2B[13]]).toEqual([null, null]);
  });
});

describe('two children with one name, from a provision map', () => {
  const first = structureSheet({ workbook: [], source: MAP, today });

  it('keeps every enrolment row, each with the child’s UPN and class', () => {
    const map = sheet(first.plan, 'Provision Map');
    const header = map.values[3]!;
    const upn = header.indexOf('UPN');
    const group = header.indexOf('Class');
    expect(upn).toBeGreaterThan(0);
    expect(group).toBeGreaterThan(0);
    const jacks = rowsWith(map, 5, 'Jack Mills', 3);
    expect(jacks.map((r) => [r[0], r[upn], r[group], r[7]])).toEqual([
      ['Numeracy', 'N938200122037', '2B', '2c'],
      ['Numeracy', 'H938200120011', '4A', '3b'],
      ['Phonics', 'H938200120011', '4A', '3c'],
    ]);
    expect(first.report.enrolments).toHaveLength(3);
    expect(planProblems(first.plan)).toEqual([]);
  });

  it('counts the two children as two pupils of Numeracy, in the formulas too', () => {
    expect(first.report.interventions.find((i) => i.name === 'Numeracy')!.pupils).toBe(2);
    const pupils = sheet(first.plan, 'Interventions').values[1]![11];
    expect(JSON.stringify(pupils)).toContain('$P$5:$P$7');
  });

  it('writes each child’s provision record on their own Pupils row', () => {
    const pupils = sheet(first.plan, 'Pupils');
    const record = (upn: string): PlanValue => pupils.values.find((r) => r[3] === upn)![12] ?? null;
    expect(record('N938200122037')).toMatch(/^Numeracy \(NC sub-levels\): 2c -> 2b, met$/);
    expect(String(record('H938200120011')).split('\n')).toEqual([
      'Numeracy (NC sub-levels): 3b -> 3b, not met',
      'Phonics (NC sub-levels): 3c -> 3c, not met',
    ]);
  });

  it('gives the same plan when run again, and when re-evaluated', () => {
    const book = new Book().apply(first.plan);
    const again = structureSheet({ workbook: book.grids(), source: MAP, today });
    expectSamePlan(first.plan, again.plan);
    const re = reevaluate({ workbook: book.grids(), today });
    expect(sheet(re.plan, 'Pupils').values).toEqual(sheet(first.plan, 'Pupils').values);
  });

  it('fills the UPN and Class columns into a Provision Map written before it had them', () => {
    const book = new Book().apply(first.plan);
    const old = book.grid('Provision Map');
    old.values = old.values.map((r) => r.slice(0, 15));
    const again = structureSheet({ workbook: book.grids(), source: MAP, today });
    const rows = sheet(again.plan, 'Provision Map').values.slice(4);
    // Phonics has one Jack Mills, so the old row is found and completed.
    expect(rows.filter((r) => r[0] === 'Phonics').map((r) => [r[15], r[16]])).toEqual([
      ['H938200120011', '4A'],
    ]);
    // Either old Numeracy row could be either child: both are kept as they were, never guessed, and each
    // child gets a row of their own.
    expect(rows.filter((r) => r[0] === 'Numeracy').map((r) => [r[7], r[15], r[16]])).toEqual([
      ['2c', null, null],
      ['3b', null, null],
      ['2c', 'N938200122037', '2B'],
      ['3b', 'H938200120011', '4A'],
    ]);
  });

  it('lists each child apart on the Review, with their class', () => {
    const book = new Book().apply(first.plan);
    const review = sheet(reviewProgress({ workbook: book.grids(), today }).plan, 'Review');
    expect(rowsWith(review, 0, 'Jack Mills').map((r) => [r[1], r[2]])).toEqual([
      ['4A', 'Numeracy'],
      ['4A', 'Phonics'],
    ]);
  });
});

describe('matching Pupils rows across runs', () => {
  const CLASS_LIST: Grid = {
    sheet: 'MIS export',
    values: [
      ['Legal Surname', 'Legal Forename', 'UPN', 'Year', 'Reg Group'],
      ['Mills', 'Jack', 'N938200122037', 'Year 2', '2B'],
      ['Mills', 'Jack', 'H938200120011', 'Year 4', '4A'],
    ],
    merges: [],
  };
  /** A provision map that names pupils only by first name and surname, as most do. */
  const BARE: Grid = {
    sheet: 'Class provision',
    values: [
      ['Intervention', 'Pupils', 'Entry data', 'Intervention target', 'Exit data'],
      ['Numeracy', 'Jack Mills\nAmy Bell', '2c\n2b', 'Plus one sub-level.', '2b\n2a'],
    ],
    merges: [],
  };

  it('keeps a row one row when a teacher types in its UPN', () => {
    const book = new Book().apply(structureSheet({ workbook: [], source: BARE, today }).plan);
    const amy = book.rowOf('Pupils', 'Amy Bell');
    book.type('Pupils', `D${amy}`, 'B801200005001').type('Pupils', `F${amy}`, '2B');
    const again = structureSheet({ workbook: book.grids(), source: BARE, today });
    const rows = rowsWith(sheet(again.plan, 'Pupils'), 0, 'Amy Bell');
    expect(rows.map((r) => [r[3], r[5], r[12]])).toEqual([
      ['B801200005001', '2B', 'Numeracy (NC sub-levels): 2b -> 2a, met'],
    ]);
  });

  it('finds a name-only row again when a class list brings the child’s UPN', () => {
    const book = new Book().apply(structureSheet({ workbook: [], source: BARE, today }).plan);
    const list: Grid = {
      ...CLASS_LIST,
      values: [CLASS_LIST.values[0]!, ['Bell', 'Amy', 'B801200005001', 3, '3B']],
    };
    const r = structureSheet({ workbook: book.grids(), source: list, today });
    const pupils = sheet(r.plan, 'Pupils');
    expect(rowsWith(pupils, 0, 'Amy Bell')).toHaveLength(1);
    expect(pupils.values).toHaveLength(3);
  });

  it('keeps a bare name that could be either of two children on a row of its own, and says so', () => {
    const book = new Book().apply(structureSheet({ workbook: [], source: CLASS_LIST, today }).plan);
    const first = structureSheet({ workbook: book.grids(), source: BARE, today });
    const pupils = sheet(first.plan, 'Pupils');
    expect(rowsWith(pupils, 0, 'Jack Mills').map((r) => [r[3], r[5], r[12]])).toEqual([
      ['N938200122037', '2B', null],
      ['H938200120011', '4A', null],
      [null, null, 'Numeracy (NC sub-levels): 2c -> 2b, met'],
    ]);
    expect(first.report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'AMBIGUOUS_PUPIL', sheet: 'Provision Map' }),
    );
    const again = structureSheet({ workbook: book.apply(first.plan).grids(), source: BARE, today });
    expectSamePlan(first.plan, again.plan);
  });
});

describe('two children with one name, collated', () => {
  it('keeps both on the School Map', () => {
    const r = collateMaps({ workbook: [], maps: [{ source: MAP.sheet, grid: MAP }], today });
    const school = sheet(r.plan, 'School Map');
    const jacks = rowsWith(school, 12, 'Jack Mills');
    expect(jacks.map((r) => [r[1], r[3], r[7]])).toEqual([
      ['2B', 'N938200122037', 'Numeracy'],
      ['4A', 'H938200120011', 'Numeracy'],
      ['4A', 'H938200120011', 'Phonics'],
    ]);
    const again = collateMaps({
      workbook: new Book().apply(r.plan).grids(),
      maps: [{ source: MAP.sheet, grid: MAP }],
      today,
    });
    expectSamePlan(r.plan, again.plan);
  });
});
