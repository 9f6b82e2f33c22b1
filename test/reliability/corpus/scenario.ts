// The shape of one bad-input scenario: the sheet(s) a teacher might hand provmap, and what must come back.

import type { DiagnosticCode } from '../../../core/diagnostics.js';
import type { ProvmapErrorCode } from '../../../core/errors.js';
import { SEED_MAP_HEADER } from '../../../core/examples/index.js';
import type { CellValue, Grid } from '../../../core/grid.js';

export interface Scenario {
  /** Kebab-case, the file's name. */
  name: string;
  about: string;
  /** The teacher's sheet, built fresh for each use. */
  grid: () => Grid;
  expect: {
    /** Reading the sheet must stop with this typed error (never another exception). */
    error?: ProvmapErrorCode;
    /** Diagnostics that must be reported, at these cells when given. */
    diagnostics?: { code: DiagnosticCode; cell?: string }[];
    /** Names that must be read exactly as written (after trimming the cell). */
    names?: string[];
    /** How many pupils the sheet holds. */
    pupils?: number;
  };
}

/** A tracker header like the seed's: name, pupil details, subject, three points and a target. */
export const TRACKER_HEADER = ['Name', 'Year', 'SEN', 'PP', 'Subject', 'Baseline', 'AP1', 'AP2', 'Target'];

/** One tracker row for `name` on NC sub-levels, with usual values unless `points` says otherwise. */
export function trackerRow(name: CellValue, points: CellValue[] = ['2c', '2b', '2a']): CellValue[] {
  return [name, 3, 'K', 'Y', 'Reading', ...points, '3c'];
}

/** A provision map header in the seed's third layout. */
export const MAP_HEADER = [...SEED_MAP_HEADER];
