import { describe, expect, it } from 'vitest';
import { isAbsentMarker, normaliseGradeText } from '../../../core/scales/index.js';

describe('normaliseGradeText', () => {
  it('folds case and collapses white space', () => {
    expect(normaliseGradeText('  Level   2C ')).toBe('level 2c');
    expect(normaliseGradeText('7y\t3m')).toBe('7y 3m');
  });

  it('unifies dashes, non-breaking spaces, full-width letters and invisible characters', () => {
    expect(normaliseGradeText('5\u2212')).toBe('5-');
    expect(normaliseGradeText('7\u201303')).toBe('7-03');
    expect(normaliseGradeText('7y\u00a03m')).toBe('7y 3m');
    expect(normaliseGradeText('\uFF25\uFF38\uFF33')).toBe('exs');
    expect(normaliseGradeText('\u200B2c\uFEFF')).toBe('2c');
  });
});

describe('isAbsentMarker', () => {
  it.each([
    'abs',
    'ABS',
    'Absent',
    'n/a',
    'N/A',
    'na',
    '-',
    '\u2013',
    'x',
    'X',
    'ill',
    'not assessed',
    'abs (ill)',
  ])('reads %j as absent', (text) => expect(isAbsentMarker(text)).toBe(true));

  it.each(['A', 'D', 'U', 'W', '2c', '', 'absolutely', 'xx', 'n/a 2c', '5-'])(
    'does not read %j as absent',
    (text) => expect(isAbsentMarker(text)).toBe(false),
  );
});
