// One provision map for the whole school: every class's map, one under another, as a SENCO who keeps a
// single school map has it.

import type { Grid, MergedRange } from '../../core/grid.js';
import { PROVISION_PREAMBLE_ROWS } from './provision-map.js';

/** The sheet the whole-school map is on. */
export const WHOLE_SCHOOL_MAP_SHEET = 'Whole school provision';

/**
 * The class maps' intervention rows under one title and header (the first map's), merges moved with their
 * rows. The maps must share a layout. A name written in two classes reads as one pupil, as it would in a
 * school's own single map without a class column.
 */
export function wholeSchoolMapGrid(maps: readonly Grid[], title: string): Grid {
  const first = maps[0];
  if (!first) throw new Error('wholeSchoolMapGrid needs at least one class map');
  const bodyFrom = PROVISION_PREAMBLE_ROWS + 1;
  const head = first.values.slice(0, bodyFrom).map((row) => [...row]);
  head[0]![0] = title;
  const values = [...head];
  const merges: MergedRange[] = first.merges.filter((m) => m.bottom < bodyFrom).map((m) => ({ ...m }));
  for (const map of maps) {
    const shift = values.length - bodyFrom;
    for (const row of map.values.slice(bodyFrom)) values.push([...row]);
    for (const m of map.merges)
      if (m.top >= bodyFrom) merges.push({ ...m, top: m.top + shift, bottom: m.bottom + shift });
  }
  return { sheet: WHOLE_SCHOOL_MAP_SHEET, values, merges };
}
