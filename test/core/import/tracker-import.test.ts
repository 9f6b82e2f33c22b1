// Reading progress trackers: point columns, absent markers, subjects and scales per subject.

import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../core/grid.js';
import { importSheet } from '../../../core/import/index.js';
import type { Tracker } from '../../../core/model/types.js';
import type { Diagnostic } from '../../../core/diagnostics.js';
import { defaultOptions, gridOf } from './fixtures.js';

function read(rows: CellValue[][], sheet = 'Sheet1'): { tracker: Tracker; diagnostics: Diagnostic[] } {
  const result = importSheet(gridOf(rows, [], sheet), defaultOptions());
  if (result.kind !== 'tracking') throw new Error(`read as ${result.kind}`);
  return { tracker: result.tracker, diagnostics: result.diagnostics };
}

const points = (t: Tracker) => t.subjects.map((s) => s.points.map((p) => p?.label ?? null));

describe('trackers', () => {
  it('reads point labels as written and values on the detected scale', () => {
    const { tracker, diagnostics } = read([
      ['Pupil', 'Baseline', 'Autumn 1', 'Spring\n1', 'Target'],
      ['Amy', '2c', '2b', '2a', '3c'],
    ]);
    expect(tracker.pointLabels).toEqual(['Baseline', 'Autumn 1', 'Spring 1']);
    expect(points(tracker)).toEqual([['2c', '2b', '2a']]);
    expect(tracker.subjects[0]).toMatchObject({ scaleId: 'nc-sublevels', target: { label: '3c' } });
    expect(diagnostics).toEqual([]);
  });

  it('reads "abs", "n/a" and blanks as no value, without a diagnostic', () => {
    const { tracker, diagnostics } = read([
      ['Name', 'Sept', 'Dec', 'Mar', 'Jul'],
      ['Amy', 'abs', 'n/a', null, '2b'],
      ['Joe', '2c', ' ', 'absent', '-'],
    ]);
    expect(points(tracker)).toEqual([
      [null, null, null, '2b'],
      ['2c', null, null, null],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('reports a value not on the scale with its cell', () => {
    const { tracker, diagnostics } = read([
      ['Name', 'AP1', 'AP2'],
      ['Amy', '2c', '2z'],
      ['Joe', '2b', '2a'],
    ]);
    expect(points(tracker)[0]).toEqual(['2c', null]);
    expect(diagnostics.map((d) => [d.cell, d.code])).toEqual([['C2', 'UNKNOWN_GRADE']]);
  });

  it('takes the subject from the title, else the sheet name, else "General"', () => {
    const rows = [
      ['Name', 'AP1'],
      ['Amy', '2c'],
    ];
    expect(read([['Year 4 Maths tracker'], ...rows]).tracker.subjects[0]!.subject).toBe('Maths');
    expect(read(rows, 'Writing 24-25').tracker.subjects[0]!.subject).toBe('Writing');
    expect(read(rows, 'Sheet1').tracker.subjects[0]!.subject).toBe('General');
  });

  it('detects a scale per subject and keeps one pupil across subjects', () => {
    const { tracker } = read([
      ['Pupil', 'Subject', 'Term 1', 'Term 2'],
      ['Amy', 'Reading', '7y 3m', '7y 9m'],
      ['Amy', 'Maths', 101, 104],
    ]);
    expect(tracker.pupils.map((p) => p.id)).toEqual(['name:amy']);
    expect(tracker.subjects.map((s) => [s.subject, s.scaleId])).toEqual([
      ['Reading', 'reading-age'],
      ['Maths', 'standardised-score'],
    ]);
  });

  it('uses the scale a Scale column names', () => {
    const { tracker } = read([
      ['Pupil', 'Scale', 'Baseline', 'AP1'],
      ['Amy', 'Leuven involvement', 2, 3],
      ['Amy', 'Percentages', 40, 55],
    ]);
    expect(tracker.subjects.map((s) => s.scaleId)).toEqual(['leuven-involvement', 'percentage']);
  });

  it('ignores computed columns and the teacher’s own columns', () => {
    const result = importSheet(
      gridOf([
        ['Pupil', 'Baseline', 'AP1', 'Target', 'Latest', 'Status', 'Notes'],
        ['Amy', '2c', '2b', '3c', '#REF!', 'whatever', 'talkative'],
      ]),
      defaultOptions(),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.columns).toEqual({
      fields: { pupil: 0, target: 3, latest: 4, status: 5, 'point:0': 1, 'point:1': 2 },
      unknown: [6],
    });
  });
});
