import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../core/evaluate/index.js';

describe('roundTo (spreadsheet ROUND)', () => {
  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1.4999, 0, 1],
    [-1.4999, 0, -1],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [2.675, 2, 2.68],
    [2.5e-7, 6, 0],
    [7.5e-7, 6, 0.000001],
    [-7.5e-7, 6, -0.000001],
    [2.5e-6, 6, 0.000003],
    [-2.5e-6, 6, -0.000003],
    [1e-9, 6, 0],
    [0.1 + 0.2, 6, 0.3],
    [17 - 16.6, 6, 0.4],
    [16 - 16.6, 6, -0.6],
    [1234, -2, 1200],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [999.5, 0, 1000],
    [123456789.12345679, 6, 123456789.123457],
    [-7, 6, -7],
  ])('ROUND(%s, %s) = %s', (x, digits, expected) => {
    expect(roundTo(x, digits)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundTo(-1e-9, 6), 0)).toBe(true);
    expect(Object.is(roundTo(-0.4, 0), 0)).toBe(true);
  });

  it('rounds exact decimal halves away from zero at every position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (k, d, neg) => {
          // (2k+1) / (2*10^d) is a decimal half at the (d+1)th place, e.g. 0.0000025 for k=2, d=6.
          const x = (2 * k + 1) / (2 * 10 ** d);
          const expected = (k + 1) / 10 ** d;
          expect(roundTo(neg ? -x : x, d)).toBe(neg ? -expected : expected);
        },
      ),
    );
  });

  it('is symmetric around zero, idempotent and within half a unit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const r = roundTo(x, d);
        expect(roundTo(-x, d)).toBe(r === 0 ? 0 : -r);
        expect(roundTo(r, d)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 / 10 ** d + Math.abs(x) * 1e-14);
      }),
    );
  });
});
