import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../core/import/columns.js';
import { fieldOf, meaningFor, meaningReader } from '../../../core/import/header-meaning.js';
import type { SheetKind } from '../../../core/import/types.js';

const KINDS: SheetKind[] = ['provision', 'tracking', 'class-list'];

describe('fieldOf', () => {
  it('takes the longest qualified header a header goes on from, and never a number as a qualifier', () => {
    expect(fieldOf('Entry data (Leuven) well-being')).toBe('entry');
    expect(fieldOf('Intervention target notes')).toBe('target');
    expect(fieldOf('Baseline SS')).toBe('entry');
    expect(fieldOf('Target 2')).toBeNull();
    expect(fieldOf('Exit 3 weeks')).toBeNull();
    expect(fieldOf('Pupil premium')).toBe('pp');
  });

  it('matches every header of the column table to its field, or to an earlier field with that header', () => {
    for (const f of FIELDS)
      for (const h of f.headers) {
        const first = FIELDS.find((g) => g.headers.includes(h))!;
        expect(fieldOf(h)).toBe(first.id);
      }
  });
});

describe('meaningReader', () => {
  const words = fc.constantFrom(
    'Entry',
    'data',
    'Pupil',
    'premium',
    'AP',
    '3',
    'Target',
    'notes',
    'Name',
    'Year',
    'Baseline',
    'Autumn',
    '2',
    'Intervention',
    '(Leuven)',
    'SEN',
    'status',
    'Class',
    'x',
    '-',
    'Exit',
    'Spring term',
  );

  it('means what meaningFor means, however often a text is met and under whichever kind', () => {
    const read = meaningReader();
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 4 }), fc.constantFrom(...KINDS), (ws, kind) => {
        const text = ws.join(' ');
        expect(read(kind, text)).toEqual(meaningFor(kind, text));
        for (const other of KINDS) expect(read(other, text)).toEqual(meaningFor(other, text));
      }),
    );
  });
});
