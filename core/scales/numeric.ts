// Numeric scales as finite step lists: standardised scores (40-160) and percentages (0-100).

import type { ScaleDefinition, ScaleStep } from './types.js';
import { isNumericText } from './normalise.js';
import { wholeNumber, type Reading, type ScaleReader, type StepLookup } from './reader.js';

/** Steps labelled with the whole numbers from..to. */
export function numberSteps(from: number, to: number): ScaleStep[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ label: from + i }));
}

/**
 * 40..160, whole numbers. Scores are age-standardised (mean 100, SD 15 at every age), so keeping the
 * same score is expected progress: 0 a year. Tolerance 3 points, a fifth of a standard deviation and
 * inside the usual confidence band of a test, so ordinary test noise does not read as falling behind.
 */
export const STANDARDISED_SCORE: ScaleDefinition = {
  id: 'standardised-score',
  name: 'Standardised scores',
  stepName: 'point',
  steps: numberSteps(40, 160),
  parser: 'integer',
  tolerance: 3,
  expectedStepsPerYear: { default: 0 },
};

/**
 * 0..100, whole percentages. Expected 0 a year: percentages in trackers are usually scores on
 * age-related tests, where keeping the same percentage is keeping pace; a school measuring a fixed
 * target (such as sounds known) sets its own rate. Tolerance 5 points.
 */
export const PERCENTAGE: ScaleDefinition = {
  id: 'percentage',
  name: 'Percentages',
  stepName: 'percentage point',
  steps: numberSteps(0, 100),
  parser: 'percentage',
  tolerance: 5,
  expectedStepsPerYear: { default: 0 },
};

/** Reads whole numbers, as numbers or numeric text; refuses fractions such as 98.5. */
export const INTEGER_READER: ScaleReader = {
  text(norm, find) {
    return isNumericText(norm) ? INTEGER_READER.number(Number(norm), find) : null;
  },
  number(n, find) {
    const whole = wholeNumber(n);
    if (whole === null) return { reason: `${n} is not a whole number; this scale has whole-number steps.` };
    return find(whole) ?? null;
  },
};

/** Round half up to a whole number, after snapping away floating-point noise (0.285 * 100). */
function roundHalfUp(x: number): number {
  return Math.floor(Math.round(x * 1e9) / 1e9 + 0.5);
}

function percent(p: number, text: string, find: StepLookup): Reading {
  if (p < 0 || p > 100) return { reason: `${text} is outside 0% to 100%.` };
  return find(roundHalfUp(p)) ?? null;
}

/**
 * Reads "45%", "45 %", 45 and the fraction 0.45 (a cell formatted as a percentage) as 45; rounds half
 * up. The number 1 is the step 1, as a dropdown from the Scales sheet writes it; so 100% in a
 * percentage-formatted cell (stored as 1) reads as 1%, which only the rest of the column can reveal.
 * A plain number above 1 with a fractional part (7.3) is refused: a percentage-formatted cell would
 * hold a fraction, so it is more likely another measure (a reading age) than a percentage to round.
 */
export const PERCENTAGE_READER: ScaleReader = {
  text(norm, find) {
    const m = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/.exec(norm);
    if (m) return percent(Number(m[1]), norm.replace(/\s+/g, ''), find);
    return isNumericText(norm) ? PERCENTAGE_READER.number(Number(norm), find) : null;
  },
  number(n, find) {
    if (n > 0 && n < 1) return percent(n * 100, `${n}`, find);
    if (wholeNumber(n) === null && n > 1 && n <= 100)
      return { reason: `${n} is not a whole percentage; type ${roundHalfUp(n)}% to round it.` };
    return percent(n, `${n}`, find);
  },
};
