import { describe, expect, it } from 'vitest';
import { structureSheet } from '../../../core/actions/index.js';
import { NoTableFoundError } from '../../../core/errors.js';
import { evaluateMap } from '../../../core/evaluate/index.js';
import { MESSY_TRACKER, SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import type { Grid } from '../../../core/grid.js';
import { importSheet } from '../../../core/import/index.js';
import { planProblems } from '../plan/layout-checks.js';
import { scales, settings } from '../plan/fixtures.js';
import { Book, COMPUTED, expectSamePlan } from './workbook.js';

const today = '2025-01-01';
const PM = 'Provision Map';

describe('structure a provision map', () => {
  const first = structureSheet({ workbook: [], source: SEED_PROVISION_MAP, today });

  it('writes the Provision Map, Interventions, Pupils and Scales, never the source', () => {
    expect(first.plan.sheets.map((s) => s.name)).toEqual([PM, 'Interventions', 'Pupils', 'Scales']);
    expect(first.plan.activeSheet).toBe(PM);
    expect(planProblems(first.plan)).toEqual([]);
    expect(first.plan.namedRanges.map((n) => n.name)).toEqual(
      expect.arrayContaining([
        'PM_NC_SUBLEVELS',
        'PM_LEUVEN_WELLBEING_STEP',
        'PM_PUPILS',
        'PM_INTERVENTIONS',
        'PM_AREAS',
      ]),
    );
  });

  it('reports the enrolments and interventions the source holds, evaluated by the rules', () => {
    const read = importSheet(SEED_PROVISION_MAP, { scales, settings });
    if (read.kind !== 'provision') throw new Error('seed is a provision map');
    const ev = evaluateMap(read.map, scales, settings);
    expect(first.report.enrolments.map((e) => e.status)).toEqual(ev.enrolments.map((e) => e.status));
    expect(first.report.enrolments.map((e) => e.progress)).toEqual(ev.enrolments.map((e) => e.progress));
    expect(first.report.interventions.map((i) => [i.name, i.pupils, i.met, i.cost])).toEqual([
      ['Comprehension group', 6, 5, 63],
      ['Numeracy', 6, 4, 112],
      ['Paired reading', 1, 0, null],
      ['Social skills', 3, 0, null],
    ]);
    expect(first.report.pupils.map((p) => p.name)).toContain('Carl');
    expect(first.report.diagnostics).toContainEqual(
      expect.objectContaining({ sheet: SEED_PROVISION_MAP.sheet, cell: 'C7', code: 'UNKNOWN_SCHEDULE' }),
    );
  });

  it('gives an identical plan when run again on its own output', () => {
    const book = new Book([SEED_PROVISION_MAP]).apply(first.plan);
    const again = structureSheet({ workbook: book.grids(), source: SEED_PROVISION_MAP, today });
    expectSamePlan(first.plan, again.plan);
  });

  it('keeps what a teacher typed, added and appended, and gives their row formulas', () => {
    const book = new Book().apply(first.plan);
    const joe = book.rowOf(PM, 'Joe', 5);
    book.type(PM, `J${joe}`, '2a');
    book.type(PM, 'R4', 'Teacher notes').type(PM, `R${joe}`, 'needs glasses');
    const extra = book.grid(PM).values.length + 1;
    book.typeRow(PM, extra, [
      'Lego therapy',
      null,
      '1:4',
      '2 x 30 mins x 10 weeks',
      'TA',
      'Amy',
      'Leuven well-being',
      2,
      4,
      3,
    ]);
    const r = structureSheet({ workbook: book.grids(), source: SEED_PROVISION_MAP, today });
    const sheet = r.plan.sheets[0]!;
    const joeRow = sheet.values[joe - 1]!;
    expect(joeRow[9]).toBe('2a');
    expect(joeRow[17]).toBe('needs glasses');
    expect(sheet.values[3]![17]).toBe('Teacher notes');
    const lego = sheet.values.find((v) => v[0] === 'Lego therapy')!;
    expect(lego[10]).toEqual({ formula: expect.stringContaining('PM_LEUVEN_WELLBEING') });
    expect(lego[11]).toEqual({ formula: expect.stringContaining('"partly met"') });
    expect(sheet.values.filter((v) => v[0] === 'Comprehension group')).toHaveLength(6);
    const interventions = r.plan.sheets.find((s) => s.name === 'Interventions')!;
    expect(interventions.values.map((v) => v[0])).toContain('Lego therapy');
    expect(
      r.report.enrolments.find((e) => e.pupil === 'Joe' && e.intervention === 'Comprehension group')!.status,
    ).toBe('met');
    expect(r.report.enrolments.find((e) => e.intervention === 'Lego therapy')!.status).toBe('partly met');
    expect(JSON.stringify(r.plan)).not.toContain(COMPUTED);
  });

  it('appends rows for pupils the source gains', () => {
    const book = new Book().apply(first.plan);
    const source: Grid = { ...SEED_PROVISION_MAP, values: SEED_PROVISION_MAP.values.map((r) => [...r]) };
    source.values[6] = [
      'Paired reading',
      '1:6',
      'Daily x 10 mins',
      'HLTA',
      'Joe\nZoe',
      '2b\n1a',
      'To read with expression.',
      '2a\n2c',
      'Good progress.',
    ];
    const r = structureSheet({ workbook: book.grids(), source, today });
    const rows = r.plan.sheets[0]!.values.slice(4);
    expect(rows.map((v) => v[5]).slice(-1)).toEqual(['Zoe']);
    expect(rows).toHaveLength(first.plan.sheets[0]!.values.length - 4 + 1);
  });

  it('writes text as text: a pupil named like a formula stays a string', () => {
    const source: Grid = {
      sheet: 'Class',
      values: [
        ['Intervention', 'Pupil', 'Entry', 'Target', 'Exit'],
        ['Numeracy', '=HYPERLINK("http://x")', '3c', '3b', '3b'],
        ['Numeracy', '+Riley', '3c', '3b', null],
      ],
      merges: [],
    };
    const r = structureSheet({ workbook: [], source, today });
    const pupils = r.plan.sheets[0]!.values.slice(4).map((v) => v[5]);
    expect(pupils).toEqual(['=HYPERLINK("http://x")', '+Riley']);
    const names = r.plan.sheets
      .find((s) => s.name === 'Pupils')!
      .values.slice(1)
      .map((v) => v[0]);
    expect(names).toEqual(expect.arrayContaining(['=HYPERLINK("http://x")', '+Riley']));
  });

  it('throws NoTableFoundError for a sheet with no table', () => {
    const blank: Grid = { sheet: 'Notes', values: [['Remember the trip'], ['bring lunch']], merges: [] };
    expect(() => structureSheet({ workbook: [], source: blank, today })).toThrow(NoTableFoundError);
  });
});

describe('structure a tracker', () => {
  const source: Grid = { ...MESSY_TRACKER, values: MESSY_TRACKER.values.map((r) => [...r]) };
  source.values[9] = ['Sara', 3, 'N', 'Y', 'Reading', '3c', '3c', '3b', null];
  const first = structureSheet({ workbook: [], source, today });
  const tracker = first.plan.sheets.find((s) => s.name === 'Tracker')!;

  it('writes every point of the year and the computed columns', () => {
    expect(first.plan.sheets.map((s) => s.name)).toEqual(['Pupils', 'Tracker', 'Scales']);
    expect(tracker.values[0]!.slice(8, 19)).toEqual([
      'Baseline',
      'Autumn 2',
      'Spring 1',
      'AP3',
      'AP4',
      'AP5',
      'Target',
      'Latest',
      'Latest point',
      'Expected now',
      'Status',
    ]);
    expect(planProblems(first.plan)).toEqual([]);
    expect(first.report.tracking.map((t) => t.status)).toEqual([
      'ahead',
      'slightly behind',
      'ahead',
      'slightly behind',
      'ahead',
      'on track',
      'ahead',
      expect.any(String),
    ]);
  });

  it('proposes a missing target, writes it with a note, and reports it', () => {
    const sara = tracker.values.findIndex((r) => r[0] === 'Sara');
    expect(tracker.values[sara]![14]).toBe(first.report.tracking[7]!.target);
    expect(tracker.notes.find((n) => n.cell === `O${sara + 1}`)!.text).toContain('Proposed by provmap');
    expect(first.report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'TARGET_PROPOSED', sheet: 'Tracker', cell: `O${sara + 1}` }),
    );
  });

  it('gives an identical plan when run again, the note on the proposed target included', () => {
    const again = structureSheet({ workbook: new Book().apply(first.plan).grids(), source, today });
    expectSamePlan(first.plan, again.plan);
  });

  it('records pupil details from the tracker on the Pupils sheet', () => {
    const pupils = first.plan.sheets.find((s) => s.name === 'Pupils')!;
    expect(pupils.values.find((r) => r[0] === 'Fred')!.slice(4, 8)).toEqual([3, null, 'E', 'N']);
  });
});

describe('structure a class list', () => {
  const list: Grid = {
    sheet: 'MIS export',
    values: [
      ['UPN', 'Legal Surname', 'Legal Forename', 'Year', 'Reg Group', 'SEN Status', 'Pupil Premium', 'EAL'],
      ['A123456789012', 'Smith', 'Amy', 'Year 3', '3B', 'K - SEN Support', 'True', 'False'],
      ['B123456789012', 'Jones', 'Dan', 'Year 3', '3B', 'N', 'False', 'True'],
    ],
    merges: [],
  };

  it('writes the Pupils sheet and is idempotent', () => {
    const first = structureSheet({ workbook: [], source: list, today });
    expect(first.plan.sheets.map((s) => s.name)).toEqual(['Pupils', 'Scales']);
    expect(first.plan.activeSheet).toBe('Pupils');
    const pupils = first.plan.sheets[0]!;
    expect(pupils.values[1]!.slice(3, 9)).toEqual(['A123456789012', 3, '3B', 'K', 'Y', 'N']);
    const again = structureSheet({ workbook: new Book().apply(first.plan).grids(), source: list, today });
    expectSamePlan(first.plan, again.plan);
  });
});
