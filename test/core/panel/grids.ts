// Small hand-made sheets for the panel's core tests: a map with an unrecognised exit column, a tracker.
import type { Grid } from '../../../core/grid.js';

/** A one-row-per-pupil provision map whose exit column has a heading provmap does not know. */
export function blockMap(): Grid {
  return {
    sheet: 'Y4 maps',
    values: [
      ['Intervention', 'Pupil', 'Entry', 'Target', 'End of block', 'Comments'],
      ['Reading boost', 'Ava', '2c', '+1 sub-level', '2b', 'keen'],
      ['Reading boost', 'Ben', '2b', '+1 sub-level', '2b', ''],
      ['Reading boost', 'Cal', '2a', '+1 sub-level', null, null],
      ['Handwriting', 'Ava', '3c', 'Neater letters', '3b', null],
    ],
    merges: [],
  };
}

/** A tracker whose middle point column has a heading provmap does not know. */
export function springTracker(): Grid {
  return {
    sheet: 'Reading',
    values: [
      ['Pupil', 'Baseline', 'Spring data', 'Target'],
      ['Ava', '2c', '2a', '3c'],
      ['Ben', '2b', '2b', '3a'],
    ],
    merges: [],
  };
}

export function deepCopy(g: Grid): Grid {
  return { sheet: g.sheet, values: g.values.map((r) => [...r]), merges: g.merges.map((m) => ({ ...m })) };
}
