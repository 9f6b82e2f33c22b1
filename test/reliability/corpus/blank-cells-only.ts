// A sheet whose cells hold only spaces and empty text, as a cleared-out template does.

import type { Scenario } from './scenario.js';

export const blankCellsOnly: Scenario = {
  name: 'blank-cells-only',
  about: 'Cells holding only spaces, empty text and line breaks.',
  grid: () => ({
    sheet: 'Template',
    values: [
      [null, ' ', ''],
      ['\n', null, '   '],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  }),
  expect: { error: 'NO_TABLE_FOUND' },
};
