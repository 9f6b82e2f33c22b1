// parseTarget: relative, absolute and unmeasurable targets.

import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../core/import/index.js';
import { ScaleRegistry } from '../../../core/scales/index.js';

const scales = new ScaleRegistry();
const nc = scales.get('nc-sublevels');

describe('parseTarget', () => {
  it.each([
    ['Plus one sub-level.', 1],
    ['+1 sub-level', 1],
    ['+2 steps', 2],
    ['two sub-levels progress', 2],
    ['1 sub-level of progress', 1],
    ['three steps improvement', 3],
    ['To make 2 sub-levels of progress', 2],
    ['+2', 2],
    ['Plus one sub-level.\nTo use expression in reading.', 1],
  ])('reads %j as %d steps', (text, steps) => {
    expect(parseTarget(text, nc)).toEqual({ kind: 'relative', steps, text });
  });

  it('counts a whole NC level as three sub-levels', () => {
    expect(parseTarget('+1 level', nc)).toMatchObject({ kind: 'relative', steps: 3 });
    expect(parseTarget('+1 level', scales.get('leuven-wellbeing'))).toMatchObject({
      kind: 'relative',
      steps: 1,
    });
  });

  it.each(['2b', 'Target 2b', 'Target: 2b.', 'To reach 2b', '2b\nand reading for pleasure'])(
    'reads %j as the grade 2b',
    (text) => {
      const t = parseTarget(text, nc);
      expect(t.kind).toBe('absolute');
      expect(t.kind === 'absolute' && [t.grade.scaleId, t.grade.label]).toEqual(['nc-sublevels', '2b']);
      expect(t.text).toBe(text);
    },
  );

  it('reads a grade on the enrolment scale only', () => {
    expect(parseTarget('105', scales.get('standardised-score'))).toMatchObject({ kind: 'absolute' });
    expect(parseTarget('105', nc).kind).toBe('none');
    expect(parseTarget('2b', null).kind).toBe('none');
  });

  it.each([
    'To re-engage with text. To read with expression.',
    'Leuven targets',
    'To work on: independent targets, organisational skills, working with others.',
    'To use the 24-hour clock.',
    'Plus effort',
  ])('keeps %j as text, unmeasurable', (text) => {
    expect(parseTarget(text, nc)).toEqual({ kind: 'none', text });
  });

  it('trims the text it keeps', () => {
    expect(parseTarget('  \n', nc)).toEqual({ kind: 'none', text: '' });
    expect(parseTarget(' +1 step ', nc)).toEqual({ kind: 'relative', steps: 1, text: '+1 step' });
  });
});
