import { describe, expect, it } from 'vitest';
import type { InterventionEvaluation } from '../../../core/evaluate/index.js';
import { median, reviewFlags, REVIEW_RULES, type ReviewInput } from '../../../core/summary/index.js';
import { intervention } from '../evaluate/builders.js';

function item(
  name: string,
  ev: Partial<InterventionEvaluation>,
  extra: Partial<ReviewInput> = {},
): ReviewInput {
  const evaluation: InterventionEvaluation = {
    interventionId: name,
    pupils: 4,
    assessed: 4,
    met: 4,
    percentMet: 1,
    meanProgress: 1,
    totalHours: null,
    cost: null,
    costPerPupil: null,
    stepsGained: 4,
    costPerStep: null,
    costPerHour: null,
    ...ev,
  };
  return { intervention: intervention(name, { id: name }), evaluation, rows: 4, rowsWithExit: 4, ...extra };
}

const reasonsOf = (items: ReviewInput[], today = '2024-06-01') =>
  Object.fromEntries(reviewFlags(items, today, '£').map((f) => [f.name, f.reasons.length]));

describe('review rules', () => {
  it('thresholds are data', () => {
    expect(REVIEW_RULES).toEqual({
      minPercentMet: 0.5,
      maxMeanProgress: 0,
      costPerStepFactor: 2,
      minForMedian: 3,
    });
  });

  it('flags under half met, not exactly half, and not when nobody has an outcome', () => {
    expect(
      reasonsOf([
        item('a', { percentMet: 0.49 }),
        item('b', { percentMet: 0.5 }),
        item('c', { percentMet: null }),
      ]),
    ).toEqual({ a: 1 });
  });

  it('flags mean progress of zero or less, not when nobody was assessed', () => {
    expect(
      reasonsOf([
        item('a', { meanProgress: 0 }),
        item('b', { meanProgress: -0.5 }),
        item('c', { meanProgress: 0.01 }),
        item('d', { meanProgress: null }),
      ]),
    ).toEqual({ a: 1, b: 1 });
  });

  it('flags cost per step above twice the median once three interventions have one', () => {
    const three = [
      item('a', { costPerStep: 10 }),
      item('b', { costPerStep: 20 }),
      item('c', { costPerStep: 41 }),
    ];
    expect(reasonsOf(three)).toEqual({ c: 1 });
    expect(reasonsOf([...three.slice(0, 2), item('c', { costPerStep: 40 })])).toEqual({});
    expect(reasonsOf([item('a', { costPerStep: 10 }), item('c', { costPerStep: 1000 })])).toEqual({});
  });

  it('flags an intervention past its end date with no exit data at all', () => {
    const ended = item(
      'a',
      {},
      { intervention: intervention('a', { id: 'a', end: '2024-05-31' }), rowsWithExit: 0 },
    );
    expect(reasonsOf([ended])).toEqual({ a: 1 });
    expect(reasonsOf([ended], '2024-05-31')).toEqual({});
    expect(reasonsOf([{ ...ended, rowsWithExit: 1 }])).toEqual({});
    expect(reasonsOf([{ ...ended, rows: 0 }])).toEqual({});
    expect(reasonsOf([{ ...ended, intervention: intervention('a', { id: 'a' }) }])).toEqual({});
  });

  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
