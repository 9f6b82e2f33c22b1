import { describe, expect, it } from 'vitest';
import { labels, read, reason } from './helpers.js';

describe.each(['leuven-wellbeing', 'leuven-involvement'])('%s', (ID) => {
  it('has the levels 1 to 5 as numbers', () => {
    expect(labels(ID)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    [3, 3],
    ['3', 3],
    [' 5 ', 5],
    ['Level 4', 4],
    ['extremely low', 1],
    ['Moderate', 3],
    ['HIGH', 4],
    ['extremely high', 5],
  ])('reads %j as %j', (value, label) => expect(read(ID, value)).toBe(label));

  it('refuses half levels and values outside 1-5', () => {
    expect(reason(ID, 3.5)).toMatch(/not a whole number/);
    expect(reason(ID, 6)).toMatch(/not on the Leuven .* scale \(1 to 5\)/);
    expect(reason(ID, 0)).toMatch(/not on/);
  });
});
