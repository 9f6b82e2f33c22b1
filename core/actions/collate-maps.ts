// Collate: class maps -> the School Map and the Summary for leaders.

import { SHEET } from '../plan/sheet-names.js';
import { actionContext } from './context.js';
import { assemblePlan } from './plan-assembly.js';
import { actionReport } from './report-builder.js';
import { buildSchoolBook, schoolParts, type MapSource } from './school-book.js';
import type { ActionInput, ActionResult } from './types.js';

/**
 * Collates class maps into the School Map and writes the Summary. Resumable: an existing School Map is the
 * starting point, and each map collated again has its rows replaced (columns people added travel with
 * their rows). Throws NoTableFoundError for a map with no provision table.
 */
export function collateMaps(i: ActionInput & { maps: readonly MapSource[] }): ActionResult {
  const ctx = actionContext(i);
  const school = buildSchoolBook(ctx, i.maps);
  const parts = school ? [schoolParts(ctx, school)] : [];
  return {
    plan: assemblePlan(ctx, parts, school ? SHEET.summary : null),
    report: actionReport(ctx, { school }),
  };
}
