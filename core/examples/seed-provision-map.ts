// The primary-class provision map from the seed guidance (third table: entry, target, exit, outcomes), laid
// out as a teacher keeps it: a title, a strategies row, then one row per intervention with one pupil per
// line inside the cells.

import type { Grid } from '../grid.js';

/** The sheet name the demo gives the teacher's provision map. */
export const SEED_PROVISION_SHEET = 'Class 3 provision';

/** The header of the seed's third provision-map table: audit, entry data and target, exit data and outcomes. */
export const SEED_MAP_HEADER: readonly string[] = [
  'Intervention',
  'Group size',
  'Frequency/\nduration',
  'Staff',
  'Pupils',
  'Entry data',
  'Intervention target',
  'Exit data',
  'Outcomes',
];

/** The seed provision map as a messy teacher sheet. The title is merged across the table. */
export const SEED_PROVISION_MAP: Grid = {
  sheet: SEED_PROVISION_SHEET,
  values: [
    ['Class 3 provision map - autumn term', null, null, null, null, null, null, null, null],
    [
      'Teaching strategies: visual timetables, peer mentoring, grouping for support, writing frames, word banks, feelings wall, worry box.',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, null, null, null, null, null],
    [...SEED_MAP_HEADER],
    [
      'Comprehension group',
      '1:6',
      '3 x 15 mins x 6 weeks',
      'HLTA',
      'Amy\nJoe\nDan\nFred\nBob\nMax',
      '2c\n2b\n2c\n2c\n2b\n2c',
      'Plus one sub-level.\nTo use expression in reading.\nTo demonstrate understanding of text in conversation.',
      '2b\n2b\n2a\n2a\n2a\n2b',
      'Positive outcomes for all except Joe.\nBehaviour is an issue',
    ],
    [
      'Numeracy',
      '1:6',
      '4 x 20 mins x 6 weeks\n(early am)',
      'HLTA',
      'Dan\nFred\nCarl\nAmy\nJane\nSara',
      '3c\n3c\n3b\n3c\n3c\n3c',
      'Plus one sub-level.\nTo be able to use multiplication facts (2, 5, 10) confidently.\nTo use the 24-hour clock.',
      '3b\n3b\n3b\n3c\n3a\n3a',
      '4/6 plus one sub-level or more. Positive outcomes.\nAmy - attendance poor.',
    ],
    [
      'Paired reading',
      '1:6',
      'Daily x 10 mins',
      'HLTA',
      'Joe',
      '2b',
      'To re-engage with text. To read with expression.',
      '2a',
      'Good progress.',
    ],
    [
      'Social skills',
      '1:6',
      '3 x 15 mins',
      'TA',
      'Carl\nJack\nTim',
      '1   2\n4   2\n3   2',
      'Leuven targets. To work on: independent targets, organisational skills, working with others.',
      '3  3\n4  4\n4  4',
      'Leuven well-being and involvement improved.',
    ],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 1, left: 0, bottom: 1, right: 8 },
  ],
};
