// One tracked pupil in one subject: where they should be by now on a straight line to the target.

import type { Pupil, TrackedSubject, Tracker } from '../model/types.js';
import type { Grade, Scale } from '../scales/types.js';
import { keyStageOf, type Settings } from '../settings.js';
import { roundTo } from './rounding.js';
import { DIFF_DECIMALS, type TrackingStatus } from './rules.js';
import { position, scaleFor, type ScaleLookup } from './scale-lookup.js';

type TrackingSettings = Pick<Settings, 'tolerance' | 'expectedStepsPerYear'>;
type TrackerSettings = TrackingSettings & Partial<Pick<Settings, 'assessmentPointsPerYear'>>;

export interface TrackingEvaluation {
  /** The grade at point 0. */
  baseline: Grade | null;
  /** The grade at the latest later point that holds one. */
  latest: Grade | null;
  /** 0-based index of that point (so `pointLabels[latestPoint]` names it); never 0. */
  latestPoint: number | null;
  /** The teacher's target, or the proposed one when `targetProposed`. */
  target: Grade | null;
  /** True when the sheet had no target and one was proposed from expected progress. */
  targetProposed: boolean;
  /** Expected 1-based position at the latest point, on the line from baseline to target. */
  expected: number | null;
  /** The grade at ROUND(expected). */
  expectedGrade: Grade | null;
  /** ROUND(latest - expected, 6), in steps. */
  diff: number | null;
  status: TrackingStatus;
}

/** On-track tolerance in steps: the settings value for the scale, else the scale's own default. */
export function toleranceFor(scale: Scale, settings: Pick<Settings, 'tolerance'>): number {
  return settings.tolerance[scale.id] ?? scale.tolerance;
}

/** Expected steps in a school year for a pupil on a scale: settings by key stage, else the scale's own. */
export function expectedStepsFor(
  scale: Scale,
  pupil: Pupil | undefined,
  settings: Pick<Settings, 'expectedStepsPerYear'>,
): number {
  const keyStage = keyStageOf(pupil?.year ?? null);
  const fromSettings = keyStage ? settings.expectedStepsPerYear[scale.id]?.[keyStage] : undefined;
  const fromScale = keyStage ? scale.expectedStepsPerYear[keyStage] : undefined;
  return fromSettings ?? fromScale ?? scale.expectedStepsPerYear.default ?? 0;
}

/**
 * A target for a pupil with none: baseline plus the expected steps per year for the pupil's key stage,
 * rounded half away from zero to a whole step and clamped to the scale.
 */
export function proposeTarget(
  baseline: Grade,
  scale: Scale,
  pupil: Pupil | undefined,
  settings: Pick<Settings, 'expectedStepsPerYear'>,
): Grade {
  const steps = roundTo(expectedStepsFor(scale, pupil, settings), 0);
  const step = Math.min(Math.max(baseline.step + steps, 0), scale.steps.length - 1);
  return scale.at(step) ?? baseline;
}

/** A grade from another scale is not on the row's scale: the formulas see it as position 0. */
function onScale(g: Grade | null | undefined, scaleId: string | null): Grade | null {
  return g && (scaleId === null || g.scaleId === scaleId) ? g : null;
}

/**
 * Baseline, latest, expected position and status of one tracked subject (rules.ts, "Tracked subject").
 * The first `pointCount` points are read; the line to the target spans `yearPoints` of them (at least
 * `pointCount`), so a year still in progress is judged part of the way along.
 */
export function evaluateTracked(
  s: TrackedSubject,
  pupil: Pupil | undefined,
  pointCount: number,
  scales: ScaleLookup,
  settings: TrackingSettings,
  yearPoints: number = pointCount,
): TrackingEvaluation {
  const scale = scaleFor(scales, s.scaleId);
  const n = Math.max(0, Math.trunc(pointCount));
  const span = Math.max(n, Math.trunc(yearPoints));
  const baseline = n > 0 ? onScale(s.points[0], s.scaleId) : null;
  let latestPoint: number | null = null;
  for (let k = Math.min(n, s.points.length) - 1; k > 0; k--) {
    if (onScale(s.points[k], s.scaleId)) {
      latestPoint = k;
      break;
    }
  }
  const latest = latestPoint === null ? null : onScale(s.points[latestPoint], s.scaleId);
  const given = onScale(s.target, s.scaleId);
  const proposed = !given && baseline && scale ? proposeTarget(baseline, scale, pupil, settings) : null;
  const target = given ?? proposed;
  const targetProposed = proposed !== null;
  if (!baseline || !target || !latest || latestPoint === null || n < 2)
    return {
      baseline,
      latest,
      latestPoint,
      target,
      targetProposed,
      expected: null,
      expectedGrade: null,
      diff: null,
      status: 'no data',
    };

  const b = position(baseline.step);
  const expected = b + ((position(target.step) - b) * latestPoint) / (span - 1);
  const diff = roundTo(position(latest.step) - expected, DIFF_DECIMALS);
  const t = scale
    ? toleranceFor(scale, settings)
    : ((s.scaleId ? settings.tolerance[s.scaleId] : undefined) ?? 0);
  const status: TrackingStatus =
    diff > t ? 'ahead' : diff >= -t ? 'on track' : diff >= -2 * t ? 'slightly behind' : 'off track';
  const expectedGrade = scale?.at(roundTo(expected, 0) - 1) ?? null;
  return { baseline, latest, latestPoint, target, targetProposed, expected, expectedGrade, diff, status };
}

/**
 * Every subject of a tracker, in the same order as `t.subjects`. The straight line runs across the whole
 * year: n is the number of point labels, or the school's assessment points per year when the sheet does
 * not have them all yet (a tracker in its fourth of six points is judged at 4 of 6, not at its end).
 */
export function evaluateTracker(
  t: Tracker,
  scales: ScaleLookup,
  settings: TrackerSettings,
): TrackingEvaluation[] {
  const pupils = new Map(t.pupils.map((p) => [p.id, p]));
  const n = t.pointLabels.length;
  const year = Math.max(n, settings.assessmentPointsPerYear ?? 0);
  return t.subjects.map((s) => evaluateTracked(s, pupils.get(s.pupilId), n, scales, settings, year));
}
