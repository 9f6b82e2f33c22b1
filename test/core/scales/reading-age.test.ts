import { describe, expect, it } from 'vitest';
import { labels, read, reason } from './helpers.js';

const ID = 'reading-age';

describe('reading ages', () => {
  it('has one step per month from 4y 0m to 16y 11m, labelled like "7y 3m"', () => {
    const l = labels(ID);
    expect(l).toHaveLength(13 * 12);
    expect(l.slice(0, 3)).toEqual(['4y 0m', '4y 1m', '4y 2m']);
    expect(l[39]).toBe('7y 3m');
    expect(l.at(-1)).toBe('16y 11m');
  });

  it.each([
    ['7y 3m', '7y 3m'],
    ['7Y 3M', '7y 3m'],
    ['7 y 3 m', '7y 3m'],
    ['7y3m', '7y 3m'],
    ['7yrs 3mths', '7y 3m'],
    ['7 years 3 months', '7y 3m'],
    ['7 years, 3 months', '7y 3m'],
    ['7y', '7y 0m'],
    ['7:03', '7y 3m'],
    ['7-03', '7y 3m'],
    ['7.03', '7y 3m'],
    ['7.3', '7y 3m'],
    ['7.11', '7y 11m'],
    ['7.10', '7y 10m'],
    ['7.1', '7y 1m'],
    ['7', '7y 0m'],
    ['16:11', '16y 11m'],
    ['4.0', '4y 0m'],
  ])('reads the text %j as %j', (value, label) => expect(read(ID, value)).toBe(label));

  it.each([
    [7, '7y 0m'],
    [7.3, '7y 3m'],
    [7.03, '7y 3m'],
    [7.11, '7y 11m'],
    [7.01, '7y 1m'],
    [12.09, '12y 9m'],
  ])('reads the number %j as %j', (value, label) => expect(read(ID, value)).toBe(label));

  it('refuses a number whose months read two ways (7.1 and 7.10 are the same number)', () => {
    expect(reason(ID, 7.1)).toMatch(/7y 1m or 7y 10m/);
    expect(reason(ID, Number('7.10'))).toBe(reason(ID, 7.1));
  });

  it('refuses months of 12 or more, as text or number', () => {
    expect(reason(ID, '7.12')).toMatch(/months must be 0 to 11/);
    expect(reason(ID, '7y 14m')).toMatch(/months must be 0 to 11/);
    expect(reason(ID, 7.25)).toMatch(/months must be 0 to 11/);
  });

  it('refuses ages outside 4y 0m to 16y 11m', () => {
    expect(reason(ID, '3y 11m')).toMatch(/not on the Reading ages scale \(4y 0m to 16y 11m\)/);
    expect(reason(ID, 17)).toMatch(/not on/);
    expect(reason(ID, '17:00')).toMatch(/not on/);
  });

  it('explains a time of day, which is what "7:03" becomes in a time-formatted cell', () => {
    expect(reason(ID, (7 * 60 + 3) / 1440)).toMatch(/stored 7:03 as a time of day/);
  });

  it('refuses numbers with more than two decimals and text it cannot read', () => {
    expect(reason(ID, 7.333)).toMatch(/not a reading age/);
    expect(reason(ID, '7/3')).toMatch(/not on/);
    expect(reason(ID, 'about 7')).toMatch(/not on/);
  });
});
