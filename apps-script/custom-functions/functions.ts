// The custom functions' logic over core scales and evaluation: positions, progress and status of grades.

import { cellText, type CellValue } from '../../core/grid.js';
import { evaluateEnrolment, position } from '../../core/evaluate/index.js';
import { parseTarget } from '../../core/import/index.js';
import type { Enrolment } from '../../core/model/types.js';
import type { Grade, Scale } from '../../core/scales/index.js';
import type { ScaleRegistry } from '../../core/scales/index.js';
import { allCells, broadcast, type CellResult, type SheetArg } from './broadcast.js';

/**
 * The scale named by `scaleArg` (an id such as "nc-sublevels", or a name such as "NC sub-levels"), or the
 * one most of `values` are on when it is left out. Null when nothing is on any scale.
 */
export function scaleFor(
  registry: ScaleRegistry,
  scaleArg: SheetArg,
  values: readonly CellValue[],
): Scale | null {
  const wanted = cellText(allCells(scaleArg)[0] ?? null);
  if (wanted !== '') {
    const key = wanted.toLowerCase();
    const found = registry.find(key) ?? registry.all().find((s) => s.name.toLowerCase() === key);
    if (!found)
      throw new Error(`Unknown scale "${wanted}". Use a scale id such as nc-sublevels or leuven-wellbeing.`);
    return found;
  }
  return registry.detect(values)?.scale ?? null;
}

function gradeOf(scale: Scale | null, v: CellValue): Grade | null {
  if (!scale) return null;
  const parsed = scale.parse(v);
  return parsed.kind === 'grade' ? parsed : null;
}

/** PROVMAP_STEPS: the 1-based position of each value on the scale (as the sheet formulas' MATCH), or blank. */
export function steps(
  registry: ScaleRegistry,
  value: SheetArg,
  scaleArg: SheetArg,
): CellResult | CellResult[][] {
  const scale = scaleFor(registry, scaleArg, allCells(value));
  return broadcast('PROVMAP_STEPS', [value], (v) => {
    const g = gradeOf(scale, v ?? null);
    return g ? position(g.step) : '';
  });
}

/** PROVMAP_PROGRESS: exit minus entry in steps, or blank unless both are on the scale. */
export function progress(
  registry: ScaleRegistry,
  entry: SheetArg,
  exit: SheetArg,
  scaleArg: SheetArg,
): CellResult | CellResult[][] {
  const scale = scaleFor(registry, scaleArg, allCells(entry, exit));
  return broadcast('PROVMAP_PROGRESS', [entry, exit], (e, x) => {
    const from = gradeOf(scale, e ?? null);
    const to = gradeOf(scale, x ?? null);
    return from && to ? to.step - from.step : '';
  });
}

/** PROVMAP_STATUS: met / partly met / not met / pending / no target, by the same rules as the sheets. */
export function status(
  registry: ScaleRegistry,
  entry: SheetArg,
  target: SheetArg,
  exit: SheetArg,
  scaleArg: SheetArg,
): CellResult | CellResult[][] {
  const scale = scaleFor(registry, scaleArg, allCells(entry, exit));
  return broadcast('PROVMAP_STATUS', [entry, target, exit], (e, t, x) => {
    const enrolment: Enrolment = {
      pupilId: '',
      interventionId: '',
      scaleId: scale?.id ?? null,
      entry: gradeOf(scale, e ?? null),
      target: parseTarget(cellText(t ?? null), scale),
      exit: gradeOf(scale, x ?? null),
      outcome: null,
      notes: null,
      source: null,
    };
    return evaluateEnrolment(enrolment, registry).status;
  });
}
