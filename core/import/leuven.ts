// Reads a Leuven pair: well-being and involvement written together in one cell, "1   2" or "3/4".

import type { CellValue } from '../grid.js';

/** Scale ids the two numbers of a pair are read on, in the order they are written. */
export const LEUVEN_PAIR_SCALES = ['leuven-wellbeing', 'leuven-involvement'] as const;

/**
 * [well-being, involvement] from text holding two Leuven levels (1 to 5) separated by spaces, a tab, "/",
 * "," or ";": "1   2", "3  3", "1/2", "1,2". Anything else (one number, a number outside 1-5) is null.
 */
export function parseLeuvenPair(value: CellValue): [number, number] | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*([1-5])\s*(?:[/,;]\s*|\s+)([1-5])\s*$/.exec(value);
  return m ? [Number(m[1]), Number(m[2])] : null;
}
