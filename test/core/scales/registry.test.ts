import { describe, expect, it } from 'vitest';
import { SettingsError, UnknownScaleError } from '../../../core/errors.js';
import { BUILT_IN_SCALES, ScaleRegistry, type ScaleDefinition } from '../../../core/scales/index.js';

const BUILT_IN_IDS = [
  'nc-sublevels',
  'ks-ta',
  'gcse-9-1',
  'gcse-legacy',
  'leuven-wellbeing',
  'leuven-involvement',
  'standardised-score',
  'reading-age',
  'percentage',
];

const COLOURS: ScaleDefinition = {
  id: 'school-colours',
  name: 'Book bands',
  stepName: 'band',
  steps: [{ label: 'Pink' }, { label: 'Red' }, { label: 'Yellow' }],
  parser: 'labels',
  tolerance: 0.5,
  expectedStepsPerYear: { default: 2 },
};

describe('BUILT_IN_SCALES', () => {
  it('has exactly the nine built-in ids, in order', () => {
    expect(BUILT_IN_SCALES.map((s) => s.id)).toEqual(BUILT_IN_IDS);
  });

  it('gives each scale defaults: a non-negative tolerance and a default expected rate', () => {
    for (const def of BUILT_IN_SCALES) {
      expect(def.tolerance).toBeGreaterThanOrEqual(0);
      expect(def.expectedStepsPerYear.default).toBeGreaterThanOrEqual(0);
      expect(def.name.length).toBeGreaterThan(0);
      expect(def.stepName.length).toBeGreaterThan(0);
    }
  });

  it('sets the expected rates that differ by scale', () => {
    const rate = (id: string) => BUILT_IN_SCALES.find((s) => s.id === id)!.expectedStepsPerYear;
    expect(rate('reading-age').default).toBe(12);
    expect(rate('standardised-score').default).toBe(0);
    expect(rate('ks-ta').default).toBe(0);
    expect(rate('gcse-9-1').default).toBe(3);
    expect(rate('nc-sublevels').KS1).toBeGreaterThan(rate('nc-sublevels').KS2!);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(BUILT_IN_SCALES)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_SCALES[0]!.steps)).toBe(true);
    expect(() => (BUILT_IN_SCALES[0]!.steps as { label: string }[]).push({ label: 'x' })).toThrow(TypeError);
  });
});

describe('ScaleRegistry', () => {
  it('holds the built-ins and gets them by id', () => {
    const r = new ScaleRegistry();
    expect(r.all().map((s) => s.id)).toEqual(BUILT_IN_IDS);
    expect(r.get('reading-age').name).toBe('Reading ages');
    expect(r.find('percentage')?.steps).toHaveLength(101);
  });

  it('throws UnknownScaleError from get and returns undefined from find for an unknown id', () => {
    const r = new ScaleRegistry();
    expect(() => r.get('nope')).toThrow(UnknownScaleError);
    expect(() => r.get('nope')).toThrow(/Unknown scale "nope"/);
    expect(r.find('nope')).toBeUndefined();
  });

  it('adds school scales after the built-ins', () => {
    const r = new ScaleRegistry([COLOURS]);
    expect(r.all().map((s) => s.id)).toEqual([...BUILT_IN_IDS, 'school-colours']);
    expect(r.get('school-colours').parse('red')).toMatchObject({ kind: 'grade', step: 1 });
  });

  it('refuses a school scale whose id is taken, or which is invalid', () => {
    expect(() => new ScaleRegistry([{ ...COLOURS, id: 'percentage' }])).toThrow(SettingsError);
    expect(() => new ScaleRegistry([COLOURS, COLOURS])).toThrow(/already used/);
    expect(() => new ScaleRegistry([{ ...COLOURS, steps: [] }])).toThrow(SettingsError);
  });
});
