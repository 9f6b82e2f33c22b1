// Who a Tracker row is about, and its key: how a re-run finds each row of the sheet again.

import { cellOf } from './enrolment-columns.js';
import { rowIdentity, rowKey, rowKeys, type RowIdentity } from './row-identity.js';
import { TRACKER_COL } from './tracker-sheet.js';
import type { PlanValue } from './types.js';

/**
 * Who a Tracker row is about: the subject, and the pupil told apart by UPN and class; the scale only
 * breaks ties between two rows of one pupil and subject (well-being and involvement).
 */
export function trackerIdentity(values: readonly PlanValue[]): RowIdentity {
  return rowIdentity(
    [cellOf(values[TRACKER_COL.subject])],
    cellOf(values[TRACKER_COL.pupil]),
    cellOf(values[TRACKER_COL.upn]),
    cellOf(values[TRACKER_COL.group]),
    cellOf(values[TRACKER_COL.scale]),
  );
}

/** Key of a Tracker row: subject, pupil, UPN and class, compared loosely. */
export function trackerKey(values: readonly PlanValue[]): string {
  return trackerKeyBy(rowKey, values);
}

/** trackerKey for many rows of one tracker, each distinct cell normalised once (see rowKeys). */
export function trackerKeys(): (values: readonly PlanValue[]) => string {
  const key = rowKeys();
  return (values) => trackerKeyBy(key, values);
}

function trackerKeyBy(key: typeof rowKey, values: readonly PlanValue[]): string {
  return key(
    [cellOf(values[TRACKER_COL.subject])],
    cellOf(values[TRACKER_COL.pupil]),
    cellOf(values[TRACKER_COL.upn]),
    cellOf(values[TRACKER_COL.group]),
  );
}
