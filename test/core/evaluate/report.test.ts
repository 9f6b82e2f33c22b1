import { describe, expect, it } from 'vitest';
import { evaluateMap, evaluateTracker, mapReport, trackerReport } from '../../../core/evaluate/index.js';
import type { Tracker } from '../../../core/model/types.js';
import { grade, pupil, scales, seedMap, settings } from './builders.js';

describe('mapReport', () => {
  const map = seedMap();
  map.pupils[0] = { ...map.pupils[0]!, upn: 'A123', year: 3, group: '3B', sen: 'K', pp: true, eal: false };
  const report = mapReport(map, evaluateMap(map, scales, settings), scales);

  it('lists pupils with their groups', () => {
    expect(report.pupils).toHaveLength(map.pupils.length);
    expect(report.pupils[0]).toEqual({
      name: 'Amy',
      upn: 'A123',
      year: 3,
      group: '3B',
      sen: 'K',
      pp: true,
      eal: false,
    });
  });

  it('names pupils and interventions and gives the resolved target label', () => {
    expect(report.enrolments).toHaveLength(map.enrolments.length);
    expect(report.enrolments[0]).toEqual({
      pupil: 'Amy',
      intervention: 'Comprehension group',
      entry: '2c',
      target: '2b',
      exit: '2b',
      progress: 1,
      status: 'met',
    });
    const paired = report.enrolments.find((e) => e.intervention === 'Paired reading');
    expect(paired).toMatchObject({ pupil: 'Joe', target: null, progress: 1, status: 'no target' });
    const leuven = report.enrolments.filter((e) => e.intervention === 'Social skills');
    expect(leuven.map((e) => [e.entry, e.exit])).toEqual([
      [1, 3],
      [2, 3],
      [4, 4],
      [2, 4],
      [3, 4],
      [2, 4],
    ]);
  });

  it('gives intervention figures under the report field names', () => {
    expect(report.interventions[0]).toEqual({
      name: 'Comprehension group',
      pupils: 6,
      assessed: 6,
      met: 5,
      meanProgress: 7 / 6,
      totalHours: 4.5,
      cost: 63,
      costPerPupil: 63 / 6,
      costPerStep: 63 / 7,
    });
  });
});

describe('trackerReport', () => {
  it('gives one row per subject with labels and the pupil group flags', () => {
    const tracker: Tracker = {
      title: null,
      pointLabels: ['Baseline', 'AP1', 'AP2'],
      pupils: [pupil('Amy', { sen: 'E', pp: false, year: 4 })],
      subjects: [
        {
          pupilId: 'amy',
          subject: 'Reading',
          scaleId: 'nc-sublevels',
          points: [grade('nc-sublevels', '2c'), grade('nc-sublevels', '2b'), null],
          target: null,
          source: null,
        },
        {
          pupilId: 'ghost',
          subject: 'Maths',
          scaleId: 'nc-sublevels',
          points: [],
          target: null,
          source: null,
        },
      ],
    };
    // A school with three points a year, so AP1 is half way along the line.
    const rows = trackerReport(
      tracker,
      evaluateTracker(tracker, scales, { ...settings, assessmentPointsPerYear: 3 }),
    );
    expect(rows).toEqual([
      {
        pupil: 'Amy',
        subject: 'Reading',
        sen: 'E',
        pp: false,
        baseline: '2c',
        latest: '2b',
        target: '2a',
        status: 'on track',
      },
      {
        pupil: 'ghost',
        subject: 'Maths',
        sen: null,
        pp: null,
        baseline: null,
        latest: null,
        target: null,
        status: 'no data',
      },
    ]);
  });
});
