// parseLeuvenPair: well-being and involvement written together in one cell.

import { describe, expect, it } from 'vitest';
import { parseLeuvenPair } from '../../../core/import/index.js';

describe('parseLeuvenPair', () => {
  it.each([
    ['1   2', [1, 2]],
    ['3  3', [3, 3]],
    ['1 2', [1, 2]],
    ['1/2', [1, 2]],
    ['1,2', [1, 2]],
    ['4 ; 5', [4, 5]],
    ['2\t4', [2, 4]],
    [' 5 1 ', [5, 1]],
  ])('reads %j', (text, pair) => {
    expect(parseLeuvenPair(text)).toEqual(pair);
  });

  it.each(['1', '12', '6 2', '0 3', '1-2', '1 2 3', 'a b', '', 3, null, true])('refuses %j', (value) => {
    expect(parseLeuvenPair(value)).toBeNull();
  });
});
