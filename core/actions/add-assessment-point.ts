// Add an assessment point: one more point column on the Tracker, before its target.

import { PlanError } from '../errors.js';
import { SHEET } from '../plan/sheet-names.js';
import { buildClassWorkbook, classParts } from './class-workbook.js';
import { actionContext } from './context.js';
import { assemblePlan } from './plan-assembly.js';
import { actionReport } from './report-builder.js';
import type { ActionInput, ActionResult } from './types.js';

/**
 * Adds one assessment point to the Tracker (named `label`, else the next "APn"); every value stays where
 * it belongs and the expected line is recalculated over the new number of points. A label the Tracker
 * already has adds nothing (so the action can be repeated safely). Throws PlanError when there is no
 * Tracker, or the label is blank.
 */
export function addAssessmentPoint(i: ActionInput & { label?: string }): ActionResult {
  const ctx = actionContext(i);
  if (!ctx.grid(SHEET.tracker))
    throw new PlanError('There is no Tracker sheet to add an assessment point to. Set up a tracker first.');
  const book = buildClassWorkbook(ctx, { addPoint: i.label ?? true });
  return {
    plan: assemblePlan(
      ctx,
      [classParts(ctx, book, { provision: false, tracker: true, pupils: false })],
      SHEET.tracker,
    ),
    report: actionReport(ctx, { tracker: book.tracker, pupils: book.pupils.pupils }),
  };
}
