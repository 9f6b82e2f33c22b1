import { describe, expect, it } from 'vitest';
import {
  keepReviewRow,
  REVIEW_COLUMNS,
  reviewKey,
  reviewRows,
  reviewSheet,
} from '../../../core/plan/review-sheet.js';
import { mergeRows } from '../../../core/plan/table.js';
import { sheetProblems } from './layout-checks.js';

const item = {
  pupil: 'Amy',
  group: '3B',
  provision: 'Numeracy',
  scale: 'NC sub-levels',
  from: '3c',
  target: '3b',
  now: '3c',
  progress: 0,
  status: 'not met',
};

describe('Review layout', () => {
  const merged = mergeRows(REVIEW_COLUMNS, reviewRows([item]), null, { keyOf: reviewKey });
  const sheet = reviewSheet(merged.rows, []);

  it('has the review columns, computed ones as at the last run', () => {
    expect(sheet.values[0]).toEqual([
      'Pupil',
      'Class',
      'Provision or subject',
      'Scale',
      'From',
      'Target',
      'Now',
      'Progress',
      'Status',
      'Decision',
      'Next steps',
      'Owner',
      'Review date',
    ]);
    expect(sheet.values[1]).toEqual([
      'Amy',
      '3B',
      'Numeracy',
      'NC sub-levels',
      '3c',
      '3b',
      '3c',
      0,
      'not met',
      null,
      null,
      null,
      null,
    ]);
    expect(sheet.protections.map((p) => p.range)).toEqual(['E2:I2']);
    expect(sheet.notes.find((n) => n.cell === 'E1')!.text).toContain('As at the last run');
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it('offers the review decisions and validates the date', () => {
    expect(sheet.validations.find((v) => v.range === 'J2')!.rule).toEqual({
      kind: 'list',
      values: ['continue', 'extend', 'adapt', 'discontinue'],
      strict: true,
    });
    expect(sheet.validations.find((v) => v.range === 'M2')!.rule).toEqual({ kind: 'date' });
  });

  it('keys rows by pupil, provision or subject and scale', () => {
    const [a] = reviewRows([item]);
    const [b] = reviewRows([{ ...item, pupil: ' amy ', provision: 'NUMERACY' }]);
    const [c] = reviewRows([{ ...item, scale: 'Leuven well-being' }]);
    expect(a!.key).toBe(b!.key);
    expect(a!.key).not.toBe(c!.key);
  });

  it('keeps a row no longer flagged only when a person wrote in it', () => {
    const row = merged.rows[0]!;
    expect(keepReviewRow(row)).toBe(false);
    const decided = { ...row, values: row.values.map((v, i) => (i === 9 ? 'extend' : v)) };
    expect(keepReviewRow(decided)).toBe(true);
    const added = { ...row, values: row.values.map((v, i) => (i === 8 ? null : v)) };
    expect(keepReviewRow(added)).toBe(true);
  });
});
