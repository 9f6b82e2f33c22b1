// Built-in example data as plain grids: the demo workbook the CLI and the panels can offer to try provmap.

import type { Grid } from '../grid.js';
import { CLASS_LIST } from './class-list.js';
import { MESSY_TRACKER } from './messy-tracker.js';
import { SEED_PROVISION_MAP } from './seed-provision-map.js';

export { SEED_MAP_HEADER, SEED_PROVISION_MAP, SEED_PROVISION_SHEET } from './seed-provision-map.js';
export { MESSY_TRACKER, MESSY_TRACKER_SHEET } from './messy-tracker.js';
export { CLASS_LIST, CLASS_LIST_SHEET } from './class-list.js';

/** The demo workbook: the seed provision map, the tracker and the class list, as a teacher would have them. */
export function exampleWorkbook(): Grid[] {
  const copy = (g: Grid): Grid => ({
    sheet: g.sheet,
    values: g.values.map((r) => [...r]),
    merges: g.merges.map((m) => ({ ...m })),
  });
  return [copy(SEED_PROVISION_MAP), copy(MESSY_TRACKER), copy(CLASS_LIST)];
}
