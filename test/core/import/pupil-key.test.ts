// pupilKey and interventionKey: the identity rules.

import { describe, expect, it } from 'vitest';
import { interventionKey, pupilKey } from '../../../core/import/index.js';

describe('pupilKey', () => {
  it('uses the UPN, upper-cased, when known', () => {
    expect(pupilKey('Amy Smith', ' a123456789012 ')).toBe('upn:A123456789012');
    expect(pupilKey('Someone else', 'A123456789012')).toBe(pupilKey('Amy Smith', 'a123456789012'));
  });

  it('falls back to the name, lower-cased with spaces collapsed', () => {
    expect(pupilKey('  Amy   SMITH ', null)).toBe('name:amy smith');
    expect(pupilKey('Amy\nSmith', '  ')).toBe('name:amy smith');
  });

  it('treats the two Unicode spellings of one name as one pupil', () => {
    const composed = 'Zo\u00eb Smith';
    const decomposed = 'Zoe\u0308 Smith';
    expect(composed).not.toBe(decomposed);
    expect(pupilKey(composed, null)).toBe(pupilKey(decomposed, null));
    expect(interventionKey('Caf\u00e9 club')).toBe(interventionKey('Cafe\u0301 club'));
  });

  it('keeps formula-like names as names', () => {
    expect(pupilKey('=HYPERLINK("x")', null)).toBe('name:=hyperlink("x")');
  });
});

describe('interventionKey', () => {
  it('is the name lower-cased with spaces collapsed', () => {
    expect(interventionKey('Comprehension \n group')).toBe('comprehension group');
  });
});
