import { describe, expect, it } from 'vitest';
import {
  evaluateTracked,
  evaluateTracker,
  proposeTarget,
  toleranceFor,
} from '../../../core/evaluate/index.js';
import type { TrackedSubject, Tracker } from '../../../core/model/types.js';
import { resolveSettings } from '../../../core/settings.js';
import { grade, pupil, scales, settings } from './builders.js';

const nc = scales.get('nc-sublevels');
const g = (label: string | null) => (label === null ? null : grade('nc-sublevels', label));

function subject(points: (string | null)[], target: string | null): TrackedSubject {
  return {
    pupilId: 'amy',
    subject: 'Reading',
    scaleId: 'nc-sublevels',
    points: points.map(g),
    target: g(target),
    source: null,
  };
}

describe('toleranceFor', () => {
  it("uses the settings value for the scale, else the scale's default", () => {
    expect(toleranceFor(nc, settings)).toBe(nc.tolerance);
    expect(toleranceFor(nc, resolveSettings({ tolerance: { 'nc-sublevels': 1.25 } }))).toBe(1.25);
    expect(toleranceFor(nc, resolveSettings({ tolerance: { 'nc-sublevels': 0 } }))).toBe(0);
  });
});

describe('evaluateTracked', () => {
  // Six points; baseline 2c (position 16), target 3c (19). At point 1 the line expects 16 + 3/5 = 16.6.
  const at1 = (latest: string, tolerance: number) =>
    evaluateTracked(
      subject(['2c', latest, null, null, null, null], '3c'),
      undefined,
      6,
      scales,
      resolveSettings({ tolerance: { 'nc-sublevels': tolerance } }),
    );

  it('places the expected line at a fractional position and rounds the difference to 6 places', () => {
    const r = at1('2b', 0.5);
    expect(r.expected).toBeCloseTo(16.6, 12);
    expect(r.expectedGrade?.label).toBe('2b');
    expect(r.diff).toBe(0.4);
    expect(r).toMatchObject({ latestPoint: 1, targetProposed: false, status: 'on track' });
    expect(r.baseline?.label).toBe('2c');
    expect(r.latest?.label).toBe('2b');
  });

  it('ahead only above the tolerance (diff 0.4)', () => {
    expect(at1('2b', 0.4).status).toBe('on track');
    expect(at1('2b', 0.39).status).toBe('ahead');
  });

  it('on track down to minus the tolerance, slightly behind down to minus twice it (diff -0.6)', () => {
    expect(at1('2c', 0.6).status).toBe('on track');
    expect(at1('2c', 0.59).status).toBe('slightly behind');
    expect(at1('2c', 0.3).status).toBe('slightly behind');
    expect(at1('2c', 0.29).status).toBe('off track');
    expect(at1('2c', 0.29).diff).toBe(-0.6);
  });

  it('with zero tolerance, exactly on the line is on track', () => {
    // Five points, baseline 2c (16), target 3b (20): point 2 expects 18 = 2a exactly.
    const r = evaluateTracked(
      subject(['2c', null, '2a', null, null], '3b'),
      undefined,
      5,
      scales,
      resolveSettings({ tolerance: { 'nc-sublevels': 0 } }),
    );
    expect(r).toMatchObject({ expected: 18, diff: 0, status: 'on track', latestPoint: 2 });
  });

  it('rounds the expected position half up to name the expected grade', () => {
    // Five points, baseline 2c (16), target 2a (18): point 1 expects 16.5 -> 17 = 2b.
    const r = evaluateTracked(subject(['2c', '2c', null, null, null], '2a'), undefined, 5, scales, settings);
    expect(r.expected).toBe(16.5);
    expect(r.expectedGrade?.label).toBe('2b');
    expect(r.diff).toBe(-0.5);
  });

  it('takes the latest later point that holds a grade, within the point count', () => {
    const r = evaluateTracked(
      subject(['2c', '2b', '2a', null, '3a', '4a'], '3c'),
      undefined,
      4,
      scales,
      settings,
    );
    expect(r.latestPoint).toBe(2);
    expect(r.latest?.label).toBe('2a');
    // 16 + 3 * 2/3 = 18 expected, latest 18.
    expect(r).toMatchObject({ diff: 0, status: 'on track' });
  });

  it('has no data without a baseline, without a later grade, or with a single point', () => {
    expect(evaluateTracked(subject([null, '2b', '2a'], '3c'), undefined, 3, scales, settings).status).toBe(
      'no data',
    );
    const onlyBaseline = evaluateTracked(subject(['2c', null, null], '3c'), undefined, 3, scales, settings);
    expect(onlyBaseline).toMatchObject({
      status: 'no data',
      latest: null,
      latestPoint: null,
      expected: null,
      diff: null,
    });
    expect(evaluateTracked(subject(['2c', '2b'], '3c'), undefined, 1, scales, settings).status).toBe(
      'no data',
    );
  });

  it('ignores grades from another scale, as the formulas do', () => {
    const s = subject(['2c', null, null], '3c');
    s.points[2] = grade('leuven-wellbeing', 4);
    expect(evaluateTracked(s, undefined, 3, scales, settings)).toMatchObject({
      status: 'no data',
      latest: null,
    });
  });

  it('has no data when the scale is unknown and no target was set', () => {
    const s = { ...subject(['2c', '2b'], null), scaleId: 'no-such-scale' };
    expect(evaluateTracked(s, undefined, 2, scales, settings)).toMatchObject({
      status: 'no data',
      target: null,
      targetProposed: false,
    });
  });
});

describe('proposed targets', () => {
  const base = grade('nc-sublevels', '2c');

  it('adds the expected steps for the key stage (scale defaults: KS1 3, KS2 2, else 2)', () => {
    expect(nc.expectedStepsPerYear).toMatchObject({ KS1: 3, KS2: 2, default: 2 });
    expect(proposeTarget(base, nc, pupil('A', { year: 2 }), settings).label).toBe('3c');
    expect(proposeTarget(base, nc, pupil('A', { year: 4 }), settings).label).toBe('2a');
    expect(proposeTarget(base, nc, pupil('A', { year: 13 }), settings).label).toBe('2a');
    expect(proposeTarget(base, nc, undefined, settings).label).toBe('2a');
  });

  it('settings override the scale by key stage, and results clamp to the scale', () => {
    const s = resolveSettings({ expectedStepsPerYear: { 'nc-sublevels': { KS2: 4 } } });
    expect(proposeTarget(base, nc, pupil('A', { year: 5 }), s).label).toBe('3b');
    expect(proposeTarget(base, nc, pupil('A', { year: 1 }), s).label).toBe('3c');
    expect(proposeTarget(grade('nc-sublevels', '8a'), nc, pupil('A', { year: 4 }), settings).label).toBe(
      '8a',
    );
  });

  it('is used, and flagged, when the sheet has no target', () => {
    const r = evaluateTracked(
      subject(['2c', '2b', null], null),
      pupil('Amy', { year: 2 }),
      3,
      scales,
      settings,
    );
    expect(r.targetProposed).toBe(true);
    expect(r.target?.label).toBe('3c');
    // 16 + (19 - 16) * 1/2 = 17.5 expected; latest 17 -> -0.5, within the default tolerance 0.5.
    expect(r).toMatchObject({ expected: 17.5, diff: -0.5, status: 'on track' });
  });
});

describe('evaluateTracker', () => {
  it("evaluates subjects in order with each pupil's own key stage, along the whole year's points", () => {
    const tracker: Tracker = {
      title: null,
      pointLabels: ['Baseline', 'AP1', 'AP2'],
      pupils: [pupil('Amy', { year: 2 }), pupil('Ben', { year: 5 })],
      subjects: [
        { ...subject(['2c', '2b', null, '5a'], null), pupilId: 'amy' },
        { ...subject(['2c', '2b', null], null), pupilId: 'ben', subject: 'Maths' },
      ],
    };
    // Three points a year: the sheet has them all.
    const [amy, ben] = evaluateTracker(tracker, scales, { ...settings, assessmentPointsPerYear: 3 });
    expect(amy?.target?.label).toBe('3c');
    // '5a' sits beyond the sheet's last point label, so it is not read.
    expect(amy?.latestPoint).toBe(1);
    expect(ben?.target?.label).toBe('2a');
    // Ben: 16 + 2 * 1/2 = 17 expected, latest 17.
    expect(ben).toMatchObject({ expected: 17, diff: 0, status: 'on track' });

    // Six points a year (the default): the sheet is only part way through, and AP1 is 1/5 of the line.
    const [, early] = evaluateTracker(tracker, scales, { ...settings, assessmentPointsPerYear: 6 });
    // Ben: 16 + 2 * 1/5 = 16.4 expected, latest 17: 0.6 ahead of the line, over the 0.5 tolerance.
    expect(early).toMatchObject({ expected: 16.4, diff: 0.6, status: 'ahead' });
    // A sheet with more points than the setting runs the line across all of them.
    const [, long] = evaluateTracker(tracker, scales, { ...settings, assessmentPointsPerYear: 2 });
    expect(long).toMatchObject({ expected: 17 });
  });
});
