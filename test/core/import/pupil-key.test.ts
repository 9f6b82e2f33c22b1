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

  it('keeps formula-like names as names', () => {
    expect(pupilKey('=HYPERLINK("x")', null)).toBe('name:=hyperlink("x")');
  });
});

describe('interventionKey', () => {
  it('is the name lower-cased with spaces collapsed', () => {
    expect(interventionKey('Comprehension \n group')).toBe('comprehension group');
  });
});
