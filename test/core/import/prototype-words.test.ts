// Cell text that names a property every JavaScript object has ("__proto__", "constructor") is read as
// the plain word it is: no reader may find it in a word table by inheritance.

import { describe, expect, it } from 'vitest';
import {
  parseDate,
  parseFlag,
  parseLeuvenPair,
  parseRatio,
  parseSchedule,
  parseSenStatus,
  parseTarget,
  parseYearGroup,
} from '../../../core/import/index.js';
import { numberFromWord } from '../../../core/import/text.js';
import { ScaleRegistry } from '../../../core/scales/index.js';
import { DEFAULT_SETTINGS } from '../../../core/settings.js';

const OBJECT_WORDS = Object.getOwnPropertyNames(Object.prototype);

describe('words that are names of object properties', () => {
  it('covers the words a reader could trip on', () => {
    expect(OBJECT_WORDS).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString', 'valueOf']));
  });

  it.each(OBJECT_WORDS)('%s is no group size, year, SEN status, flag, date or number word', (word) => {
    for (const text of [word, word.toLowerCase(), ` ${word} `]) {
      expect(parseRatio(text)).toBeNull();
      expect(parseYearGroup(text)).toBeNull();
      expect(parseSenStatus(text)).toBeNull();
      expect(parseFlag(text)).toBeNull();
      expect(parseDate(text)).toBeNull();
      expect(numberFromWord(text)).toBeNull();
    }
  });

  it.each(OBJECT_WORDS)(
    '%s is unreadable on every built-in scale and is no schedule, target or Leuven pair',
    (word) => {
      const registry = new ScaleRegistry();
      for (const scale of registry.all()) expect(scale.parse(word).kind).toBe('unreadable');
      expect(parseSchedule(word, DEFAULT_SETTINGS)).toBeNull();
      expect(parseTarget(word, registry.all()[0]!).kind).toBe('none');
      expect(parseLeuvenPair(word)).toBeNull();
      expect(registry.detect([word, word, word])).toBeNull();
    },
  );
});
