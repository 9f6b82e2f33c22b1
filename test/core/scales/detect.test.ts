import { describe, expect, it } from 'vitest';
import { ScaleRegistry, type ScaleDefinition } from '../../../core/scales/index.js';

const r = new ScaleRegistry();
const detected = (values: Parameters<ScaleRegistry['detect']>[0], hint?: string) =>
  r.detect(values, hint)?.scale.id;

describe('ScaleRegistry.detect', () => {
  it('finds the one scale that reads a column', () => {
    expect(detected(['2c', '3b', 'L2a', 'W', '1a'])).toBe('nc-sublevels');
    expect(detected(['EXS', 'WTS', 'GDS', 'exs'])).toBe('ks-ta');
    expect(detected(['A*', 'B', 'C', 'a'])).toBe('gcse-legacy');
    expect(detected(['5-', '6', '7+', 'Grade 4'])).toBe('gcse-9-1');
    expect(detected(['7y 3m', '8:04', '6.11'])).toBe('reading-age');
    expect(detected(['45%', 0.5, '80 %'])).toBe('percentage');
    expect(detected([95, 104, 110, 87, 121])).toBe('standardised-score');
  });

  it('counts matched and total over values that are neither blank nor absent', () => {
    const d = r.detect(['2c', null, '', 'abs', '2', '3a', 'n/a', 'banana']);
    expect(d).toMatchObject({ matched: 2, total: 4 });
    expect(d?.scale.id).toBe('nc-sublevels');
  });

  it('returns null when no value is on any scale, or there are no values', () => {
    expect(r.detect(['banana', 'pear'])).toBeNull();
    expect(r.detect([null, '', 'abs', '-'])).toBeNull();
    expect(r.detect([])).toBeNull();
  });

  it('prefers the scale that reads more values over a header hint', () => {
    expect(detected([95, 104, 110], '%')).toBe('standardised-score');
  });

  it('prefers fewer steps when values tie: 1..5 is Leuven, reported as ambiguous', () => {
    const d = r.detect([1, 2, 3, 4, 5, 3]);
    expect(d?.scale.id).toBe('leuven-wellbeing');
    expect(d?.ambiguous).toBe(true);
    expect(d?.alternatives).toContain('leuven-involvement');
    expect(d?.alternatives).toContain('gcse-9-1');
    expect(d?.alternatives).not.toContain('leuven-wellbeing');
  });

  it('lets the header decide between Leuven well-being and involvement, else well-being', () => {
    expect(detected([2, 3, 4], 'Leuven involvement')).toBe('leuven-involvement');
    expect(detected([2, 3, 4], 'Involvement (autumn)')).toBe('leuven-involvement');
    expect(detected([2, 3, 4], 'Leuven well-being')).toBe('leuven-wellbeing');
    expect(detected([2, 3, 4], 'Wellbeing')).toBe('leuven-wellbeing');
    expect(detected([2, 3, 4], 'Leuven')).toBe('leuven-wellbeing');
    expect(detected([2, 3, 4])).toBe('leuven-wellbeing');
  });

  it('uses header hints to break ties between numeric scales', () => {
    expect(detected([55, 60, 72])).toBe('percentage');
    expect(detected([55, 60, 72], 'SS')).toBe('standardised-score');
    expect(detected([55, 60, 72], 'Reading SAS')).toBe('standardised-score');
    expect(detected([55, 60, 72], 'Maths %')).toBe('percentage');
    expect(detected([7, 8, 9])).toBe('gcse-9-1');
    expect(detected([7, 8, 9], 'Reading age')).toBe('reading-age');
    expect(detected([7, 8, 9], 'RA (Salford)')).toBe('reading-age');
  });

  it('does not take part of a word for a hint', () => {
    expect(detected([55, 60, 72], 'Class')).toBe('percentage');
  });

  it('reports a clear winner as not ambiguous', () => {
    const d = r.detect(['2c', '3b']);
    expect(d).toMatchObject({ ambiguous: false, alternatives: [] });
  });

  it('detects a school scale, and its name in the header breaks a tie', () => {
    const bands: ScaleDefinition = {
      id: 'school-bands',
      name: 'Book band',
      stepName: 'band',
      steps: [{ label: 'Red' }, { label: 'Blue' }, { label: 'B' }],
      parser: 'labels',
      tolerance: 0,
      expectedStepsPerYear: { default: 1 },
    };
    const sr = new ScaleRegistry([bands]);
    expect(sr.detect(['red', 'Blue', 'B'])?.scale.id).toBe('school-bands');
    expect(sr.detect(['B', 'b'])?.scale.id).toBe('school-bands');
    expect(sr.detect(['B', 'b'])?.alternatives).toEqual(['gcse-legacy']);
    expect(sr.detect(['B', 'b'], 'GCSE')?.scale.id).toBe('gcse-legacy');
    expect(sr.detect(['B', 'b'], 'Book band')?.scale.id).toBe('school-bands');
  });
});
