// The corpus of bad inputs, each named by scenario. Every one must give a clear diagnostic or a typed error.
//
// Exports: SCENARIOS (every scenario, in a stable order) and the Scenario shape.

import { blankCellsOnly } from './blank-cells-only.js';
import { fiftyThousandCharacters, tenThousandRows } from './big-inputs.js';
import {
  duplicateInIntervention,
  duplicateTrackerRows,
  duplicateUpn,
  sameNameDifferentUpn,
} from './duplicate-pupils.js';
import { emptySheet } from './empty-sheet.js';
import { headerOnlyMap, headerOnlyTracker } from './header-only.js';
import { hiddenRows, mergedRows } from './merged-and-hidden-rows.js';
import type { Scenario } from './scenario.js';
import { seedProvisionMap } from './seed-provision-map.js';
import { formulaLookingText, htmlLookingText, rightToLeftNames, unicodeNames } from './text.js';
import { dateInGradeColumn, datesAsNumbers, mixedScales, unknownGrades } from './values.js';

export type { Scenario } from './scenario.js';

export const SCENARIOS: readonly Scenario[] = [
  emptySheet,
  blankCellsOnly,
  headerOnlyMap,
  headerOnlyTracker,
  duplicateTrackerRows,
  duplicateUpn,
  duplicateInIntervention,
  sameNameDifferentUpn,
  mergedRows,
  hiddenRows,
  tenThousandRows,
  fiftyThousandCharacters,
  unknownGrades,
  mixedScales,
  datesAsNumbers,
  dateInGradeColumn,
  unicodeNames,
  rightToLeftNames,
  formulaLookingText,
  htmlLookingText,
  seedProvisionMap,
];
