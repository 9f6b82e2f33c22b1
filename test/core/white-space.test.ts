import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace, isWhiteSpaceCode } from '../../core/white-space.js';

describe('isWhiteSpaceCode', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isWhiteSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('collapseWhiteSpace', () => {
  it.each([
    ['', ''],
    ['2b', '2b'],
    ['Jack Mills', 'Jack Mills'],
    ['Jack  Mills', 'Jack Mills'],
    [' Jack Mills ', ' Jack Mills '],
    ['  Jack\t\nMills  ', ' Jack Mills '],
    ['Year\u00a03', 'Year 3'],
    ['a\u3000\u2003b', 'a b'],
    ['zero\u200bwidth', 'zero\u200bwidth'],
    ['Chloé  Wood', 'Chloé Wood'],
  ])('%j -> %j', (text, expected) => {
    expect(collapseWhiteSpace(text)).toBe(expected);
  });

  it('gives what the regular expression gives, for any mix of spaces, breaks and letters', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      'é',
      '7',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\u00a0',
      '\u2003',
      '\ufeff',
      '\u200b',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(collapseWhiteSpace(text)).toBe(text.replace(/\s+/g, ' '));
      }),
    );
  });
});
