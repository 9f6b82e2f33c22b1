// The same child twice: in a tracker, in a class list (same UPN) and in one intervention's pupil list.

import { MAP_HEADER, TRACKER_HEADER, trackerRow, type Scenario } from './scenario.js';

export const duplicateTrackerRows: Scenario = {
  name: 'duplicate-tracker-rows',
  about: 'A pupil pasted twice into the same subject of a tracker.',
  grid: () => ({
    sheet: 'Reading tracker',
    values: [TRACKER_HEADER, trackerRow('Amy Bell'), trackerRow('Joe Khan'), trackerRow('Amy Bell')],
    merges: [],
  }),
  expect: {
    diagnostics: [{ code: 'DUPLICATE_PUPIL', cell: 'A4' }],
    pupils: 2,
    names: ['Amy Bell', 'Joe Khan'],
  },
};

export const duplicateUpn: Scenario = {
  name: 'duplicate-upn',
  about: 'A class list export with one UPN on two rows.',
  grid: () => ({
    sheet: 'Class list',
    values: [
      ['Legal Surname', 'Forename', 'UPN', 'Year Group', 'Reg Group'],
      ['Bell', 'Amy', 'B801200005001', 'Year 3', '3B'],
      ['Bell', 'Amy', 'B801200005001', 'Year 3', '3B'],
      ['Khan', 'Joe', 'A801200005002', 'Year 3', '3B'],
    ],
    merges: [],
  }),
  expect: { diagnostics: [{ code: 'DUPLICATE_PUPIL', cell: 'B3' }], pupils: 2 },
};

export const duplicateInIntervention: Scenario = {
  name: 'duplicate-in-intervention',
  about: 'One child listed twice in the same intervention cell.',
  grid: () => ({
    sheet: 'Class 3 provision',
    values: [
      MAP_HEADER,
      [
        'Numeracy',
        '1:6',
        '3 x 15 mins x 6 weeks',
        'TA',
        'Amy\nJoe\nAmy',
        '2c\n2b\n2c',
        'Plus one sub-level.',
        '2b\n2a\n2b',
        null,
      ],
    ],
    merges: [],
  }),
  expect: { diagnostics: [{ code: 'DUPLICATE_PUPIL', cell: 'E2' }], pupils: 2 },
};

export const sameNameDifferentUpn: Scenario = {
  name: 'same-name-different-upn',
  about: 'Two different children with the same name in different classes, told apart by their UPNs.',
  grid: () => ({
    sheet: 'School tracker',
    values: [
      ['Name', 'UPN', 'Class', 'Year', 'Subject', 'Baseline', 'AP1', 'Target'],
      ['Jack Mills', 'N938200122037', '2B', 2, 'Reading', '2c', '2b', '3c'],
      ['Jack Mills', 'H938200120011', '4A', 4, 'Reading', '3b', '3a', '4b'],
      ['Amy Bell', 'B801200005001', '2B', 2, 'Reading', '2c', '2b', '3c'],
    ],
    merges: [],
  }),
  expect: { pupils: 3, names: ['Jack Mills', 'Amy Bell'] },
};
