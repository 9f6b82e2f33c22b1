import { describe, expect, it } from 'vitest';
import { addAssessmentPoint, reevaluate, structureSheet } from '../../../core/actions/index.js';
import { PlanError } from '../../../core/errors.js';
import { MESSY_TRACKER } from '../../../core/examples/index.js';
import { planProblems } from '../plan/layout-checks.js';
import { Book, expectSamePlan } from './workbook.js';

const today = '2025-01-01';

function trackerBook(): Book {
  return new Book().apply(structureSheet({ workbook: [], source: MESSY_TRACKER, today }).plan);
}

describe('add an assessment point', () => {
  it('adds the next point before the target, every value staying in its column', () => {
    const book = trackerBook();
    book.type('Tracker', 'L2', '2a');
    const r = addAssessmentPoint({ workbook: book.grids(), today });
    const sheet = r.plan.sheets.find((s) => s.name === 'Tracker')!;
    expect(sheet.values[0]!.slice(8, 16)).toEqual([
      'Baseline',
      'Autumn 2',
      'Spring 1',
      'AP3',
      'AP4',
      'AP5',
      'AP6',
      'Target',
    ]);
    expect(sheet.values[1]!.slice(8, 16)).toEqual(['2c', '2b', '2a', '2a', null, null, null, '3c']);
    expect(sheet.values[1]![17]).toEqual({ formula: expect.stringContaining('O2') });
    expect(sheet.values[1]![19]).toEqual({ formula: expect.stringContaining('/6),6)') });
    expect(r.plan.sheets.map((s) => s.name)).toEqual(['Tracker', 'Scales']);
    expect(planProblems(r.plan)).toEqual([]);
  });

  it('uses a label a teacher gives, and adding it again changes nothing', () => {
    const book = trackerBook();
    const first = addAssessmentPoint({ workbook: book.grids(), label: 'Summer 2', today });
    expect(first.plan.sheets[0]!.values[0]![14]).toBe('Summer 2');
    const again = addAssessmentPoint({ workbook: book.apply(first.plan).grids(), label: 'summer 2 ', today });
    expectSamePlan(first.plan, again.plan);
    const refreshed = reevaluate({ workbook: book.grids(), today }).plan.sheets.find(
      (s) => s.name === 'Tracker',
    );
    expect(refreshed).toEqual(first.plan.sheets[0]);
  });

  it('recalculates the expected line over the new number of points', () => {
    const book = trackerBook();
    const before = structureSheet({ workbook: [], source: MESSY_TRACKER, today }).report.tracking;
    const after = addAssessmentPoint({ workbook: book.grids(), today }).report.tracking;
    expect(after.map((t) => t.pupil)).toEqual(before.map((t) => t.pupil));
    expect(after.map((t) => t.status)).not.toEqual(before.map((t) => t.status));
  });

  it('refuses without a Tracker, or with a blank label', () => {
    expect(() => addAssessmentPoint({ workbook: [], today })).toThrow(PlanError);
    expect(() => addAssessmentPoint({ workbook: trackerBook().grids(), label: '  ', today })).toThrow(
      PlanError,
    );
  });
});
