// fast-check generators for what hosts can hand core: any CellValue (Dates, NaN-free numbers, long text,
// control characters), and grids that start like real tables so fuzzing reaches past header detection.

import fc from 'fast-check';
import type { CellValue, Grid, MergedRange } from '../../core/grid.js';
import { CLASS_LIST_HEADER } from '../../bench/generate/index.js';
import { MAP_HEADER, TRACKER_HEADER } from './corpus/scenario.js';

/** Text teachers and exports really write, including the risky kinds. */
// prettier-ignore
const TYPICAL = [
  '2c', '2b ', '3A', 'W', 'P7', '7y 3m', '7.03', '98', '5+', 'GDS', 'abs', 'n/a', '-', '1   2',
  '3  3\n4  4', '1:6', '3 x 15 mins x 6 weeks', 'Daily x 10 mins', 'Plus one sub-level.', 'Target 3c',
  'HLTA', 'TA', 'K - SEN Support', 'E', 'True', 'No', 'Year 3', 'R', '04/03/2016', 'Amy\nJoe\nDan',
  'Reading', 'Maths', '=SUM(A1)', '+44 1', '-3', '@Riley', '\tTab', '\rCR',
  '<img src=x onerror=alert(1)>', 'محمد', 'Zoë', '',
];

const date = fc.date({
  min: new Date(Date.UTC(1900, 0, 1)),
  max: new Date(Date.UTC(2100, 0, 1)),
  noInvalidDate: true,
});

/** Any value a host can hand core. Long text (past the 50,000-character cell limit) is rare but present. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 8, arbitrary: fc.constantFrom(...TYPICAL) },
  { weight: 4, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 3, arbitrary: fc.integer({ min: -20, max: 200 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: date },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(50_001), 'y'.repeat(49_999)) },
);

/** A header row: one of the real layouts, shuffled and thinned, with stray headers mixed in. */
const header = fc
  .tuple(
    fc.constantFrom<readonly string[]>(MAP_HEADER, TRACKER_HEADER, CLASS_LIST_HEADER, [
      'Pupil',
      'Baseline',
      'AP1',
      'Scale',
    ]),
    fc.array(fc.string({ maxLength: 12 }), { maxLength: 2 }),
    fc.integer({ min: 0, max: 1_000_000 }),
  )
  .map(([base, extra, salt]) => {
    const kept = base.filter((_, i) => (salt >> i) % 5 !== 0);
    return [...kept, ...extra];
  });

function clampMerges(merges: MergedRange[], rows: number, cols: number): MergedRange[] {
  const out: MergedRange[] = [];
  for (const m of merges) {
    const top = Math.min(m.top, m.bottom);
    const left = Math.min(m.left, m.right);
    const bottom = Math.min(Math.max(m.top, m.bottom), rows - 1);
    const right = Math.min(Math.max(m.left, m.right), cols - 1);
    if (top > bottom || left > right || (top === bottom && left === right)) continue;
    // Hosts never report overlapping merges.
    if (out.some((o) => top <= o.bottom && bottom >= o.top && left <= o.right && right >= o.left)) continue;
    out.push({ top, left, bottom, right });
  }
  return out;
}

/** A sheet: optional title rows, a header, then rows of any values, with a few merged blocks. */
export const grid: fc.Arbitrary<Grid> = fc
  .record({
    sheet: fc.oneof(
      fc.constantFrom('Class 3 provision', 'Reading tracker', 'Class list'),
      fc.string({ minLength: 1, maxLength: 20 }),
    ),
    title: fc.array(fc.array(cellValue, { maxLength: 3 }), { maxLength: 2 }),
    header,
    rows: fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 25 }),
    merges: fc.array(
      fc.record({
        top: fc.nat({ max: 28 }),
        left: fc.nat({ max: 11 }),
        bottom: fc.nat({ max: 28 }),
        right: fc.nat({ max: 11 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ sheet, title, header: h, rows, merges }) => {
    const values: CellValue[][] = [...title, h, ...rows];
    const cols = Math.max(1, ...values.map((r) => r.length));
    return { sheet, values, merges: clampMerges(merges, values.length, cols) };
  });
