import { describe, expect, it } from 'vitest';
import { a1, columnLetters } from '../../../core/grid.js';
import {
  trackerExpectedNow,
  trackerLatest,
  trackerLatestPoint,
  trackerStatus,
} from '../../../core/plan/formulas.js';
import { RowFormula, rowCell } from '../../../core/plan/row-formula.js';
import { trackerRowFormulas } from '../../../core/plan/tracker-formulas.js';

describe('RowFormula', () => {
  it('puts the row number wherever a placeholder address stands', () => {
    const f = new RowFormula(`IF(${rowCell(1)}>0,${rowCell(1)}-${rowCell(27)},$A$1)`);
    expect(f.at(0)).toBe('IF(B1>0,B1-AB1,$A$1)');
    expect(f.at(41)).toBe('IF(B42>0,B42-AB42,$A$1)');
  });

  it('leaves a formula with no address on its own row as it is', () => {
    expect(new RowFormula('"no data"').at(7)).toBe('"no data"');
  });
});

describe('trackerRowFormulas', () => {
  const ranges = { labels: 'PM_NC_SUBLEVELS', steps: 'PM_NC_SUBLEVELS_STEP' };

  it.each([
    [ranges, 6, 1.5, 1],
    [ranges, 2, 0, 40],
    [null, 6, 0, 9],
    [ranges, 1, 1, 3],
  ])('gives the builders’ formulas for each row (ranges %j, %i points)', (r, n, tolerance, row) => {
    const firstPoint = 8;
    const formulas = trackerRowFormulas(r, { firstPoint, points: n, headerRow: 0, tolerance });
    const points = Array.from({ length: n }, (_, k) => a1(row, firstPoint + k));
    const headers = Array.from({ length: n }, (_, k) => `${columnLetters(firstPoint + k)}$1`);
    const target = a1(row, firstPoint + n);
    const latest = a1(row, firstPoint + n + 1);
    expect(formulas.map((f) => f.at(row))).toEqual([
      trackerLatest(r, points),
      trackerLatestPoint(r, points, headers),
      trackerExpectedNow(r, points[0]!, target, points, latest),
      trackerStatus(r, points[0]!, target, points, latest, tolerance),
    ]);
  });
});
