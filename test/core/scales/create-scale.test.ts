import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../../core/errors.js';
import { BUILT_IN_SCALES, createScale, type ScaleDefinition } from '../../../core/scales/index.js';

const PHONICS: ScaleDefinition = {
  id: 'school-phonics',
  name: 'Phonics phase',
  stepName: 'phase',
  steps: [
    { label: 'Phase 1' },
    { label: 'Phase 2', aliases: ['P2 phonics', 'ph2'] },
    { label: 'Phase 3' },
    { label: 'NA', aliases: ['not achieved'] },
    { label: 10 },
  ],
  parser: 'labels',
  tolerance: 0,
  expectedStepsPerYear: { KS1: 1, default: 1 },
};

const parsed = (def: ScaleDefinition, value: Parameters<ReturnType<typeof createScale>['parse']>[0]) =>
  createScale(def).parse(value);

describe('createScale: school-defined step lists', () => {
  const s = createScale(PHONICS);

  it('matches labels and aliases by normalised text', () => {
    expect(s.parse('phase 2')).toEqual({
      kind: 'grade',
      scaleId: 'school-phonics',
      step: 1,
      label: 'Phase 2',
    });
    expect(s.parse('  PHASE   3 ')).toMatchObject({ step: 2, label: 'Phase 3' });
    expect(s.parse('Ph2')).toMatchObject({ step: 1 });
    expect(s.parse('p2 PHONICS')).toMatchObject({ step: 1 });
  });

  it('matches numeric labels typed as numbers or numeric text', () => {
    expect(s.parse(10)).toMatchObject({ step: 4, label: 10 });
    expect(s.parse('10')).toMatchObject({ step: 4, label: 10 });
    expect(s.parse('10.0')).toMatchObject({ step: 4 });
  });

  it("lets the school's own step win over an absent marker with the same spelling", () => {
    expect(s.parse('na')).toMatchObject({ kind: 'grade', label: 'NA' });
    expect(s.parse('abs')).toEqual({ kind: 'absent', text: 'abs' });
  });

  it('reports what is not on the list, naming the scale and its range', () => {
    expect(s.parse('Phase 4')).toEqual({
      kind: 'unreadable',
      text: 'Phase 4',
      reason: '"Phase 4" is not on the Phonics phase scale (Phase 1 to 10).',
    });
    expect(s.parse(3)).toMatchObject({ kind: 'unreadable', text: '3' });
  });

  it('copies the definition: later changes to the input do not change the scale', () => {
    const def = { ...PHONICS, steps: [...PHONICS.steps] };
    const copy = createScale(def);
    def.steps.push({ label: 'Phase 6' });
    expect(copy.steps).toHaveLength(5);
    expect(copy.parse('Phase 6').kind).toBe('unreadable');
  });

  it('gives the grade at a step, or null outside the scale', () => {
    expect(s.at(0)).toEqual({ kind: 'grade', scaleId: 'school-phonics', step: 0, label: 'Phase 1' });
    expect(s.at(4)?.label).toBe(10);
    expect(s.at(5)).toBeNull();
    expect(s.at(-1)).toBeNull();
    expect(s.at(1.5)).toBeNull();
  });
});

describe('createScale: any cell value', () => {
  it.each(BUILT_IN_SCALES.map((d) => [d.id, d] as const))(
    '%s reads blanks, absences, booleans and dates',
    (_, def) => {
      expect(parsed(def, null)).toEqual({ kind: 'blank' });
      expect(parsed(def, '')).toEqual({ kind: 'blank' });
      expect(parsed(def, '  \t ')).toEqual({ kind: 'blank' });
      expect(parsed(def, ' Abs ')).toEqual({ kind: 'absent', text: 'Abs' });
      expect(parsed(def, 'n/a')).toEqual({ kind: 'absent', text: 'n/a' });
      expect(parsed(def, 'not assessed')).toMatchObject({ kind: 'absent' });
      expect(parsed(def, true)).toMatchObject({
        kind: 'unreadable',
        text: 'TRUE',
        reason: expect.stringMatching(/tick box/),
      });
      expect(parsed(def, new Date(Date.UTC(2003, 6, 1)))).toMatchObject({
        kind: 'unreadable',
        text: '2003-07-01',
        reason: expect.stringMatching(/date is not a grade/),
      });
      expect(parsed(def, NaN)).toMatchObject({ kind: 'unreadable' });
      expect(parsed(def, new Date(NaN))).toMatchObject({ kind: 'unreadable', text: 'Invalid Date' });
    },
  );

  it('refuses long text without trying to read it, and shortens it in the reason', () => {
    const long = `2c ${'and then some more words '.repeat(5)}`;
    const p = parsed(BUILT_IN_SCALES[0]!, long);
    expect(p).toMatchObject({ kind: 'unreadable', text: long.trim() });
    if (p.kind === 'unreadable') expect(p.reason.length).toBeLessThan(80);
  });

  it('never reads formula-like text as anything but text', () => {
    const p = parsed(BUILT_IN_SCALES[0]!, '=HYPERLINK("x","2c")');
    expect(p).toMatchObject({ kind: 'unreadable', text: '=HYPERLINK("x","2c")' });
  });
});

describe('createScale: validation', () => {
  const bad = (patch: Partial<ScaleDefinition>) => () => createScale({ ...PHONICS, ...patch });

  it('throws SettingsError for an empty step list', () => {
    expect(bad({ steps: [] })).toThrow(SettingsError);
    expect(bad({ steps: [] })).toThrow(/no steps/);
  });

  it('throws SettingsError for duplicate labels, however they are spelt', () => {
    expect(bad({ steps: [{ label: 'Red' }, { label: 'Blue' }, { label: ' red ' }] })).toThrow(
      /names both step 1 and step 3/,
    );
    expect(bad({ steps: [{ label: 5 }, { label: '5' }] })).toThrow(SettingsError);
  });

  it('throws SettingsError for an alias that names another step', () => {
    expect(
      bad({
        steps: [
          { label: 'Red', aliases: ['R'] },
          { label: 'Rose', aliases: ['r'] },
        ],
      }),
    ).toThrow(/"r" names both step 1 and step 2/);
    expect(bad({ steps: [{ label: 'Red' }, { label: 'Blue', aliases: ['RED'] }] })).toThrow(SettingsError);
  });

  it('allows an alias that repeats its own label', () => {
    expect(createScale({ ...PHONICS, steps: [{ label: 'Red', aliases: ['red'] }] }).steps).toHaveLength(1);
  });

  it('throws SettingsError for empty labels, bad ids, unknown parsers and negative settings', () => {
    expect(bad({ steps: [{ label: ' ' }] })).toThrow(/empty or invalid label/);
    expect(bad({ steps: [{ label: NaN }] })).toThrow(SettingsError);
    expect(bad({ id: 'School Phonics' })).toThrow(/kebab-case/);
    expect(bad({ id: '' })).toThrow(SettingsError);
    expect(bad({ name: '' })).toThrow(/needs a name/);
    expect(bad({ stepName: ' ' })).toThrow(/step name/);
    expect(bad({ steps: [{ label: 'Red', aliases: 'R' as unknown as string[] }] })).toThrow(/must be a list/);
    expect(bad({ parser: 'magic' as ScaleDefinition['parser'] })).toThrow(/unknown parser "magic"/);
    expect(bad({ tolerance: -1 })).toThrow(/tolerance/);
    expect(bad({ expectedStepsPerYear: { KS2: -2 } })).toThrow(/KS2/);
  });

  it('throws errors with the stable BAD_SETTINGS code', () => {
    try {
      bad({ steps: [] })();
      expect.unreachable();
    } catch (e) {
      expect((e as SettingsError).code).toBe('BAD_SETTINGS');
    }
  });
});
