// A small progress tracker as teachers keep them: a title, MIS-style pupil columns, mixed spellings of
// grades ("3C", "2b "), an absence and a blank.

import type { Grid } from '../grid.js';

/** The sheet name the demo gives the teacher's tracker. */
export const MESSY_TRACKER_SHEET = 'Class 3 reading';

/** A reading tracker on NC sub-levels with a baseline, two assessment points and a target. */
export const MESSY_TRACKER: Grid = {
  sheet: MESSY_TRACKER_SHEET,
  values: [
    ['Class 3 reading tracker 2024-25', null, null, null, null, null, null, null, null],
    ['Name', 'Year', 'SEN', 'PP', 'Subject', 'Baseline', 'Autumn 2', 'Spring 1', 'Target'],
    ['Amy', 3, 'K', 'Y', 'Reading', '2c', '2b', '2a', '3c'],
    ['Joe', 3, 'K', 'N', 'Reading', '2b', '2b ', 'abs', '3b'],
    ['Dan', 3, 'N', 'Y', 'Reading', '2c', '2a', '3C', '3c'],
    ['Fred', 3, 'E', 'N', 'Reading', '2c', '2c', '2b', '3b'],
    ['Bob', 3, 'N', 'N', 'Reading', '2b', '2a', '3c', '3b'],
    ['Max', 3, 'K', 'Y', 'Reading', '2c', '2b', null, '3c'],
    ['Jane', 3, 'N', 'N', 'Reading', '3c', '3b', '3a', '4c'],
    ['Sara', 3, 'N', 'Y', 'Reading', '3c', '3c', '3b', '4c'],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 8 }],
};
