// A whole synthetic school as the sheets a SENCO would collect: every class's provision map and tracker,
// and the MIS class list.

import type { Grid } from '../../core/grid.js';
import { classListGrid } from './class-list.js';
import { provisionMapGrid, type ProvisionOptions } from './provision-map.js';
import { generateSchool, type SchoolOptions, type SyntheticSchool } from './school.js';
import { classTrackerGrid, type TrackerOptions } from './tracker.js';

/** A school and the sheets it keeps. */
export interface SchoolWorkbook {
  school: SyntheticSchool;
  classList: Grid;
  /** One per class, in class order. */
  provisionMaps: Grid[];
  /** One per class, in class order. */
  trackers: Grid[];
}

/** Generates a school and every sheet it keeps. */
export function schoolWorkbook(
  options: SchoolOptions,
  sheets: { provision?: ProvisionOptions; tracker?: TrackerOptions } = {},
): SchoolWorkbook {
  const school = generateSchool(options);
  return {
    school,
    classList: classListGrid(school),
    provisionMaps: school.classes.map((c) => provisionMapGrid(school, c, sheets.provision)),
    trackers: school.classes.map((c) => classTrackerGrid(school, c, sheets.tracker).grid),
  };
}
