import { describe, expect, it } from 'vitest';
import { reevaluate, reviewProgress, structureSheet, summariseSchool } from '../../../core/actions/index.js';
import { MESSY_TRACKER, SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import { planProblems } from '../plan/layout-checks.js';
import { Book, expectSamePlan } from './workbook.js';

const today = '2025-01-01';

/** A class workbook built by the actions themselves: map, tracker, review and summary. */
function classBook(): Book {
  const book = new Book();
  book.apply(structureSheet({ workbook: book.grids(), source: SEED_PROVISION_MAP, today }).plan);
  book.apply(structureSheet({ workbook: book.grids(), source: MESSY_TRACKER, today }).plan);
  book.apply(reviewProgress({ workbook: book.grids(), today }).plan);
  book.apply(summariseSchool({ workbook: book.grids(), today }).plan);
  return book;
}

describe('re-evaluate', () => {
  it('rewrites every owned sheet the workbook has, and nothing else', () => {
    const r = reevaluate({ workbook: classBook().grids(), today });
    expect(r.plan.sheets.map((s) => s.name)).toEqual([
      'Provision Map',
      'Interventions',
      'Pupils',
      'Tracker',
      'Review',
      'Summary',
      'Scales',
    ]);
    expect(planProblems(r.plan)).toEqual([]);
    expect(r.report.enrolments).toHaveLength(19);
    expect(r.report.tracking).toHaveLength(8);
  });

  it('gives an identical plan on its own output', () => {
    const book = classBook();
    const first = reevaluate({ workbook: book.grids(), today });
    const second = reevaluate({ workbook: book.apply(first.plan).grids(), today });
    expectSamePlan(first.plan, second.plan);
  });

  it('keeps the audit numbers a person typed on the Interventions sheet, and costs with them', () => {
    const book = classBook();
    const row = book.rowOf('Interventions', 'Paired reading');
    book.type('Interventions', `G${row}`, 6).type('Interventions', `I${row}`, 20);
    const r = reevaluate({ workbook: book.grids(), today });
    const sheet = r.plan.sheets.find((s) => s.name === 'Interventions')!;
    expect(sheet.values[row - 1]!.slice(4, 9)).toEqual([5, 10, 6, 'HLTA', 20]);
    const paired = r.report.interventions.find((i) => i.name === 'Paired reading')!;
    expect(paired.totalHours).toBe(5);
    expect(paired.cost).toBe(100);
  });

  it('costs nothing a person cleared, as the sheet formulas do', () => {
    const book = classBook();
    const row = book.rowOf('Interventions', 'Numeracy');
    book.type('Interventions', `I${row}`, null);
    const r = reevaluate({ workbook: book.grids(), today });
    expect(r.report.interventions.find((i) => i.name === 'Numeracy')!.cost).toBeNull();
  });

  it('gives a row a teacher added its formulas and its intervention an audit row', () => {
    const book = classBook();
    const next = book.grid('Provision Map').values.length + 1;
    book.typeRow('Provision Map', next, [
      'Lego therapy',
      null,
      '1:3',
      null,
      'TA',
      'Jack',
      'NC sub-levels',
      '2c',
      '2b',
      null,
    ]);
    const r = reevaluate({ workbook: book.grids(), today });
    const pm = r.plan.sheets[0]!;
    expect(pm.values[next - 1]![11]).toEqual({ formula: expect.stringContaining('"pending"') });
    expect(r.plan.sheets[1]!.values.map((v) => v[0])).toContain('Lego therapy');
    expect(r.report.enrolments.at(-1)).toMatchObject({
      pupil: 'Jack',
      intervention: 'Lego therapy',
      status: 'pending',
    });
  });

  it('refreshes provision records on the Pupils sheet from the map', () => {
    const book = classBook();
    const joe = book.rowOf('Provision Map', 'Joe', 5);
    book.type('Provision Map', `J${joe}`, '2a');
    const r = reevaluate({ workbook: book.grids(), today });
    const pupils = r.plan.sheets.find((s) => s.name === 'Pupils')!;
    const record = pupils.values.find((v) => v[0] === 'Joe')![12];
    expect(record).toContain('Comprehension group (NC sub-levels): 2b -> 2a, met');
  });

  it('writes nothing on an empty workbook', () => {
    const r = reevaluate({ workbook: [], today });
    expect(r.plan.sheets).toEqual([]);
  });
});
