// parseRatio: staff-to-pupil ratios and group sizes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRatio } from '../../../core/import/index.js';

describe('parseRatio', () => {
  it.each([
    ['1:6', 6],
    ['1 : 6', 6],
    ['1:1', 1],
    ['2:6', 3],
    ['1/6', 6],
    ['1-1', 1],
    ['1 to 6', 6],
    ['one to one', 1],
    ['6', 6],
    [6, 6],
    ['group of 6', 6],
    ['6 pupils', 6],
    ['pairs', 2],
  ] as const)('reads %j as %d pupils per adult', (value, expected) => {
    expect(parseRatio(value)).toBe(expected);
  });

  it.each(['4-6', 'small group', 'whole class', '', '1:0', '0:6', 0, -1, 0.5, true, null, new Date(0)])(
    'refuses %j',
    (value) => {
      expect(parseRatio(value)).toBeNull();
    },
  );

  it('never throws and gives only positive sizes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (v) => {
        const n = parseRatio(v);
        if (n !== null) expect(n).toBeGreaterThan(0);
      }),
    );
  });
});
