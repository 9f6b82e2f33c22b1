import { describe, expect, it } from 'vitest';
import { structureSheet, summariseSchool } from '../../../core/actions/index.js';
import { SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import { planProblems } from '../plan/layout-checks.js';
import { Book, expectSamePlan } from './workbook.js';

const today = '2025-01-01';

describe('summarise a class workbook (no School Map)', () => {
  const book = new Book().apply(structureSheet({ workbook: [], source: SEED_PROVISION_MAP, today }).plan);
  const first = summariseSchool({ workbook: book.grids(), today });
  const sheet = first.plan.sheets[0]!;

  it('writes only the Summary, live over the Provision Map', () => {
    expect(first.plan.sheets.map((s) => s.name)).toEqual(['Summary']);
    expect(planProblems(first.plan)).toEqual([]);
    const pupils = sheet.values.find((r) => r[0] === 'Pupils in provision')![1];
    expect(pupils).toEqual({ formula: expect.stringContaining("'Provision Map'!$F$5:$F$23") });
  });

  it('takes hours and cost per hour from the Interventions sheet', () => {
    const book2 = new Book(book.grids());
    book2.type('Interventions', `G${book2.rowOf('Interventions', 'Paired reading')}`, 6);
    const r = summariseSchool({ workbook: book2.grids(), today });
    const row = r.plan.sheets[0]!.values.find((v) => v[0] === 'Paired reading')!;
    expect(row.slice(8, 10)).toEqual([5, 14]);
  });

  it('gives an identical plan when run again', () => {
    const again = summariseSchool({ workbook: new Book(book.grids()).apply(first.plan).grids(), today });
    expectSamePlan(first.plan, again.plan);
  });

  it('writes nothing without a map', () => {
    expect(summariseSchool({ workbook: [], today }).plan.sheets).toEqual([]);
  });
});
