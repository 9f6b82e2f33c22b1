// parseSchedule: every schedule form teachers write, what it cannot read, and that it never throws.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../core/import/index.js';
import { DEFAULT_SETTINGS, resolveSettings } from '../../../core/settings.js';

const parts = (text: string, settings = DEFAULT_SETTINGS) => {
  const s = parseSchedule(text, settings);
  return s && [s.sessionsPerWeek, s.minutesPerSession, s.weeks, s.note];
};

describe('parseSchedule', () => {
  it.each([
    ['3 x 15 mins x 6 weeks', [3, 15, 6, null]],
    ['4 x 20 mins x 6 weeks (early am)', [4, 20, 6, 'early am']],
    ['4 x 20 mins \nx 6 weeks\n(early am)', [4, 20, 6, 'early am']],
    ['Daily x 10 mins', [5, 10, null, null]],
    ['2x30min weekly for a term', [2, 30, 12, null]],
    ['3 x 15 mins', [3, 15, null, null]],
    ['1 x 1 hour x 10 weeks', [1, 60, 10, null]],
    ['Weekly 1 hour', [1, 60, null, null]],
    ['30 mins daily', [5, 30, null, null]],
    ['twice daily, 10 mins', [10, 10, null, null]],
    ['3 times a week, 20 minutes, 8 weeks', [3, 20, 8, null]],
    ['three 20-minute sessions a week for six weeks', [3, 20, 6, null]],
    ['20 mins x 3 per week x 6 wks', [3, 20, 6, null]],
    ['x3 weekly 20 mins', [3, 20, null, null]],
    ['Twice weekly, 20 minutes, 10 weeks', [2, 20, 10, null]],
    ['half an hour twice a week', [2, 30, null, null]],
    ['1hr 30 mins weekly', [1, 90, null, null]],
    ['1.5 hours weekly', [1, 90, null, null]],
    ['fortnightly 1hr', [0.5, 60, null, null]],
    ['Mon, Wed, Fri 20 mins', [3, 20, null, null]],
    ['once a week for a year', [1, null, 36, null]],
    ['for half a term', [null, null, 6, null]],
    ['for 2 terms', [null, null, 24, null]],
    ['daily for a week', [5, null, 1, null]],
    ['10 weeks', [null, null, 10, null]],
    ['Daily 9am x 10 mins', [5, 10, null, '9am']],
    ['3 x 15 mins after lunch', [3, 15, null, 'after lunch']],
  ])('reads %j', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('keeps the text as written, on one line', () => {
    expect(parseSchedule('  4 x 20 mins\nx 6 weeks  ', DEFAULT_SETTINGS)?.text).toBe('4 x 20 mins x 6 weeks');
  });

  it('takes "a term" from the school settings', () => {
    expect(parts('2x30min weekly for a term', resolveSettings({ weeksPerTerm: 13 }))).toEqual([
      2,
      30,
      13,
      null,
    ]);
  });

  it.each([
    '',
    '   ',
    'as needed',
    'TBC',
    'ongoing',
    '3x15',
    '3 x 15 x 6',
    '10-15 mins daily',
    '2 x 3 x 15 mins',
  ])('refuses %j rather than guess', (text) => {
    expect(parseSchedule(text, DEFAULT_SETTINGS)).toBeNull();
  });

  it('never throws, and what it reads is never negative', () => {
    const words = fc.constantFrom(
      'x',
      'mins',
      'weeks',
      'daily',
      'weekly',
      'for a term',
      '(',
      ')',
      'hour',
      ' ',
      '3',
      '15',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words).map((w) => w.join(' ')),
        ),
        (text) => {
          const s = parseSchedule(text, DEFAULT_SETTINGS);
          if (s === null) return;
          for (const n of [s.sessionsPerWeek, s.minutesPerSession, s.weeks])
            if (n !== null) expect(n).toBeGreaterThanOrEqual(0);
          expect(s.sessionsPerWeek ?? s.minutesPerSession ?? s.weeks).not.toBeNull();
        },
      ),
      { numRuns: 2000 },
    );
  });
});
