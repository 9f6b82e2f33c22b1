// The class's own pupil list, as a teacher keeps one beside the provision map: SEN status, pupil premium
// and EAL for each child, which the leaders' figures by group are made from.

import type { Grid } from '../grid.js';

/** The sheet name the demo gives the class list. */
export const CLASS_LIST_SHEET = 'Class list';

/** The eleven children of the seed provision map, with the details a school MIS would give. */
export const CLASS_LIST: Grid = {
  sheet: CLASS_LIST_SHEET,
  values: [
    ['Pupil', 'Year', 'Class', 'SEN Status', 'Pupil Premium', 'EAL'],
    ['Amy', 3, '3', 'K - SEN Support', 'Y', 'N'],
    ['Joe', 3, '3', 'K - SEN Support', 'N', 'N'],
    ['Dan', 3, '3', 'N', 'Y', 'Y'],
    ['Fred', 3, '3', 'E - EHC Plan', 'N', 'N'],
    ['Bob', 3, '3', 'N', 'N', 'N'],
    ['Max', 3, '3', 'K - SEN Support', 'Y', 'N'],
    ['Carl', 3, '3', 'N', 'N', 'Y'],
    ['Jane', 3, '3', 'N', 'N', 'N'],
    ['Sara', 3, '3', 'N', 'Y', 'Y'],
    ['Jack', 3, '3', 'K - SEN Support', 'Y', 'N'],
    ['Tim', 3, '3', 'N', 'N', 'N'],
  ],
  merges: [],
};
