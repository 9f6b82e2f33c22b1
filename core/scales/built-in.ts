// The built-in scales, in the order a registry lists them (and breaks detection ties).

import type { ScaleDefinition } from './types.js';
import { NC_SUBLEVELS } from './nc-sublevels.js';
import { KS_TA } from './ks-ta.js';
import { GCSE_9_1, GCSE_LEGACY } from './gcse.js';
import { LEUVEN_INVOLVEMENT, LEUVEN_WELLBEING } from './leuven.js';
import { PERCENTAGE, STANDARDISED_SCORE } from './numeric.js';
import { READING_AGE } from './reading-age.js';

/** Freezes a definition, its steps and their aliases, so a caller cannot change a built-in by accident. */
function frozen(def: ScaleDefinition): ScaleDefinition {
  for (const step of def.steps) {
    if (step.aliases) Object.freeze(step.aliases);
    Object.freeze(step);
  }
  Object.freeze(def.steps);
  Object.freeze(def.expectedStepsPerYear);
  return Object.freeze(def);
}

/** Every built-in scale definition. Well-being comes before involvement: it wins a tie between them. */
export const BUILT_IN_SCALES: readonly ScaleDefinition[] = Object.freeze(
  [
    NC_SUBLEVELS,
    KS_TA,
    GCSE_9_1,
    GCSE_LEGACY,
    LEUVEN_WELLBEING,
    LEUVEN_INVOLVEMENT,
    STANDARDISED_SCORE,
    READING_AGE,
    PERCENTAGE,
  ].map(frozen),
);
