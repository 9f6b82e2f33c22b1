// What the Summary's live formulas read: the collated rows' columns as ranges, and the impact table.

import { a1Range, quoteSheet } from '../grid.js';
import type { Intervention } from '../model/types.js';
import type { Summary } from '../summary/index.js';
import { countWhere } from './formulas.js';
import { absoluteColumnRange, type TableGeometry } from './sheet-builder.js';

/** The rows the live figures are worked out over, and where their columns are. */
export interface SummarySource {
  sheet: string;
  geometry: TableGeometry;
  intervention: number;
  area: number;
  pupil: number;
  progress: number;
  status: number;
  /** Columns that, with the pupil's name, tell pupils apart (class and UPN on the School Map). */
  identity: readonly number[];
}

/** Where a group's pupils are found: rows whose `column` holds one of `values`. */
export interface GroupFilter {
  column: number;
  values: readonly (string | number)[];
}

export interface SummaryInput {
  summary: Summary;
  /** The interventions, in the order of `summary.byIntervention`. */
  interventions: readonly Intervention[];
  /** For each of `summary.byGroup`, how to find its rows; null writes the figures as at the last run. */
  groupFilters: readonly (GroupFilter | null)[];
  source: SummarySource;
  currency: string;
}

/** The source columns as sheet-qualified absolute ranges (null when the source has no rows). */
export interface SummaryRanges {
  range(col: number): string | null;
  intervention: string;
  pupil: string;
  progress: string;
  status: string;
  /** Ranges that tell pupils apart, the pupil's name first. */
  keys: string[];
  /** False when the source has no rows: figures are then written as at the last run. */
  live: boolean;
  /** Rows with an outcome (met, partly met or not met) where the conditions hold. */
  outcomes(conditions: readonly string[]): string;
}

export function summaryRanges(source: SummarySource): SummaryRanges {
  const range = (col: number): string | null => {
    const r = absoluteColumnRange(source.geometry, col);
    return r ? `${quoteSheet(source.sheet)}!${r}` : null;
  };
  const [intervention, pupil, progress, status] = [
    source.intervention,
    source.pupil,
    source.progress,
    source.status,
  ].map(range);
  const live = !!(intervention && pupil && progress && status);
  const keys = [pupil, ...source.identity.map(range)].filter((k): k is string => k !== null);
  return {
    range,
    intervention: intervention ?? '',
    pupil: pupil ?? '',
    progress: progress ?? '',
    status: status ?? '',
    keys,
    live,
    outcomes: (conditions) =>
      countWhere([...conditions, `((${status}="met")+(${status}="partly met")+(${status}="not met"))`]),
  };
}

/** The impact-by-intervention table on the Summary: its rows, and its columns as absolute ranges. */
export class ImpactTable {
  constructor(
    readonly first: number,
    readonly last: number,
  ) {}

  get hasRows(): boolean {
    return this.last >= this.first;
  }

  /** Column `col` of the table's rows, e.g. $K$15:$K$18. */
  col(col: number): string {
    return a1Range(this.first, col, Math.max(this.last, this.first), col).replace(
      /([A-Z]+)(\d+)/g,
      '$$$1$$$2',
    );
  }
}
