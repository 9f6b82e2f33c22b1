// Review: the pupil progress review sheet, from the class's maps and tracker (or the School Map).

import { SHEET } from '../plan/sheet-names.js';
import { buildClassWorkbook } from './class-workbook.js';
import { actionContext } from './context.js';
import { assemblePlan } from './plan-assembly.js';
import { actionReport } from './report-builder.js';
import { reviewItems, reviewPlanSheet } from './review-book.js';
import { buildSchoolBook } from './school-book.js';
import type { ActionInput, ActionResult } from './types.js';

/**
 * Writes the Review sheet: pupils off track or slightly behind, and enrolments not met, partly met or
 * pending after their end date. Decisions, next steps, owners and dates people typed are kept.
 */
export function reviewProgress(i: ActionInput): ActionResult {
  const ctx = actionContext(i);
  const book = buildClassWorkbook(ctx);
  const school = book.provision || book.tracker ? null : buildSchoolBook(ctx, []);
  const items = reviewItems(ctx, {
    provision: book.provision,
    tracker: book.tracker,
    school,
    pupils: book.pupils.pupils,
  });
  return {
    plan: assemblePlan(
      ctx,
      [{ sheets: [reviewPlanSheet(ctx, items)], namedRanges: [], scaleIds: null }],
      SHEET.review,
    ),
    report: actionReport(ctx, {
      provision: book.provision,
      tracker: book.tracker,
      school,
      pupils: book.pupils.pupils,
    }),
  };
}
