// How plans name the workbook ranges they share: each scale's labels and steps, and the name lists
// that feed dropdowns.

import type { CellValue } from '../grid.js';
import { scaleRangeName } from '../scales/index.js';
import type { Scale } from '../scales/types.js';
import type { ScaleRanges } from './formulas.js';
import { norm } from './table.js';

/** The scales a plan may use: find by id, and every scale in a stable order (ScaleRegistry is one). */
export interface ScaleCatalog {
  find(id: string): Scale | undefined;
  all(): readonly Scale[];
}

/** Named range of the Pupils sheet's names (the Pupil dropdowns). */
export const PUPIL_NAMES_RANGE = 'PM_PUPILS';
/** Named range of the Interventions sheet's names (the Intervention dropdown). */
export const INTERVENTION_NAMES_RANGE = 'PM_INTERVENTIONS';
/** Named range of every scale's name on the Scales sheet (the Scale dropdowns). */
export const SCALE_NAMES_RANGE = 'PM_SCALE_NAMES';
/** Named range of the four areas of need on the Scales sheet (one has a comma, so no inline list). */
export const AREAS_RANGE = 'PM_AREAS';

/** The labels and steps ranges a scale is written as: PM_NC_SUBLEVELS and PM_NC_SUBLEVELS_STEP. */
export function scaleRanges(scale: Scale): ScaleRanges {
  const labels = scaleRangeName(scale.id);
  return { labels, steps: `${labels}_STEP` };
}

/** The scale a Scale cell names: by name or by id, case- and space-insensitively; null when none. */
export function scaleNamed(catalog: ScaleCatalog, value: CellValue): Scale | null {
  const wanted = norm(value);
  if (wanted === '') return null;
  return catalog.all().find((s) => norm(s.name) === wanted || norm(s.id) === wanted) ?? null;
}

/**
 * scaleNamed for the cells of one table: each scale's name and id are normalised once, on first use, and
 * a cell gets the first scale (in catalog order) whose name or id it names, as scaleNamed gives it.
 */
export function scaleFinder(catalog: ScaleCatalog): (value: CellValue) => Scale | null {
  let byKey: Map<string, Scale> | null = null;
  // A table names a few scales down every row: each distinct cell value is looked up once.
  const found = new Map<CellValue, Scale | null>();
  const find = (value: CellValue): Scale | null => {
    const wanted = norm(value);
    if (wanted === '') return null;
    if (!byKey) {
      byKey = new Map();
      for (const s of catalog.all())
        for (const key of [norm(s.name), norm(s.id)]) if (!byKey.has(key)) byKey.set(key, s);
    }
    return byKey.get(wanted) ?? null;
  };
  return (value) => {
    let scale = found.get(value);
    if (scale === undefined) found.set(value, (scale = find(value)));
    return scale;
  };
}

/** The label a grade cell shows for a 0-based step of a scale (null outside it). */
export function labelAt(scale: Scale, step: number): string | number | null {
  return scale.steps[step]?.label ?? null;
}
