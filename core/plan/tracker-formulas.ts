// The Tracker's live formulas of one row (Latest, Latest point, Expected now, Status), built once per
// scale and given each row's number.

import { columnLetters } from '../grid.js';
import {
  trackerExpectedNow,
  trackerLatest,
  trackerLatestPoint,
  trackerStatus,
  type ScaleRanges,
} from './formulas.js';
import { RowFormula, rowCell } from './row-formula.js';

/** Where a Tracker's cells are, and the on-track tolerance of the rows' scale. */
export interface TrackerFormulaLayout {
  /** 0-based column of the first point; the target follows the last point, then Latest. */
  firstPoint: number;
  /** Number of assessment points. */
  points: number;
  /** 0-based header row (the Latest point formula refers to the point headers). */
  headerRow: number;
  tolerance: number;
}

/** Latest, Latest point, Expected now and Status of a row on a scale's ranges (null: no scale named). */
export function trackerRowFormulas(ranges: ScaleRanges | null, at: TrackerFormulaLayout): RowFormula[] {
  const target = at.firstPoint + at.points;
  const points = Array.from({ length: at.points }, (_, k) => rowCell(at.firstPoint + k));
  const headers = points.map((_, k) => `${columnLetters(at.firstPoint + k)}$${at.headerRow + 1}`);
  const base = points[0]!;
  const [targetCell, latestCell] = [rowCell(target), rowCell(target + 1)];
  return [
    trackerLatest(ranges, points),
    trackerLatestPoint(ranges, points, headers),
    trackerExpectedNow(ranges, base, targetCell, points, latestCell),
    trackerStatus(ranges, base, targetCell, points, latestCell, at.tolerance),
  ].map((f) => new RowFormula(f));
}
