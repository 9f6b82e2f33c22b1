import { describe, expect, it } from 'vitest';
import { scaleFinder, scaleNamed } from '../../../core/plan/scale-ranges.js';
import { ScaleRegistry } from '../../../core/scales/index.js';

describe('scaleFinder', () => {
  const scales = new ScaleRegistry([
    {
      id: 'school-phonics',
      name: 'Phonics phase',
      stepName: 'phase',
      steps: [{ label: 'P1' }, { label: 'P2' }],
      parser: 'labels',
      tolerance: 0,
      expectedStepsPerYear: { default: 1 },
    },
  ]);

  it('finds what scaleNamed finds, for every name and id however it is written, and for other cells', () => {
    const find = scaleFinder(scales);
    const cells = [
      ...scales
        .all()
        .flatMap((s) => [s.name, s.id, ` ${s.name.toUpperCase()}  `, s.name.replace(/ /g, '  ')]),
      '',
      '  ',
      null,
      0,
      3,
      true,
      'not a scale',
      new Date('2025-01-01T00:00:00Z'),
    ];
    // Twice over, so remembered answers are checked too.
    for (const cell of [...cells, ...cells]) expect(find(cell)).toBe(scaleNamed(scales, cell));
  });
});
