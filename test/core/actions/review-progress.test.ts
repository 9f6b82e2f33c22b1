import { describe, expect, it } from 'vitest';
import { reviewProgress, structureSheet } from '../../../core/actions/index.js';
import { MESSY_TRACKER, SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import { planProblems } from '../plan/layout-checks.js';
import { Book, expectSamePlan } from './workbook.js';

const today = '2025-01-01';

function classBook(): Book {
  const book = new Book();
  book.apply(structureSheet({ workbook: book.grids(), source: SEED_PROVISION_MAP, today }).plan);
  book.apply(structureSheet({ workbook: book.grids(), source: MESSY_TRACKER, today }).plan);
  return book;
}

const listed = (rows: unknown[][]) => rows.slice(1).map((r) => `${r[0]}: ${r[2]} ${r[8]}`);

describe('review progress', () => {
  it('lists pupils behind and targets not met, with the tracker and map figures', () => {
    const r = reviewProgress({ workbook: classBook().grids(), today });
    expect(r.plan.sheets.map((s) => s.name)).toEqual(['Review']);
    expect(planProblems(r.plan)).toEqual([]);
    expect(listed(r.plan.sheets[0]!.values)).toEqual([
      'Amy: Numeracy not met',
      'Carl: Numeracy not met',
      'Fred: Reading slightly behind',
      'Joe: Comprehension group not met',
      'Joe: Reading slightly behind',
    ]);
    expect(r.plan.sheets[0]!.values[3]!.slice(3, 9)).toEqual([
      'NC sub-levels',
      '2c',
      '3b',
      '2b',
      1,
      'slightly behind',
    ]);
  });

  it('keeps decisions people typed, even once a pupil is no longer behind', () => {
    const book = classBook();
    book.apply(reviewProgress({ workbook: book.grids(), today }).plan);
    const amy = book.rowOf('Review', 'Amy');
    book
      .type('Review', `J${amy}`, 'extend')
      .type('Review', `K${amy}`, 'Daily practice')
      .type('Review', `M${amy}`, new Date('2025-02-03T00:00:00Z'));
    const next = book.grid('Review').values.length + 1;
    book.typeRow('Review', next, ['Tim', '3B', 'Attendance', null]);
    // Amy's numeracy target is met after all.
    book.type('Provision Map', `J${book.rowOf('Provision Map', 'Amy', 5) + 9}`, '3b');
    const r = reviewProgress({ workbook: book.grids(), today });
    const rows = r.plan.sheets[0]!.values;
    const amyRow = rows.find((v) => v[0] === 'Amy')!;
    expect(amyRow.slice(8, 13)).toEqual(['met', 'extend', 'Daily practice', null, { date: '2025-02-03' }]);
    expect(rows.find((v) => v[0] === 'Tim')).toEqual([
      'Tim',
      '3B',
      'Attendance',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rows.some((v) => v[0] === 'Carl')).toBe(true);
  });

  it('lists enrolments still pending only after their intervention has ended', () => {
    const book = classBook();
    const row = book.rowOf('Interventions', 'Social skills');
    book.type('Interventions', `U${row}`, new Date('2024-12-20T00:00:00Z'));
    const pm = book.rowOf('Provision Map', 'Tim', 5);
    book.type('Provision Map', `I${pm}`, 4).type('Provision Map', `J${pm}`, null);
    const before = reviewProgress({ workbook: book.grids(), today: '2024-12-01' });
    const after = reviewProgress({ workbook: book.grids(), today });
    expect(listed(before.plan.sheets[0]!.values)).not.toContain('Tim: Social skills pending');
    expect(listed(after.plan.sheets[0]!.values)).toContain('Tim: Social skills pending');
  });

  it('gives an identical plan when run again on its own output', () => {
    const book = classBook();
    const first = reviewProgress({ workbook: book.grids(), today });
    const again = reviewProgress({ workbook: book.apply(first.plan).grids(), today });
    expectSamePlan(first.plan, again.plan);
  });
});
