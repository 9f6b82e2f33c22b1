// The Leuven scales of well-being and involvement: two scales with the same five levels.

import type { ScaleDefinition, ScaleStep } from './types.js';

const LEVELS: readonly ScaleStep[] = [
  { label: 1, aliases: ['level 1', 'extremely low', 'very low'] },
  { label: 2, aliases: ['level 2', 'low'] },
  { label: 3, aliases: ['level 3', 'moderate'] },
  { label: 4, aliases: ['level 4', 'high'] },
  { label: 5, aliases: ['level 5', 'extremely high', 'very high'] },
];

/*
 * Expected 1 level a year: a pupil in an emotional-wellbeing intervention is expected to move up a
 * level over the year; settings override. Tolerance 0.5: the same level as the line is on track, one
 * level below is slightly behind.
 */

/** Leuven well-being, 1 (extremely low) to 5 (extremely high). */
export const LEUVEN_WELLBEING: ScaleDefinition = {
  id: 'leuven-wellbeing',
  name: 'Leuven well-being',
  stepName: 'level',
  steps: LEVELS,
  parser: 'integer',
  tolerance: 0.5,
  expectedStepsPerYear: { default: 1 },
};

/** Leuven involvement, 1 (extremely low) to 5 (extremely high). */
export const LEUVEN_INVOLVEMENT: ScaleDefinition = {
  ...LEUVEN_WELLBEING,
  id: 'leuven-involvement',
  name: 'Leuven involvement',
};
