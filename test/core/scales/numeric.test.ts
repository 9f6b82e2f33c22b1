import { describe, expect, it } from 'vitest';
import { labels, read, reason } from './helpers.js';

describe('standardised scores', () => {
  const ID = 'standardised-score';

  it('has the whole numbers 40 to 160 as steps', () => {
    const l = labels(ID);
    expect(l).toHaveLength(121);
    expect(l[0]).toBe(40);
    expect(l[60]).toBe(100);
    expect(l.at(-1)).toBe(160);
  });

  it.each([
    [104, 104],
    ['104', 104],
    [' 98 ', 98],
    [40, 40],
    [160, 160],
    [99.99999999999999, 100],
  ])('reads %j as %j', (value, label) => expect(read(ID, value)).toBe(label));

  it('refuses fractions and scores outside 40-160', () => {
    expect(reason(ID, 98.5)).toMatch(/98\.5 is not a whole number/);
    expect(reason(ID, '98.5')).toMatch(/not a whole number/);
    expect(reason(ID, 39)).toMatch(/not on the Standardised scores scale \(40 to 160\)/);
    expect(reason(ID, 161)).toMatch(/not on/);
    expect(reason(ID, 'SS104')).toMatch(/not on/);
  });
});

describe('percentages', () => {
  const ID = 'percentage';

  it('has the whole numbers 0 to 100 as steps', () => {
    const l = labels(ID);
    expect(l).toHaveLength(101);
    expect([l[0], l[45], l[100]]).toEqual([0, 45, 100]);
  });

  it.each([
    ['45%', 45],
    ['45 %', 45],
    [45, 45],
    ['45', 45],
    [0.45, 45],
    ['0.45', 45],
    [0, 0],
    ['0%', 0],
    ['100%', 100],
    ['1', 1],
    ['1%', 1],
    [0.07, 7],
    [0.455, 46],
    [0.285, 29],
    [0.4549, 45],
    ['45.5%', 46],
    ['45.4%', 45],
    [0.999, 100],
  ])('reads %j as %j', (value, label) => expect(read(ID, value)).toBe(label));

  it('reads the number 1 as the step 1, as the Scales dropdown writes it', () => {
    expect(read(ID, 1)).toBe(1);
  });

  it('refuses plain numbers with a fraction above 1, and values outside 0-100', () => {
    expect(reason(ID, 45.5)).toMatch(/not a whole percentage; type 46%/);
    expect(reason(ID, 7.3)).toMatch(/not a whole percentage/);
    expect(reason(ID, 101)).toMatch(/outside 0% to 100%/);
    expect(reason(ID, '120%')).toMatch(/120% is outside/);
    expect(reason(ID, -3)).toMatch(/outside/);
    expect(reason(ID, 'forty')).toMatch(/not on the Percentages scale/);
  });
});
