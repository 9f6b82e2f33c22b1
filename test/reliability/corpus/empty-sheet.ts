// A sheet with nothing on it: a typed "no table" error, never a crash.

import type { Scenario } from './scenario.js';

export const emptySheet: Scenario = {
  name: 'empty-sheet',
  about: 'An empty sheet (no rows at all).',
  grid: () => ({ sheet: 'Sheet1', values: [], merges: [] }),
  expect: { error: 'NO_TABLE_FOUND' },
};
