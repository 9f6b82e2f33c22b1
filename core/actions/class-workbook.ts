// A class workbook: Provision Map + Interventions, Tracker and Pupils built together (they share pupils,
// records and scales), then written as one plan.

import type { ClassList, ProvisionMap, Tracker } from '../model/types.js';
import { INTERVENTION_COL } from '../plan/interventions-sheet.js';
import { provisionRecords } from '../plan/provision-record.js';
import { INTERVENTION_NAMES_RANGE } from '../plan/scale-ranges.js';
import { absoluteColumnRange, geometry } from '../plan/sheet-builder.js';
import { SHEET } from '../plan/sheet-names.js';
import { TRACKER_COL } from '../plan/tracker-sheet.js';
import { scaleIdsOf } from '../plan/enrolment-columns.js';
import type { NamedRangePlan, SheetPlan } from '../plan/types.js';
import type { ActionContext } from './context.js';
import type { PlanParts } from './plan-assembly.js';
import {
  buildProvisionBook,
  provisionScaleIds,
  provisionSheets,
  type ProvisionBook,
} from './provision-book.js';
import { buildPupilsBook, pupilsOnSheet, pupilsSheets, type PupilsBook } from './pupils-book.js';
import { buildTrackerBook, trackerSheets, type TrackerBook } from './tracker-book.js';

/** What was freshly read from a teacher's sheet, if anything. */
export interface ClassSources {
  provision?: ProvisionMap | null;
  tracker?: Tracker | null;
  classList?: ClassList | null;
  /** Add one assessment point to the Tracker: a label, or true for the next "APn". */
  addPoint?: string | true;
}

export interface ClassWorkbook {
  provision: ProvisionBook | null;
  tracker: TrackerBook | null;
  pupils: PupilsBook;
}

/** Builds every class book that has a source or an existing sheet. */
export function buildClassWorkbook(ctx: ActionContext, sources: ClassSources = {}): ClassWorkbook {
  const provision = buildProvisionBook(ctx, sources.provision ?? null);
  const known = pupilsOnSheet(ctx);
  const tracker = buildTrackerBook(ctx, sources.tracker ?? null, sources.addPoint, [
    ...(sources.classList?.pupils ?? []),
    ...known,
  ]);
  // Records are keyed by Pupil.id of the map's pupils, so each goes to the child it belongs to.
  const records = provision && {
    pupils: provision.map.pupils,
    records: provisionRecords(
      provision.map.enrolments.map((enrolment, i) => ({
        enrolment,
        status: provision.evaluation.enrolments[i]!.status,
      })),
      provision.map.interventions,
      ctx.scales,
    ),
  };
  const pupils = [...(sources.classList?.pupils ?? []), ...(tracker?.tracker.pupils ?? [])];
  return { provision, tracker, pupils: buildPupilsBook(ctx, pupils, records) };
}

/** Which sheets of a class workbook a plan writes. */
export interface ClassOutput {
  provision: boolean;
  tracker: boolean;
  pupils: boolean;
}

/** The chosen class sheets (those that exist), with the named ranges and scales they use. */
export function classParts(ctx: ActionContext, book: ClassWorkbook, out: ClassOutput): PlanParts {
  const sheets: SheetPlan[] = [];
  const namedRanges: NamedRangePlan[] = [];
  if (out.provision && book.provision) {
    sheets.push(...provisionSheets(ctx, book.provision));
    const names = absoluteColumnRange(
      geometry(0, book.provision.interventionRows.length),
      INTERVENTION_COL.intervention,
    );
    namedRanges.push({
      name: INTERVENTION_NAMES_RANGE,
      sheet: SHEET.interventions,
      range: names ?? '$A$2:$A$2',
    });
  }
  if (out.pupils) {
    const p = pupilsSheets(book.pupils);
    sheets.push(p.sheet);
    namedRanges.push(p.namedRange);
  }
  if (out.tracker && book.tracker) sheets.push(trackerSheets(ctx, book.tracker));
  const ids = [
    ...(out.provision && book.provision ? provisionScaleIds(ctx, book.provision) : []),
    ...(out.tracker && book.tracker ? scaleIdsOf(book.tracker.rows, TRACKER_COL.scale, ctx.scales) : []),
  ];
  return { sheets, namedRanges, scaleIds: sheets.length > 0 ? ids : null };
}
