// Grades a synthetic pupil would get: expected attainment for their year, shifted by ability, rising
// through the assessment points. Labels come from core's scale tables, so they are always on the scale.

import { ScaleRegistry } from '../../core/scales/index.js';
import type { Prng } from './prng.js';
import type { SyntheticPupil } from './school.js';

const scales = new ScaleRegistry();

/** The scale families a tracker column or an intervention is measured on. */
export type GradeScale = 'nc-sublevels' | 'gcse-9-1' | 'standardised-score' | 'reading-age' | 'leuven';

/** Index of 1c on NC sub-levels (after P1i..P8 and W). */
const NC_1C = 12;

function clampStep(scaleId: string, step: number): number {
  const n = scales.get(scaleId).steps.length;
  return Math.max(0, Math.min(n - 1, Math.round(step)));
}

/** The label at a step of a built-in scale (clamped to the scale). */
export function labelAt(scaleId: string, step: number): string | number {
  return scales.get(scaleId).steps[clampStep(scaleId, step)]!.label;
}

/** Expected NC step at the start of a year: P8 in Reception, 2c by Year 2, 3c by Year 3, about 6c by Year 9. */
function ncExpectedStart(year: number): number {
  if (year <= 2) return NC_1C - 2 + 2.5 * year;
  if (year <= 6) return NC_1C + 4 + 2 * (year - 2);
  return NC_1C + 12 + 1.5 * (year - 6);
}

/** Steps a pupil is expected to move in a year on each scale. */
export function stepsPerYear(scale: GradeScale, year: number): number {
  switch (scale) {
    case 'nc-sublevels':
      return year <= 2 ? 3 : 2;
    case 'gcse-9-1':
      return 3;
    case 'standardised-score':
      return 0;
    case 'reading-age':
      return 12;
    case 'leuven':
      return 1;
  }
}

/**
 * The step a pupil is at on a scale, `fraction` of the way through the year (0 at the baseline, 1 at
 * the last point), with some noise. For reading ages the step is months above 4y 0m.
 */
export function stepFor(
  scale: GradeScale,
  pupil: SyntheticPupil,
  fraction: number,
  rng: Prng,
  ageMonths: number,
): number {
  const noise = rng.normal() * 0.35;
  const pace = 1 + pupil.ability * 0.15;
  switch (scale) {
    case 'nc-sublevels':
      return (
        ncExpectedStart(pupil.year) +
        pupil.ability * 2.5 +
        fraction * stepsPerYear(scale, pupil.year) * pace +
        noise
      );
    case 'gcse-9-1':
      // Grade 4 ("standard pass") at step 12 of U,1-,1,1+,...: a middle pupil in Year 10 sits near 4.
      return 12 + (pupil.year - 10) * 3 + pupil.ability * 4 + fraction * 3 * pace + noise * 2;
    case 'standardised-score':
      return 60 + pupil.ability * 15 + fraction * 2 * pupil.ability + noise * 4;
    case 'reading-age':
      return ageMonths - 48 + pupil.ability * 14 + fraction * 12 * pace + noise * 3;
    case 'leuven':
      return 1 + pupil.ability * 0.8 + fraction * pace + noise;
  }
}

/** The scale id of a family (Leuven pairs use well-being and involvement; well-being stands for both). */
export function scaleIdOf(scale: GradeScale): string {
  return scale === 'leuven' ? 'leuven-wellbeing' : scale;
}

/** A pupil's age in whole months on a date. */
export function ageInMonths(pupil: SyntheticPupil, on: Date): number {
  const b = pupil.dateOfBirth;
  let months = (on.getUTCFullYear() - b.getUTCFullYear()) * 12 + (on.getUTCMonth() - b.getUTCMonth());
  if (on.getUTCDate() < b.getUTCDate()) months--;
  return months;
}

/** The grade label for a step (reading ages and standardised scores offset from their first step). */
export function gradeLabel(scale: GradeScale, step: number): string | number {
  return labelAt(scaleIdOf(scale), step);
}
