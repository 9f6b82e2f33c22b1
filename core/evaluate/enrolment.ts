// One pupil in one intervention: resolved target, progress and status, following rules.ts.

import type { Enrolment } from '../model/types.js';
import type { Grade, Scale } from '../scales/types.js';
import type { EnrolmentStatus } from './rules.js';
import { scaleFor, type ScaleLookup } from './scale-lookup.js';

export interface EnrolmentEvaluation {
  /** The target as an absolute grade, or null when there is no measurable target. */
  targetGrade: Grade | null;
  /** Exit minus entry in steps, or null unless both are on the enrolment's scale. */
  progress: number | null;
  status: EnrolmentStatus;
}

/**
 * The target as an absolute grade. A relative target ("plus one sub-level") is entry + n steps, clamped to
 * the scale; it needs both an entry and the scale. An absolute target is returned as written.
 */
export function resolveTarget(e: Enrolment, scale: Scale | null): Grade | null {
  const target = e.target;
  switch (target.kind) {
    case 'none':
      return null;
    case 'absolute':
      return target.grade;
    case 'relative': {
      if (!e.entry || !scale || scale.steps.length === 0) return null;
      const step = Math.min(Math.max(e.entry.step + target.steps, 0), scale.steps.length - 1);
      return scale.at(step);
    }
  }
}

/**
 * Progress, target and status of one enrolment row (rules.ts, "Enrolment"). As in the formulas, only
 * grades on the row's own (known) scale count: without a scale every row has no target.
 */
export function evaluateEnrolment(e: Enrolment, scales: ScaleLookup): EnrolmentEvaluation {
  const scale = scaleFor(scales, e.scaleId);
  const onScale = (g: Grade | null): Grade | null => (g && scale && g.scaleId === scale.id ? g : null);
  const entry = onScale(e.entry);
  const exit = onScale(e.exit);
  const targetGrade = onScale(resolveTarget({ ...e, entry }, scale));
  const progress = entry && exit ? exit.step - entry.step : null;
  return { targetGrade, progress, status: statusOf(entry, targetGrade, exit) };
}

function statusOf(entry: Grade | null, target: Grade | null, exit: Grade | null): EnrolmentStatus {
  if (!target) return 'no target';
  if (!exit) return 'pending';
  if (exit.step >= target.step) return 'met';
  if (entry && exit.step > entry.step) return 'partly met';
  return 'not met';
}
