import { describe, expect, it } from 'vitest';
import { labels, read, reason } from './helpers.js';

const ID = 'ks-ta';

describe('KS teacher assessment codes', () => {
  it('rises from below the pre-key stage through PKF, PKE, PKG to HNM, WTS, EXS and GDS', () => {
    expect(labels(ID)).toEqual(['BLW', 'PKF', 'PKE', 'PKG', 'HNM', 'WTS', 'EXS', 'GDS']);
  });

  it.each([
    ['exs', 'EXS'],
    [' Exs ', 'EXS'],
    ['expected', 'EXS'],
    ['At expected', 'EXS'],
    ['working at the expected standard', 'EXS'],
    ['wts', 'WTS'],
    ['Working towards', 'WTS'],
    ['WT', 'WTS'],
    ['greater depth', 'GDS'],
    ['GD', 'GDS'],
    ['working below', 'BLW'],
    ['pkf', 'PKF'],
    ['Foundations for the expected standard', 'PKF'],
    ['early development', 'PKE'],
    ['Growing Development', 'PKG'],
    ['has not met', 'HNM'],
  ])('reads %j as %j', (text, label) => expect(read(ID, text)).toBe(label));

  it('reports codes it does not know', () => {
    expect(reason(ID, 'EXS+')).toMatch(/not on the KS teacher assessment scale/);
    expect(reason(ID, 'PK3')).toMatch(/BLW to GDS/);
    expect(read(ID, 2)).toBe('unreadable');
  });
});
