import { describe, expect, it } from 'vitest';
import { importSheet } from '../../../core/import/index.js';
import { assessmentsOf } from '../../../core/model/index.js';
import { defaultOptions, loadGrid } from '../import/fixtures.js';

describe('assessmentsOf', () => {
  it('lists each grade of a tracker as pupil x subject x point, skipping blanks', () => {
    const r = importSheet(loadGrid('tracker-subjects'), defaultOptions());
    if (r.kind !== 'tracking') throw new Error(r.kind);
    const all = assessmentsOf(r.tracker);
    const filled = r.tracker.subjects.reduce(
      (n, s) => n + s.points.slice(0, r.tracker.pointLabels.length).filter((g) => g !== null).length,
      0,
    );
    expect(all).toHaveLength(filled);
    expect(filled).toBeGreaterThan(0);
    for (const a of all) {
      const row = r.tracker.subjects.find((s) => s.pupilId === a.pupilId && s.subject === a.subject)!;
      expect(row.points[a.point]).toBe(a.grade);
      expect(a.pointLabel).toBe(r.tracker.pointLabels[a.point]);
    }
  });

  it('does not read grades beyond the point labels', () => {
    const a = assessmentsOf({
      title: null,
      pointLabels: ['Baseline'],
      pupils: [],
      subjects: [
        {
          pupilId: 'amy',
          subject: 'Reading',
          scaleId: 'nc-sublevels',
          points: [
            { kind: 'grade', scaleId: 'nc-sublevels', step: 7, label: '2c' },
            null,
            { kind: 'grade', scaleId: 'nc-sublevels', step: 8, label: '2b' },
          ],
          target: null,
          source: null,
        },
      ],
    });
    expect(a).toEqual([
      {
        pupilId: 'amy',
        subject: 'Reading',
        point: 0,
        pointLabel: 'Baseline',
        grade: { kind: 'grade', scaleId: 'nc-sublevels', step: 7, label: '2c' },
      },
    ]);
  });
});
