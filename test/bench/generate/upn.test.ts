// UPNs with valid check letters, checked against the published algorithm's worked example.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidUpn, makeUpn, upnCheckLetter } from '../../../bench/generate/index.js';

describe('UPN check letters', () => {
  it('matches a known valid UPN and rejects a changed one', () => {
    // 8x2 + 1x4 + 2x5 + 5x10 + 1x13 = 93, 93 mod 23 = 1 -> B
    expect(upnCheckLetter('801200005001')).toBe('B');
    expect(isValidUpn('B801200005001')).toBe(true);
    expect(isValidUpn('A801200005001')).toBe(false);
    expect(isValidUpn('B801200005002')).toBe(false);
    expect(isValidUpn('B80120000500')).toBe(false);
  });

  it('never uses I, O or S as a check letter, and every made UPN is valid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 201, max: 938 }),
        fc.nat({ max: 9999 }),
        fc.nat({ max: 99 }),
        fc.nat({ max: 999 }),
        (la, est, year, serial) => {
          const upn = makeUpn(la, est, year, serial);
          expect(upn).toMatch(/^[A-HJ-NP-RT-Z]\d{12}$/);
          expect(isValidUpn(upn)).toBe(true);
        },
      ),
      { seed: 1, numRuns: 500 },
    );
  });
});
