// Merged blocks down the rows of an intervention, and rows a teacher hid or filtered out.

import { MAP_HEADER, TRACKER_HEADER, trackerRow, type Scenario } from './scenario.js';

export const mergedRows: Scenario = {
  name: 'merged-rows',
  about: 'One pupil per row, the intervention, ratio, schedule, staff and target merged down its rows.',
  grid: () => ({
    sheet: 'Class 5 provision',
    values: [
      ['Class 5 provision map'],
      [...MAP_HEADER.slice(0, 4), 'Pupil', ...MAP_HEADER.slice(5)],
      [
        'Numeracy',
        '1:6',
        '4 x 20 mins x 6 weeks',
        'HLTA',
        'Dan',
        '3c',
        'Plus one sub-level.',
        '3b',
        'Good progress.',
      ],
      [null, null, null, null, 'Fred', '3c', null, '3b', null],
      [null, null, null, null, 'Carl', '3b', null, '3b', null],
      [
        'Paired reading',
        '1:6',
        'Daily x 10 mins x 6 weeks',
        'HLTA',
        'Joe',
        '2b',
        'Plus one sub-level.',
        '2a',
        null,
      ],
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 8 },
      ...[0, 1, 2, 3, 6, 8].map((col) => ({ top: 2, left: col, bottom: 4, right: col })),
    ],
  }),
  expect: { pupils: 4, names: ['Dan', 'Fred', 'Carl', 'Joe'] },
};

export const hiddenRows: Scenario = {
  name: 'hidden-rows',
  about:
    'Rows a teacher hid or filtered out still reach provmap (hosts read every row); none is dropped for being out of sight.',
  grid: () => ({
    sheet: 'Reading tracker',
    // Rows 3 and 4 are the hidden ones in the teacher's sheet: a grid carries them like any other row.
    values: [
      TRACKER_HEADER,
      trackerRow('Amy'),
      trackerRow('Hidden One'),
      trackerRow('Hidden Two'),
      trackerRow('Zed'),
    ],
    merges: [],
  }),
  expect: { pupils: 4, names: ['Amy', 'Hidden One', 'Hidden Two', 'Zed'] },
};
