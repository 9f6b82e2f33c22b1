import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../core/evaluate/index.js';

/** ROUND by the book: read x to 15 significant digits as text, round that text half up, parse it back. */
function referenceRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toPrecision(15).split('e');
  const [intPart = '', fracPart = ''] = mantissa.split('.');
  let all = intPart + fracPart;
  let point = intPart.length + Number(exponent);
  while (all.length > 1 && all.startsWith('0')) {
    all = all.slice(1);
    point -= 1;
  }
  const keep = point + Math.trunc(digits);
  if (keep < 0) return 0;
  if (keep >= all.length) return Number(`${x < 0 ? '-' : ''}${mantissa}e${exponent}`);
  const kept = BigInt(all.slice(0, keep) || '0') + (all.charCodeAt(keep) >= 53 ? 1n : 0n);
  const result = Number(`${kept}e${-Math.trunc(digits)}`);
  return result === 0 ? 0 : x < 0 ? -result : result;
}

describe('roundTo against the decimal-text reading', () => {
  const same = (x: number, d: number): void => {
    expect(Object.is(roundTo(x, d), referenceRound(x, d)), `ROUND(${x}, ${d})`).toBe(true);
  };

  it('agrees for any double and any number of digits', () => {
    fc.assert(fc.property(fc.double(), fc.integer({ min: -30, max: 30 }), same), { numRuns: 20_000 });
  });

  it('agrees for the fractions evaluation produces (steps over points) and for whole numbers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: -3, max: 12 }),
        (p, q, d) => {
          same(p / q, d);
        },
      ),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger()), fc.integer({ min: -20, max: 20 }), same),
      { numRuns: 5_000 },
    );
  });

  it('agrees at the edges: huge, tiny and 15-digit numbers, and digits that are not whole', () => {
    const xs = [
      1e15,
      1e15 - 1,
      999999999999999.9,
      2 ** 53,
      1e21,
      1.7976931348623157e308,
      5e-324,
      1e-7,
      123456789012345,
    ];
    for (const x of xs)
      for (const d of [-25, -3, 0, 0.5, 2, 6, 15, 25, NaN, Infinity]) {
        same(x, d);
        same(-x, d);
      }
  });
});
