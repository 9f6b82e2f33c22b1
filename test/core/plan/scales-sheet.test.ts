import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../core/grid.js';
import { scalesOnSheet, scalesSheet } from '../../../core/plan/scales-sheet.js';
import { scaleNamed, scaleRanges } from '../../../core/plan/scale-ranges.js';
import { scales } from './fixtures.js';
import { sheetProblems } from './layout-checks.js';

describe('Scales sheet', () => {
  const { sheet, namedRanges } = scalesSheet(scales, ['leuven-wellbeing', 'nc-sublevels']);

  it('lists every scale name and the areas of need, then each used scale in registry order', () => {
    expect(sheet.values[0]).toEqual([
      'Scale names',
      'Areas of need',
      'NC sub-levels',
      'Step',
      'Leuven well-being',
      'Step',
    ]);
    expect(
      sheet.values
        .slice(1)
        .map((r) => r[0])
        .filter((v) => v !== null),
    ).toEqual(scales.all().map((s) => s.name));
    expect(sheet.values[2]![1]).toBe('Cognition and learning');
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it('writes labels as they are (numbers stay numbers) and steps 1..n', () => {
    const nc = scales.get('nc-sublevels');
    expect(sheet.values.slice(1, nc.steps.length + 1).map((r) => r[2])).toEqual(nc.steps.map((s) => s.label));
    expect(sheet.values.slice(1, 6).map((r) => [r[4], r[5]])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    expect(sheet.values).toHaveLength(nc.steps.length + 1);
  });

  it('names each range for formulas and dropdowns', () => {
    const nc = scales.get('nc-sublevels');
    expect(scaleRanges(nc)).toEqual({ labels: 'PM_NC_SUBLEVELS', steps: 'PM_NC_SUBLEVELS_STEP' });
    expect(namedRanges).toEqual([
      { name: 'PM_SCALE_NAMES', sheet: 'Scales', range: `$A$2:$A$${scales.all().length + 1}` },
      { name: 'PM_AREAS', sheet: 'Scales', range: '$B$2:$B$5' },
      { name: 'PM_NC_SUBLEVELS', sheet: 'Scales', range: `$C$2:$C$${nc.steps.length + 1}` },
      { name: 'PM_NC_SUBLEVELS_STEP', sheet: 'Scales', range: `$D$2:$D$${nc.steps.length + 1}` },
      { name: 'PM_LEUVEN_WELLBEING', sheet: 'Scales', range: '$E$2:$E$6' },
      { name: 'PM_LEUVEN_WELLBEING_STEP', sheet: 'Scales', range: '$F$2:$F$6' },
    ]);
  });

  it('does not depend on the order scales were met', () => {
    expect(scalesSheet(scales, ['nc-sublevels', 'leuven-wellbeing', 'nc-sublevels']).sheet).toEqual(sheet);
  });

  it('reads back which scales a sheet holds and keeps columns people added', () => {
    const grid: Grid = {
      sheet: 'Scales',
      values: [
        ['Scale names', 'Areas of need', 'Leuven well-being', 'Step', 'My list'],
        ['x', 'y', 1, 1, 'apples'],
        [null, null, 2, 2, '=not a formula'],
      ],
      merges: [],
    };
    expect(scalesOnSheet(grid, scales).map((s) => s.id)).toEqual(['leuven-wellbeing']);
    const again = scalesSheet(scales, ['leuven-wellbeing'], grid).sheet;
    expect(again.values[0]).toEqual(['Scale names', 'Areas of need', 'Leuven well-being', 'Step', 'My list']);
    expect(again.values.map((r) => r[4]).slice(1, 3)).toEqual(['apples', '=not a formula']);
  });

  it('finds a scale by name or id, loosely', () => {
    expect(scaleNamed(scales, ' nc  SUB-levels ')?.id).toBe('nc-sublevels');
    expect(scaleNamed(scales, 'leuven-involvement')?.name).toBe('Leuven involvement');
    expect(scaleNamed(scales, 'shoe size')).toBeNull();
    expect(scaleNamed(scales, null)).toBeNull();
  });
});
