// Re-evaluate: rewrite the formulas, validation and formats of every provmap sheet, keeping their values.

import { SHEET } from '../plan/sheet-names.js';
import { buildClassWorkbook, classParts } from './class-workbook.js';
import { actionContext } from './context.js';
import { assemblePlan, type PlanParts } from './plan-assembly.js';
import { actionReport } from './report-builder.js';
import { reviewItems, reviewPlanSheet } from './review-book.js';
import { buildSchoolBook, schoolParts } from './school-book.js';
import { provisionSummaryParts } from './summary-parts.js';
import type { ActionInput, ActionResult } from './types.js';

/**
 * Rebuilds every owned sheet the workbook has from what it holds now: rows and values people typed stay,
 * provmap's formulas, dropdowns, colours and records are written afresh. Writes nothing new.
 */
export function reevaluate(i: ActionInput): ActionResult {
  const ctx = actionContext(i);
  const book = buildClassWorkbook(ctx);
  const parts: PlanParts[] = [
    classParts(ctx, book, {
      provision: book.provision !== null,
      tracker: book.tracker !== null,
      pupils: ctx.grid(SHEET.pupils) !== null || book.provision !== null || book.tracker !== null,
    }),
  ];
  const school = buildSchoolBook(ctx, []);
  if (school) parts.push(schoolParts(ctx, school));
  else if (book.provision && ctx.grid(SHEET.summary))
    parts.push(provisionSummaryParts(ctx, book.provision, book.pupils.pupils));
  if (ctx.grid(SHEET.review)) {
    const items = reviewItems(ctx, {
      provision: book.provision,
      tracker: book.tracker,
      school,
      pupils: book.pupils.pupils,
    });
    parts.push({ sheets: [reviewPlanSheet(ctx, items)], namedRanges: [], scaleIds: null });
  }
  const active = book.provision
    ? SHEET.provisionMap
    : book.tracker
      ? SHEET.tracker
      : school
        ? SHEET.summary
        : null;
  return {
    plan: assemblePlan(ctx, parts, active),
    report: actionReport(ctx, {
      provision: book.provision,
      tracker: book.tracker,
      school,
      pupils: book.pupils.pupils,
    }),
  };
}
