// The workbook every benchmark starts from at a given size: a whole-school tracker of N pupils (10 subjects,
// 6 points) and one provision map per class of 30, generated from a fixed seed.

import type { Grid } from '../../core/grid.js';
import { schoolTrackerGrid, schoolWorkbook, type SchoolWorkbook } from '../generate/index.js';

/** The seed every benchmark school is generated from. */
export const BENCH_SEED = 20_240_901;

/** A generated school's sheets at one size. */
export interface BenchSheets {
  book: SchoolWorkbook;
  tracker: Grid;
  maps: Grid[];
}

/** The same sheets for the same size, every run. */
export function benchSheets(pupils: number): BenchSheets {
  const book = schoolWorkbook({ seed: BENCH_SEED, pupils });
  return { book, tracker: schoolTrackerGrid(book.school).grid, maps: book.provisionMaps };
}
