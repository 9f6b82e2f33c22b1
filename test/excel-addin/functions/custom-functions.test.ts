// PROVMAP.PROGRESS, STATUS and STEPS through their registered entry points (a fake CustomFunctions.associate).

import { beforeAll, describe, expect, it } from 'vitest';
import { registerCustomFunctions } from '../../../excel-addin/functions/index.js';

type Fn = (...args: unknown[]) => unknown;
const registered = new Map<string, Fn>();

beforeAll(() => {
  const ids = registerCustomFunctions((id, fn) => {
    if (registered.has(id)) throw new Error(`${id} associated twice`);
    registered.set(id, fn as unknown as Fn);
  });
  expect(ids.sort()).toEqual(['PROGRESS', 'STATUS', 'STEPS']);
});

const call = (id: string, ...args: unknown[]) => registered.get(id)!(...args);

describe('PROVMAP.STEPS', () => {
  it('gives the 1-based position on a named scale (P-scales come first), blank off the scale', () => {
    expect(call('STEPS', [['W'], ['1c'], ['2b'], ['zz'], ['']], 'nc-sublevels')).toEqual([
      [12],
      [13],
      [17],
      [''],
      [''],
    ]);
  });
  it('finds the scale from the values when none is named, and accepts the scale by its name', () => {
    expect(call('STEPS', [['2b', '3a']])).toEqual([[17, 21]]);
    expect(call('STEPS', [['EXS']], 'KS teacher assessment')).toEqual(call('STEPS', [['EXS']], 'ks-ta'));
  });
  it('throws a helpful error for an unknown scale', () => {
    expect(() => call('STEPS', [['2b']], 'no-such-scale')).toThrow(/not a scale provmap knows/);
  });
});

describe('PROVMAP.PROGRESS', () => {
  it('is exit minus entry in steps, cell by cell over ranges', () => {
    expect(call('PROGRESS', [['1b'], ['2c'], ['3a']], [['2c'], ['2c'], ['']], 'nc-sublevels')).toEqual([
      [2],
      [0],
      [''],
    ]);
  });
  it('repeats a single cell against a range, and refuses ranges of different sizes', () => {
    expect(call('PROGRESS', [['1c']], [['1b', '1a']], 'nc-sublevels')).toEqual([[1, 2]]);
    expect(() => call('PROGRESS', [['1c'], ['1b']], [['1b', '1a']], 'nc-sublevels')).toThrow(/same size/);
  });
  it('works on Leuven scales with numbers', () => {
    expect(call('PROGRESS', [[2]], [[4]], 'leuven-wellbeing')).toEqual([[2]]);
  });
});

describe('PROVMAP.STATUS', () => {
  it('follows the enrolment rules: met, partly met, not met, pending, no target', () => {
    const entry = [['1b'], ['1b'], ['1b'], ['1b'], ['1b'], ['']];
    const target = [['2c'], ['2c'], ['2c'], ['2c'], [''], ['+1']];
    const exit = [['2b'], ['1a'], ['1b'], [''], ['2b'], ['2b']];
    expect(call('STATUS', entry, target, exit, 'nc-sublevels')).toEqual([
      ['met'],
      ['partly met'],
      ['not met'],
      ['pending'],
      ['no target'],
      ['no target'],
    ]);
  });
  it('reads a number or "+n" target as steps to gain from entry', () => {
    expect(call('STATUS', [['1b'], ['1b']], [[2], ['+2']], [['2c'], ['1a']], 'nc-sublevels')).toEqual([
      ['met'],
      ['partly met'],
    ]);
  });
});
