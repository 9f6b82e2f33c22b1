// Values that are not what the column expects: unknown grades, two scales in a column, dates.

import { TRACKER_HEADER, trackerRow, type Scenario } from './scenario.js';

export const unknownGrades: Scenario = {
  name: 'unknown-grades',
  about: 'Grades no scale knows: a typo, a level that does not exist, a word.',
  grid: () => ({
    sheet: 'Reading tracker',
    values: [
      TRACKER_HEADER,
      trackerRow('Amy', ['2c', '2bb', '2a']),
      trackerRow('Joe', ['2c', '9z', 'good']),
      trackerRow('Dan', ['2c', '2b', '2a']),
    ],
    merges: [],
  }),
  expect: {
    diagnostics: [
      { code: 'UNKNOWN_GRADE', cell: 'G2' },
      { code: 'UNKNOWN_GRADE', cell: 'G3' },
      { code: 'UNKNOWN_GRADE', cell: 'H3' },
    ],
    pupils: 3,
  },
};

export const mixedScales: Scenario = {
  name: 'mixed-scales',
  about: 'One column holding NC sub-levels for most pupils and reading ages for one.',
  grid: () => ({
    sheet: 'Reading tracker',
    values: [
      TRACKER_HEADER,
      trackerRow('Amy'),
      trackerRow('Joe'),
      trackerRow('Dan'),
      trackerRow('Fred', ['7y 3m', '7y 6m', '7y 9m']),
    ],
    merges: [],
  }),
  expect: { diagnostics: [{ code: 'MIXED_SCALES' }], pupils: 4 },
};

export const datesAsNumbers: Scenario = {
  name: 'dates-as-numbers',
  about:
    'Dates of birth as spreadsheet serial numbers and as text, one that is no date, and a date typed into a grade.',
  grid: () => ({
    sheet: 'Class list',
    values: [
      ['Legal Surname', 'Forename', 'DOB', 'Year Group'],
      ['Bell', 'Amy', 42_866, 'Year 3'],
      ['Khan', 'Joe', '04/03/2016', 'Year 3'],
      ['Cole', 'Dan', 'next Tuesday', 'Year 3'],
      ['Hill', 'Fred', new Date(Date.UTC(2016, 5, 30)), 'Year 3'],
    ],
    merges: [],
  }),
  expect: { diagnostics: [{ code: 'UNKNOWN_DATE', cell: 'C4' }], pupils: 4 },
};

export const dateInGradeColumn: Scenario = {
  name: 'date-in-grade-column',
  about: 'A spreadsheet turned "3/4" into a date in a grade column.',
  grid: () => ({
    sheet: 'Maths tracker',
    values: [
      TRACKER_HEADER,
      trackerRow('Amy', ['2c', new Date(Date.UTC(2025, 3, 3)), '2a']),
      trackerRow('Joe'),
    ],
    merges: [],
  }),
  expect: { diagnostics: [{ code: 'UNKNOWN_GRADE', cell: 'G2' }], pupils: 2 },
};
