// Reads a group size or staff-to-pupil ratio: "1:6" -> 6 pupils per member of staff, 6 -> 6.

import type { CellValue } from '../grid.js';
import { collapse, numberFromWord } from './text.js';
import { lookupWord } from './word-table.js';

/** Words teachers write for a group size. */
const WORDED: Readonly<Record<string, number>> = {
  'one to one': 1,
  'one-to-one': 1,
  individual: 1,
  individually: 1,
  pairs: 2,
  pair: 2,
  paired: 2,
};

/**
 * Pupils per member of staff, or null when the value is not a size. "1:6", "1 : 6", "1/6", "1-6" and
 * "1 to 6" all give 6; "2:6" gives 3; a plain number (6, "6", "6 pupils", "group of 6") is the size itself.
 */
export function parseRatio(value: CellValue): number | null {
  // A fraction of a pupil is no group: it is a ratio a spreadsheet turned into a time of day.
  if (typeof value === 'number') return value >= 1 ? positive(value) : null;
  if (typeof value !== 'string') return null;
  const t = collapse(value);
  if (t === '') return null;
  const worded = lookupWord(WORDED, t);
  if (worded !== undefined) return worded;
  // "4-6" is a range of sizes, not a ratio: a dash or "to" only reads as a ratio after 1.
  const ratio =
    /^(\d+(?:\.\d+)?|one)\s*(?::|\/)\s*(\d+(?:\.\d+)?|one)$/.exec(t) ??
    /^(1|one)\s*(?:-|to)\s*(\d+|one)$/.exec(t);
  if (ratio) {
    const staff = numberFromWord(ratio[1]!);
    const pupils = numberFromWord(ratio[2]!);
    if (staff === null || pupils === null || staff <= 0) return null;
    return positive(pupils / staff);
  }
  const plain = /^(?:groups?\s+of\s+)?(\d+(?:\.\d+)?)(?:\s*(?:pupils?|children|students))?$/.exec(t);
  return plain && Number(plain[1]) >= 1 ? positive(Number(plain[1])) : null;
}

function positive(n: number): number | null {
  return Number.isFinite(n) && n > 0 ? n : null;
}
