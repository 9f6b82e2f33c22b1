// Size limits: a 12,000-row tracker, and cells at and past the 50,000 characters a Sheets cell can hold.

import { generateSchool, schoolTrackerGrid } from '../../../bench/generate/index.js';
import { TRACKER_HEADER, trackerRow, type Scenario } from './scenario.js';

export const tenThousandRows: Scenario = {
  name: 'ten-thousand-rows',
  about: 'A whole-school tracker of 1,200 pupils x 10 subjects: 12,002 rows with the usual slips.',
  grid: () => schoolTrackerGrid(generateSchool({ seed: 2024, pupils: 1200 })).grid,
  expect: { pupils: 1200 },
};

export const fiftyThousandCharacters: Scenario = {
  name: 'fifty-thousand-characters',
  about: 'A 50,000-character note (the limit, kept) and a 50,001-character name (over it, reported).',
  grid: () => ({
    sheet: 'Reading tracker',
    values: [
      [...TRACKER_HEADER, 'Notes'],
      [...trackerRow('Amy'), 'n'.repeat(50_000)],
      [...trackerRow('x'.repeat(50_001)), null],
      [...trackerRow('Joe'), null],
    ],
    merges: [],
  }),
  expect: { diagnostics: [{ code: 'CELL_TOO_LONG', cell: 'A3' }], names: ['Amy', 'Joe'] },
};
