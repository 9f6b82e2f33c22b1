import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUILT_IN_SCALES, scaleRangeName } from '../../../core/scales/index.js';

/** Excel, Sheets and LibreOffice all accept this, and no cell reference (A1, R1C1) has an underscore. */
const SAFE_NAME = /^[A-Z][A-Z0-9_]*_[A-Z0-9_]*$/;

describe('scaleRangeName', () => {
  it('turns a kebab-case id into an upper-case name with the PM_ prefix', () => {
    expect(scaleRangeName('nc-sublevels')).toBe('PM_NC_SUBLEVELS');
    expect(scaleRangeName('gcse-9-1')).toBe('PM_GCSE_9_1');
    expect(scaleRangeName('percentage')).toBe('PM_PERCENTAGE');
  });

  it('gives every built-in a distinct, safe name', () => {
    const names = BUILT_IN_SCALES.map((s) => scaleRangeName(s.id));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(SAFE_NAME);
  });

  it('stays safe for ids that would look like cell references or hold odd characters', () => {
    expect(scaleRangeName('a1')).toBe('PM_A1');
    expect(scaleRangeName('r1c1')).toBe('PM_R1C1');
    expect(scaleRangeName('true')).toBe('PM_TRUE');
    expect(scaleRangeName('école phonics!')).toBe('PM_COLE_PHONICS');
    expect(scaleRangeName('')).toBe('PM_SCALE');
  });

  it('is safe and short enough for any text, and injective over kebab-case ids', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const n = scaleRangeName(id);
        return SAFE_NAME.test(n) && n.length <= 250;
      }),
    );
    const kebab = fc
      .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join('-'));
    fc.assert(fc.property(kebab, kebab, (a, b) => a === b || scaleRangeName(a) !== scaleRangeName(b)));
  });
});
