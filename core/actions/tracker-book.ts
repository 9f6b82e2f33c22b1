// A class's tracker: the Tracker sheet merged with what exists, every point of the year written, and
// missing targets proposed (and written, with a note) so the sheet and the report agree.

import {
  evaluateTracker,
  expectedStepsFor,
  proposeTarget,
  type TrackingEvaluation,
} from '../evaluate/index.js';
import { PlanError } from '../errors.js';
import { importSheet } from '../import/index.js';
import { a1, parseA1Range } from '../grid.js';
import type { Pupil, Tracker } from '../model/types.js';
import type { Scale } from '../scales/types.js';
import { cellOf } from '../plan/enrolment-columns.js';
import { flagCell } from '../plan/pupil-values.js';
import { SHEET } from '../plan/sheet-names.js';
import { mergeRows, norm, uniqueKeys, type GeneratedRow, type TableRow } from '../plan/table.js';
import {
  defaultPointLabels,
  nextPointLabel,
  pointLabelsFor,
  readTracker,
  TRACKER_COL,
  trackerColumns,
  trackerSheet,
} from '../plan/tracker-sheet.js';
import { trackerIdentity, trackerKey, trackerKeys } from '../plan/tracker-keys.js';
import type { PlanValue, SheetPlan } from '../plan/types.js';
import type { ActionContext } from './context.js';
import { tableGrid } from './owned-grid.js';
import { withDetails } from './pupils-book.js';

export interface TrackerBook {
  rows: TableRow[];
  extraHeaders: string[];
  pointLabels: string[];
  /** The tracker as the written sheet holds it (point labels as the sheet shows them). */
  tracker: Tracker;
  /** One per `tracker.subjects`. */
  evaluations: TrackingEvaluation[];
  /** Notes on proposed targets, by row index. */
  targetNotes: Map<number, string>;
}

/**
 * Generated rows of a tracker read from a teacher's sheet: points by position, target as given, one row
 * per subject read (keys made unique, so no row is dropped).
 */
function trackerRows(t: Tracker, ctx: ActionContext, pointCount: number): GeneratedRow[] {
  const pupils = new Map(t.pupils.map((p) => [p.id, p]));
  const keyOf = trackerKeys();
  const col = TRACKER_COL;
  const firstPoint = col.firstPoint;
  const rows = t.subjects.map((s) => {
    const p = pupils.get(s.pupilId);
    const scale = s.scaleId ? ctx.scales.find(s.scaleId) : undefined;
    // Pupil details, subject and scale; the points; the target and the four formula cells.
    const values = new Array<PlanValue>(firstPoint + pointCount + 5).fill(null);
    values[col.pupil] = p?.name ?? s.pupilId;
    values[col.upn] = p?.upn ?? null;
    values[col.group] = p?.group ?? null;
    values[col.sen] = p?.sen ?? null;
    values[col.pp] = flagCell(p?.pp ?? null);
    values[col.eal] = flagCell(p?.eal ?? null);
    values[col.subject] = s.subject;
    values[col.scale] = scale?.name ?? null;
    for (let k = 0; k < pointCount; k++) values[firstPoint + k] = s.points[k]?.label ?? null;
    values[firstPoint + pointCount] = s.target?.label ?? null;
    return { key: keyOf(values), values };
  });
  return uniqueKeys(rows);
}

/** The note on a proposed target: how it was worked out. */
function proposalNote(scale: Scale, pupil: Pupil | undefined, settings: ActionContext['settings']): string {
  const steps = expectedStepsFor(scale, pupil, settings);
  return `Proposed by provmap: the baseline plus ${steps} ${scale.stepName}${steps === 1 ? '' : 's'} expected in a year. Change it if you know better.`;
}

/**
 * Merges a freshly read tracker (or nothing, to refresh) into the Tracker sheet that exists; `addPoint`
 * adds one assessment point (a label, or true for the next "APn"). Null when there is no tracker at all.
 */
export function buildTrackerBook(
  ctx: ActionContext,
  source: Tracker | null,
  addPoint?: string | true,
  details: readonly Pupil[] = [],
): TrackerBook | null {
  const existing = readTracker(ctx.grid(SHEET.tracker));
  if (!existing && !source) return null;
  const given = [...(existing?.pointLabels ?? [])];
  given.push(...(source?.pointLabels ?? []).slice(given.length));
  const pointLabels = pointLabelsFor(given, ctx.settings.assessmentPointsPerYear);
  if (addPoint !== undefined) {
    const label = addPoint === true ? nextPointLabel(pointLabels) : addPoint.trim();
    if (label === '') throw new PlanError('An assessment point needs a name, such as "AP6" or "Summer 2".');
    // A point that is already there is not added twice, so adding "Summer 2" again changes nothing.
    if (!pointLabels.some((l) => norm(l) === norm(label))) pointLabels.push(label);
  }
  const n = pointLabels.length;
  const columns = trackerColumns(pointLabels);
  const merged = mergeRows(columns, source ? trackerRows(source, ctx, n) : [], existing?.table ?? null, {
    keyOf: trackerKey,
    identify: trackerIdentity,
  });
  const rows = merged.rows;

  // Read back what will be written, with point headers any reader knows, so cells and positions agree.
  const headers = trackerColumns(defaultPointLabels(n)).map((c) => c.header);
  const read = importSheet(tableGrid(SHEET.tracker, [], columns, rows, merged.extraHeaders, headers), {
    kind: 'tracking',
    scales: ctx.scales,
    settings: ctx.settings,
  });
  if (read.kind !== 'tracking') throw new Error('unreachable: forced tracking import');
  ctx.diagnostics.push(...read.diagnostics);
  // The Tracker has no year column: a pupil's year (and so key stage) comes from the source or Pupils sheet.
  const pupilDetails = withDetails(read.tracker.pupils, [...(source?.pupils ?? []), ...details]);
  const tracker: Tracker = { ...read.tracker, pupils: pupilDetails, pointLabels };
  const evaluations = evaluateTracker(tracker, ctx.scales, ctx.settings);

  const targetCol = TRACKER_COL.firstPoint + n;
  const pupils = new Map(tracker.pupils.map((p) => [p.id, p]));
  const targetNotes = new Map<number, string>();
  tracker.subjects.forEach((s, i) => {
    const ev = evaluations[i]!;
    const scale = s.scaleId ? ctx.scales.find(s.scaleId) : undefined;
    const row = s.source ? parseA1Range(s.source.cell).top - 1 : -1;
    if (!scale || !ev.baseline || row < 0 || row >= rows.length) return;
    const pupil = pupils.get(s.pupilId);
    const proposal = proposeTarget(ev.baseline, scale, pupil, ctx.settings);
    const cell = rows[row]!.values;
    if (ev.targetProposed && cellOf(cell[targetCol]) === null) {
      cell[targetCol] = proposal.label;
      targetNotes.set(row, proposalNote(scale, pupil, ctx.settings));
      ctx.diagnostics.push({
        sheet: SHEET.tracker,
        cell: a1(row + 1, targetCol),
        code: 'TARGET_PROPOSED',
        severity: 'info',
        message: `${pupil?.name ?? s.pupilId} had no ${s.subject} target, so ${proposal.label} was proposed from expected progress.`,
        hint: 'Check the proposed target and change it if you know better.',
      });
    } else if (ev.targetProposed) {
      // The cell holds something that is not a grade: the sheet's formulas see no target, and so does the report.
      evaluations[i] = {
        ...ev,
        target: null,
        targetProposed: false,
        expected: null,
        expectedGrade: null,
        diff: null,
        status: 'no data',
      };
    } else if (norm(cellOf(cell[targetCol])) === norm(proposal.label))
      targetNotes.set(row, proposalNote(scale, pupil, ctx.settings));
  });
  return { rows, extraHeaders: merged.extraHeaders, pointLabels, tracker, evaluations, targetNotes };
}

/** The Tracker sheet plan of a book. */
export function trackerSheets(ctx: ActionContext, book: TrackerBook): SheetPlan {
  return trackerSheet({
    rows: book.rows,
    extraHeaders: book.extraHeaders,
    pointLabels: book.pointLabels,
    catalog: ctx.scales,
    settings: ctx.settings,
    targetNotes: book.targetNotes,
  });
}
