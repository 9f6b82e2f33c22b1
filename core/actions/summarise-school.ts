// Summarise: the Summary sheet from the School Map, or from the class Provision Map when there is none.

import { SHEET } from '../plan/sheet-names.js';
import { buildClassWorkbook } from './class-workbook.js';
import { actionContext } from './context.js';
import { assemblePlan } from './plan-assembly.js';
import { actionReport } from './report-builder.js';
import { buildSchoolBook, schoolSheets } from './school-book.js';
import { provisionSummaryParts } from './summary-parts.js';
import type { ActionInput, ActionResult } from './types.js';

/** Writes the Summary over the School Map (or the Provision Map); nothing else is written. */
export function summariseSchool(i: ActionInput): ActionResult {
  const ctx = actionContext(i);
  const school = buildSchoolBook(ctx, []);
  if (school) {
    const summary = schoolSheets(ctx, school).filter((s) => s.name === SHEET.summary);
    return {
      plan: assemblePlan(ctx, [{ sheets: summary, namedRanges: [], scaleIds: null }], SHEET.summary),
      report: actionReport(ctx, { school }),
    };
  }
  const book = buildClassWorkbook(ctx);
  const parts = book.provision ? [provisionSummaryParts(ctx, book.provision, book.pupils.pupils)] : [];
  return {
    plan: assemblePlan(ctx, parts, book.provision ? SHEET.summary : null),
    report: actionReport(ctx, { provision: book.provision, pupils: book.pupils.pupils }),
  };
}
