// The column table: every header synonym finds its field, and assessment point headers are recognised.

import { describe, expect, it } from 'vitest';
import { FIELDS, fieldOf, isPointHeader } from '../../../core/import/index.js';

describe('fieldOf', () => {
  it.each([
    ['Intervention', 'intervention'],
    ['Provision', 'intervention'],
    ['Group \nsize', 'groupSize'],
    ['Ratio', 'groupSize'],
    ['Frequency/\nduration', 'schedule'],
    ['Frequency / Duration', 'schedule'],
    ['Staff', 'staff'],
    ['Pupils', 'pupil'],
    ['Pupil', 'pupil'],
    ['Name', 'pupil'],
    ['Entry \ndata', 'entry'],
    ['Baseline', 'entry'],
    ['Entry data (Leuven)', 'entry'],
    ['Baseline reading age', 'entry'],
    ['Target', 'target'],
    ['Intervention target', 'target'],
    ['Exit \ndata', 'exit'],
    ['Outcomes', 'outcome'],
    ['Outcome notes', 'outcome'],
    ['Target notes', 'targetNotes'],
    ['Area of need', 'area'],
    ['Cost per pupil', 'costPerPupil'],
    ['Legal Surname', 'surname'],
    ['Legal Forename', 'forename'],
    ['Preferred Forename', 'preferredForename'],
    ['UPN', 'upn'],
    ['Year Group', 'year'],
    ['Reg Group', 'group'],
    ['Class', 'group'],
    ['SEN Status', 'sen'],
    ['Pupil Premium', 'pp'],
    ['PP', 'pp'],
    ['EAL', 'eal'],
    ['Looked After', 'lookedAfter'],
    ['Gender', 'gender'],
    ['Date of Birth', 'dateOfBirth'],
    ['D.O.B.', 'dateOfBirth'],
    ['Provision record', 'provisionRecord'],
    ['Latest point', 'latestPoint'],
    ['Expected now', 'expectedNow'],
  ])('%j is %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('prefers the longest header, so "Pupil premium" is never a pupil column', () => {
    expect(fieldOf('Pupil Premium Indicator')).toBe('pp');
    expect(fieldOf('Target notes')).toBe('targetNotes');
  });

  it('leaves unknown headers, and values that look like qualified headers, alone', () => {
    for (const h of ['Ethnicity', 'TA comments', 'Year 3', 'Entry 2', 'Pupil voice', ''])
      expect(fieldOf(h)).toBeNull();
  });

  it('has no header listed for two fields', () => {
    const all = FIELDS.flatMap((f) => f.headers);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('isPointHeader', () => {
  it.each([
    'Baseline',
    'AP1',
    'AP 2',
    'Assessment point 3',
    'Sept',
    'September',
    'Dec',
    'Mar 2025',
    'Autumn 1',
    'Aut 2',
    'Spring term 2',
    'Summer',
    'Term 2',
    'T3',
    'HT4',
    'End of year',
  ])('%j is an assessment point', (header) => {
    expect(isPointHeader(header)).toBe(true);
  });

  it.each(['Target', 'Pupil', 'Decision', 'Marks', 'Maths', 'Comments', 'Term'])('%j is not', (header) => {
    expect(isPointHeader(header)).toBe(false);
  });
});
