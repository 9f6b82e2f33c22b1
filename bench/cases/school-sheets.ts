// The workbook every benchmark starts from at a given size: a whole-school tracker of N pupils (10 subjects,
// 6 points) and the school's provision maps, generated from a fixed seed.

import type { Grid } from '../../core/grid.js';
import {
  schoolTrackerGrid,
  schoolWorkbook,
  wholeSchoolMapGrid,
  type SchoolWorkbook,
} from '../generate/index.js';

/** The seed every benchmark school is generated from. */
export const BENCH_SEED = 20_240_901;

/** A generated school's sheets at one size. */
export interface BenchSheets {
  book: SchoolWorkbook;
  tracker: Grid;
  /** One provision map per class of 30. */
  maps: Grid[];
}

/** The same sheets for the same size, every run. */
export function benchSheets(pupils: number): BenchSheets {
  const book = schoolWorkbook({ seed: BENCH_SEED, pupils });
  return { book, tracker: schoolTrackerGrid(book.school).grid, maps: book.provisionMaps };
}

/**
 * How the school's provision is laid out in the workbook the host actions start from:
 * - 'one map': the tracker and one whole-school provision map, so every size has the same two tabs and only
 *   the number of pupils changes;
 * - 'class maps': the tracker and one map tab per class, so a bigger school also has more tabs.
 */
export type BenchShape = 'one map' | 'class maps';

/** The starting tabs for the host round-trip cases at one size and shape. */
export function benchStartingSheets(pupils: number, shape: BenchShape): Grid[] {
  const { book, tracker, maps } = benchSheets(pupils);
  if (shape === 'class maps') return [tracker, ...maps];
  return [
    tracker,
    wholeSchoolMapGrid(maps, `Whole school provision map - autumn term ${book.school.academicYear}`),
  ];
}
