// The Summary of a class workbook (no School Map): live over the Provision Map, groups as at the last run.

import type { Pupil } from '../model/types.js';
import { ENROLMENT_COL, PROVISION_MAP_COL, PROVISION_MAP_PREAMBLE_ROWS } from '../plan/enrolment-columns.js';
import { geometry } from '../plan/sheet-builder.js';
import { SHEET } from '../plan/sheet-names.js';
import { summarySheet } from '../plan/summary-sheet.js';
import { summarise } from '../summary/index.js';
import type { ActionContext } from './context.js';
import type { PlanParts } from './plan-assembly.js';
import { SHEET_RATES, type ProvisionBook } from './provision-book.js';
import { distinctPupils, PupilRoster } from './pupil-roster.js';

/**
 * The Summary over a class's Provision Map. The map has no SEN, PP or year columns (and its Class column
 * may be blank), so figures by group are written as at the last run (from the Pupils sheet); everything
 * else is live, with pupils told apart by name, class and UPN.
 */
export function provisionSummaryParts(
  ctx: ActionContext,
  book: ProvisionBook,
  pupils: readonly Pupil[],
): PlanParts {
  const details = new PupilRoster(distinctPupils(pupils).pupils);
  const map = {
    ...book.map,
    pupils: book.map.pupils.map((p) => {
      const d = details.lookup(p);
      return d ? { ...d, id: p.id, name: p.name } : p;
    }),
  };
  const summary = summarise(
    map,
    ctx.scales,
    { ...SHEET_RATES, currency: ctx.settings.currency },
    { today: ctx.today },
  );
  const sheet = summarySheet({
    summary,
    interventions: map.interventions,
    groupFilters: summary.byGroup.map(() => null),
    source: {
      sheet: SHEET.provisionMap,
      geometry: geometry(PROVISION_MAP_PREAMBLE_ROWS, book.rows.length),
      intervention: ENROLMENT_COL.intervention,
      area: ENROLMENT_COL.area,
      pupil: ENROLMENT_COL.pupil,
      progress: ENROLMENT_COL.progress,
      status: ENROLMENT_COL.status,
      identity: [PROVISION_MAP_COL.group, PROVISION_MAP_COL.upn],
    },
    currency: ctx.settings.currency,
  });
  return { sheets: [sheet], namedRanges: [], scaleIds: null };
}
