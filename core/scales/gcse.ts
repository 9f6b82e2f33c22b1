// GCSE grades: 9-1 with fine grades as steps, and the legacy letter grades A*-G and U.

import type { ScaleDefinition, ScaleStep } from './types.js';
import { wholeNumber, type ScaleReader } from './reader.js';

const UNGRADED: ScaleStep = { label: 'U', aliases: ['ungraded', 'unclassified'] };

/*
 * Every grade 1-9 has three fine grades, "-" (just into the grade), the grade itself, and "+" (secure,
 * near the next). 9+ is kept: trackers write it for a secure 9, refusing it would leave those cells
 * unreadable, and it keeps every grade three steps wide, so "a grade" is always 3 steps. Whole grades
 * are numbers so that a typed 5 matches the step 5 in lookups and in spreadsheet formulas.
 */
const FINE_GRADES: ScaleStep[] = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((g) => [
  { label: `${g}-` },
  { label: g, aliases: [`${g}=`] },
  { label: `${g}+` },
]);

/**
 * U, 1-, 1, 1+, ..., 9-, 9, 9+. 28 steps. Expected 3 steps (one whole grade) a year, the usual
 * flight-path assumption across KS3 and KS4. Tolerance 1: one fine grade below the line is on track,
 * two slightly behind, a whole grade off track.
 */
export const GCSE_9_1: ScaleDefinition = {
  id: 'gcse-9-1',
  name: 'GCSE 9-1',
  stepName: 'fine grade',
  steps: [UNGRADED, ...FINE_GRADES],
  parser: 'gcse',
  tolerance: 1,
  expectedStepsPerYear: { default: 3 },
};

/** U, G, F, E, D, C, B, A, A*. Expected one letter a year; tolerance half a letter. */
export const GCSE_LEGACY: ScaleDefinition = {
  id: 'gcse-legacy',
  name: 'GCSE A*-G',
  stepName: 'grade',
  steps: [
    UNGRADED,
    ...['G', 'F', 'E', 'D', 'C', 'B', 'A'].map((label) => ({ label })),
    { label: 'A*', aliases: ['A star', 'A-star', 'Astar'] },
  ],
  parser: 'gcse',
  tolerance: 0.5,
  expectedStepsPerYear: { default: 1 },
};

const GRADE_PREFIX = /^(?:gcse\s*)?(?:grade|gr\.?)\s*/;

/** Reads "Grade 5", "5 -", "5 +", "a *", "A star"; refuses decimal grades such as 5.5. */
export const GCSE_READER: ScaleReader = {
  text(norm, find) {
    const s = norm.replace(GRADE_PREFIX, '');
    const step = find(s) ?? find(s.replace(/\s+/g, ''));
    if (step !== undefined) return step;
    const decimal = /^(\d)\.\d+$/.exec(s);
    if (decimal && find(Number(decimal[1])) !== undefined) return decimalGrade(s);
    return null;
  },
  number(n, find) {
    const whole = wholeNumber(n);
    if (whole !== null) return find(whole) ?? null;
    if (find(Math.trunc(n)) !== undefined) return decimalGrade(String(n));
    return null;
  },
};

function decimalGrade(text: string): { reason: string } {
  const g = text.split('.')[0]!;
  return { reason: `${text} is not a grade; fine grades are written ${g}-, ${g} or ${g}+.` };
}
