// Which columns of a sheet are provmap's: the one rule every host uses to leave a teacher's own columns be.

import { PlanError } from '../errors.js';
import { parseA1Range, type MergedRange } from '../grid.js';
import type { SheetPlan } from './types.js';

/**
 * Every A1 range a sheet plan styles, formats, validates, protects or notes (values and widths aside), as
 * rectangles. Throws PlanError for a range that is not A1.
 */
export function formattedRanges(plan: SheetPlan): MergedRange[] {
  const at = (range: string): MergedRange => {
    try {
      return parseA1Range(range);
    } catch {
      throw new PlanError(`${plan.name}: "${range}" is not an A1 range.`);
    }
  };
  return [
    ...plan.styles.map((s) => at(s.range)),
    ...plan.numberFormats.map((f) => at(f.range)),
    ...plan.validations.map((v) => at(v.range)),
    ...plan.conditionalFormats.map((c) => at(c.range)),
    ...plan.protections.map((p) => at(p.range)),
    ...plan.notes.map((n) => at(n.cell)),
  ];
}

/**
 * How many columns, from A, provmap owns on a sheet. On an existing sheet a host clears and rewrites
 * formats, validation, notes and widths only there; right of them a column a teacher added keeps its own,
 * and only its values travel in the plan (core carries them, with at most the header row's style).
 *
 * A plan that says (`plan.ownedColumns`, set where core lays out a table) owns at least that many; and
 * always every column it styles, formats, validates, protects or notes below its frozen header rows. A
 * plan that says nothing and has nothing below its header rows owns every column it touches, or else
 * every column it fills. Throws PlanError for a range that is not A1.
 */
export function ownedColumns(plan: SheetPlan): number {
  let below = 0;
  let any = 0;
  for (const r of formattedRanges(plan)) {
    any = Math.max(any, r.right + 1);
    if (r.bottom >= plan.frozenRows) below = Math.max(below, r.right + 1);
  }
  const declared = plan.ownedColumns;
  if (declared !== undefined && Number.isInteger(declared) && declared > 0) return Math.max(declared, below);
  if (below > 0) return below;
  if (any > 0) return any;
  return plan.values.reduce((w, row) => Math.max(w, row.length), 1);
}
