import { describe, expect, it } from 'vitest';
import { labels, read, reason, scale } from './helpers.js';

const ID = 'nc-sublevels';

describe('NC sub-levels', () => {
  it('runs P1i..P3ii, P4..P8, W, then 1c..8a', () => {
    const l = labels(ID);
    expect(l.slice(0, 12)).toEqual([
      'P1i',
      'P1ii',
      'P2i',
      'P2ii',
      'P3i',
      'P3ii',
      'P4',
      'P5',
      'P6',
      'P7',
      'P8',
      'W',
    ]);
    expect(l.slice(12, 18)).toEqual(['1c', '1b', '1a', '2c', '2b', '2a']);
    expect(l.at(-1)).toBe('8a');
    expect(l).toHaveLength(36);
  });

  it.each([
    ['2c', '2c'],
    ['2C', '2c'],
    ['2 c', '2c'],
    ['L2c', '2c'],
    ['l 2c', '2c'],
    ['Level 2c', '2c'],
    ['level 2 C', '2c'],
    ['lvl 2c', '2c'],
    ['Lvl. 4a', '4a'],
    ['w', 'W'],
    ['Working towards level 1', 'W'],
    ['p1(i)', 'P1i'],
    ['P1 i', 'P1i'],
    ['P1(ii)', 'P1ii'],
    ['p3ii', 'P3ii'],
    ['P8', 'P8'],
    ['p 4', 'P4'],
  ])('reads %j as %j', (text, label) => expect(read(ID, text)).toBe(label));

  it('places the steps in order, so a sub-level of progress is one step', () => {
    const s = scale(ID);
    const step = (t: string) => {
      const p = s.parse(t);
      return p.kind === 'grade' ? p.step : -1;
    };
    expect(step('2b') - step('2c')).toBe(1);
    expect(step('1c') - step('W')).toBe(1);
    expect(step('W') - step('P8')).toBe(1);
    expect(step('3c') - step('2a')).toBe(1);
  });

  it('refuses a whole level, typed or as a number, and says to write a sub-level', () => {
    expect(reason(ID, '2')).toMatch(/whole level.*2c, 2b or 2a/);
    expect(reason(ID, 3)).toMatch(/whole level.*3c, 3b or 3a/);
    expect(reason(ID, 'Level 4')).toMatch(/whole level.*4c/);
  });

  it('refuses in-between grades such as 3b+ rather than guessing', () => {
    expect(reason(ID, '3b+')).toMatch(/between sub-levels/);
    expect(reason(ID, '2a-')).toMatch(/between sub-levels/);
  });

  it('asks for the part of P1-P3', () => {
    expect(reason(ID, 'P2')).toMatch(/P2i or P2ii/);
  });

  it('reports values that are not on the scale', () => {
    expect(reason(ID, '9a')).toMatch(/not on the NC sub-levels scale/);
    expect(reason(ID, '2d')).toMatch(/not on/);
    expect(reason(ID, 2.5)).toMatch(/not on/);
    expect(read(ID, 'EXS')).toBe('unreadable');
  });
});
