// Rows above the header: the title and wave 1 teaching strategies; a tracker's subject from its title.

import { describe, expect, it } from 'vitest';
import { readPreamble, splitStrategies } from '../../../core/import/preamble.js';
import { subjectFromText } from '../../../core/import/index.js';
import { fallbackSubject } from '../../../core/import/subject.js';
import { gridOf } from './fixtures.js';

describe('readPreamble', () => {
  it('takes the first text row as the title and strategy rows as strategies', () => {
    const grid = gridOf([
      [null, null],
      [null, 'Class 4B provision map'],
      ['Teaching strategies: visual timetables, peer mentoring,', null],
      ['Class strategies: word banks; worry box.', null],
      ['Intervention', 'Pupils'],
    ]);
    expect(readPreamble(grid, 4)).toEqual({
      title: 'Class 4B provision map',
      strategies: ['visual timetables', 'peer mentoring', 'word banks', 'worry box'],
    });
  });

  it('reads provmap’s own label-and-value strategies row', () => {
    const grid = gridOf([['Provision map'], ['Wave 1 teaching strategies:', 'visual timetables, worry box']]);
    expect(readPreamble(grid, 2).strategies).toEqual(['visual timetables', 'worry box']);
  });

  it('has no title or strategies when the header is the first row', () => {
    expect(readPreamble(gridOf([['Intervention']]), 0)).toEqual({ title: null, strategies: [] });
  });
});

describe('splitStrategies', () => {
  it.each([
    ['Teaching strategies: visual timetables, peer mentoring', ['visual timetables', 'peer mentoring']],
    ['Quality first teaching - writing frames, word banks', ['writing frames', 'word banks']],
    ['Wave 1 strategies\n• visual timetables\n• feelings wall', ['visual timetables', 'feelings wall']],
  ])('splits %j', (text, items) => {
    expect(splitStrategies(text)).toEqual(items);
  });
});

describe('a tracker’s subject', () => {
  it.each([
    ['Year 4 Reading tracker', 'Reading'],
    ['Y6 maths data', 'Maths'],
    ['Handwriting 2024', 'Handwriting'],
    ['SPaG', 'Grammar, punctuation and spelling'],
    ['Autumn data', null],
  ])('%j names %s', (title, subject) => {
    expect(subjectFromText(title)).toBe(subject);
  });

  it('comes from the title, else the sheet name, else "General"', () => {
    expect(fallbackSubject('Year 4 Reading tracker', 'Maths')).toBe('Reading');
    expect(fallbackSubject('Class 4B', 'Writing data')).toBe('Writing');
    expect(fallbackSubject(null, 'Sheet1')).toBe('General');
  });
});
