// Grids as a host's starting workbook: the harnesses take plain values, so dates become UK date text, as
// an MIS export saved as CSV would hold them.

import type { Grid } from '../../core/grid.js';
import type { InitialSheet } from '../../test/contract/harness.js';

/** dd/mm/yyyy, the way UK MIS exports write dates. */
function ukDate(d: Date): string {
  const iso = d.toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A grid as an InitialSheet (values copied, dates as text, merges kept). */
export function toInitialSheet(grid: Grid): InitialSheet {
  return {
    name: grid.sheet,
    values: grid.values.map((row) => row.map((v) => (v instanceof Date ? ukDate(v) : v))),
    merges: grid.merges.map((m) => ({ ...m })),
  };
}
