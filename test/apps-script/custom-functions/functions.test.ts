// =PROVMAP_STEPS, =PROVMAP_PROGRESS and =PROVMAP_STATUS over single values and ranges.

import { describe, expect, it } from 'vitest';
import { progress, status, steps } from '../../../apps-script/custom-functions/index.js';
import { ScaleRegistry } from '../../../core/scales/index.js';

const registry = new ScaleRegistry();

describe('PROVMAP_PROGRESS', () => {
  it('counts steps between two grades, detecting the scale', () => {
    expect(progress(registry, '2c', '2a', '')).toBe(2);
    expect(progress(registry, '3b', '3c', '')).toBe(-1);
  });

  it('works down a column and leaves blanks where a grade is missing or unreadable', () => {
    const entry = [['2c'], ['2b'], [''], ['2c']];
    const exit = [['2b'], ['2a'], ['2b'], ['banana']];
    expect(progress(registry, entry, exit, 'nc-sublevels')).toEqual([[1], [1], [''], ['']]);
  });

  it('uses one value for every row of a range', () => {
    expect(progress(registry, [['2c']], [['2c'], ['3c']], 'nc-sublevels')).toEqual([[0], [3]]);
  });

  it('refuses ranges of different sizes and unknown scales', () => {
    expect(() => progress(registry, [['2c'], ['2b']], [['2a'], ['2a'], ['2a']], '')).toThrow(/same size/);
    expect(() => progress(registry, '2c', '2a', 'martian-levels')).toThrow(/Unknown scale "martian-levels"/);
  });

  it('reads Leuven scores as numbers, by scale id or name', () => {
    expect(progress(registry, 1, 3, 'leuven-wellbeing')).toBe(2);
    const leuven = registry.find('leuven-wellbeing')!;
    expect(progress(registry, 4, 2, leuven.name.toUpperCase())).toBe(-2);
  });
});

describe('PROVMAP_STATUS', () => {
  it('follows the evaluation rules: met, partly met, not met, pending, no target', () => {
    const entry = [['2c'], ['2c'], ['2c'], ['2c'], ['2c']];
    const target = [['Plus one sub-level.'], ['2a'], ['2a'], ['2a'], ['To enjoy reading']];
    const exit = [['2b'], ['2b'], ['2c'], [''], ['3c']];
    expect(status(registry, entry, target, exit, 'nc-sublevels')).toEqual([
      ['met'],
      ['partly met'],
      ['not met'],
      ['pending'],
      ['no target'],
    ]);
  });

  it('answers a single row with a single word', () => {
    expect(status(registry, '3c', 'Plus one sub-level', '3a', '')).toBe('met');
  });
});

describe('PROVMAP_STEPS', () => {
  it("gives each grade's 1-based position, as the sheet formulas' MATCH does", () => {
    const nc = registry.get('nc-sublevels');
    const first = String(nc.steps[0]!.label);
    expect(steps(registry, [[first], ['2c'], ['nonsense']], 'nc-sublevels')).toEqual([
      [1],
      [nc.steps.findIndex((s) => s.label === '2c') + 1],
      [''],
    ]);
  });

  it('is blank for a blank cell and for values on no scale', () => {
    expect(steps(registry, '', '')).toBe('');
    expect(steps(registry, 'banana', '')).toBe('');
  });
});
