import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUILT_IN_SCALES } from '../../../core/scales/index.js';
import { scale } from './helpers.js';

/** A spelling of `text` a teacher might type: different case, padding, doubled inner spaces. */
const variant = (text: string) =>
  fc
    .record({
      caseFlips: fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      left: fc.constantFrom('', ' ', '  ', '\t', '\u00a0'),
      right: fc.constantFrom('', ' ', '\n'),
      widen: fc.boolean(),
    })
    .map(({ caseFlips, left, right, widen }) => {
      const cased = [...text].map((ch, i) => (caseFlips[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
      return left + (widen ? cased.replace(/ /g, '  ') : cased) + right;
    });

const stepOf = (id: string, value: string | number): number | string => {
  const p = scale(id).parse(value);
  return p.kind === 'grade' ? p.step : `${p.kind}: ${'reason' in p ? p.reason : ''}`;
};

describe.each(BUILT_IN_SCALES.map((d) => d.id))('%s, every step', (id) => {
  const steps = scale(id).steps;

  it('reads each label, and each alias, as its own step', () => {
    steps.forEach((s, i) => {
      expect(stepOf(id, s.label)).toBe(i);
      expect(stepOf(id, String(s.label))).toBe(i);
      for (const alias of s.aliases ?? []) expect(stepOf(id, alias)).toBe(i);
    });
  });

  it('reads case and spacing variants of each label and alias as that step', () => {
    const spellings = steps.flatMap((s, i) =>
      [String(s.label), ...(s.aliases ?? [])].map((t) => [t, i] as const),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...spellings).chain(([text, i]) => variant(text).map((v) => [v, i] as const)),
        ([typed, i]) => stepOf(id, typed) === i,
      ),
      { numRuns: 300 },
    );
  });

  it('gives at(step) the same grade parse gives for its label', () => {
    steps.forEach((s, i) => expect(scale(id).parse(s.label)).toEqual(scale(id).at(i)));
  });
});

describe('reading ages round-trip through every written form', () => {
  const months = fc.integer({ min: 48, max: 16 * 12 + 11 });
  const label = (m: number) => `${Math.floor(m / 12)}y ${m % 12}m`;

  it('reads each text form as the same month', () => {
    fc.assert(
      fc.property(months, (m) => {
        const y = Math.floor(m / 12);
        const mo = m % 12;
        const mm = String(mo).padStart(2, '0');
        const forms = [
          `${y}y ${mo}m`,
          `${y} y ${mo} m`,
          `${y}yrs ${mo}mths`,
          `${y} years ${mo} months`,
          `${y}:${mm}`,
          `${y}-${mm}`,
          `${y}.${mm}`,
          `${y}.${mo}`,
        ];
        return forms.every((f) => {
          const p = scale('reading-age').parse(f);
          return p.kind === 'grade' && p.label === label(m) && p.step === m - 48;
        });
      }),
    );
  });

  it('reads each number form unless its months read two ways', () => {
    fc.assert(
      fc.property(months, (m) => {
        const y = Math.floor(m / 12);
        const mo = m % 12;
        // 7.10 and 7.1 are the same number: either form of 10 months, or the short form of 1 month.
        const forms = [
          { n: Number(`${y}.${String(mo).padStart(2, '0')}`), twoWays: mo === 10 },
          { n: Number(`${y}.${mo}`), twoWays: mo === 1 || mo === 10 },
        ];
        return forms.every(({ n, twoWays }) => {
          const p = scale('reading-age').parse(n);
          if (twoWays) return p.kind === 'unreadable' && /1m or .*10m/.test(p.reason);
          return p.kind === 'grade' && p.label === label(m);
        });
      }),
    );
  });

  it('refuses every month of 12 or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 16 }), fc.integer({ min: 12, max: 99 }), (y, mo) => {
        const p = scale('reading-age').parse(`${y}:${mo}`);
        return p.kind === 'unreadable' && /months must be 0 to 11/.test(p.reason);
      }),
    );
  });
});

describe('numeric scales round-trip', () => {
  it('standardised scores: every whole number 40-160, as number or text, is its own step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 160 }), (n) => {
        const a = scale('standardised-score').parse(n);
        const b = scale('standardised-score').parse(` ${n} `);
        return (
          a.kind === 'grade' && a.label === n && a.step === n - 40 && b.kind === 'grade' && b.step === a.step
        );
      }),
    );
  });

  it('standardised scores: every number outside 40-160 or with a fraction is unreadable', () => {
    const outside = fc.oneof(
      fc.integer({ min: -1000, max: 39 }),
      fc.integer({ min: 161, max: 10000 }),
      fc.double({ min: 40, max: 160, noNaN: true }).filter((x) => Math.abs(x - Math.round(x)) > 1e-6),
    );
    fc.assert(fc.property(outside, (n) => scale('standardised-score').parse(n).kind === 'unreadable'));
  });

  it('percentages: every whole percent reads the same as n, "n%" and the fraction n/100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (n) => {
        const forms: (string | number)[] = [`${n}%`, `${n} %`, String(n), n];
        if (n > 1 && n < 100) forms.push(n / 100);
        return forms.every((f) => {
          const p = scale('percentage').parse(f);
          return p.kind === 'grade' && p.label === n && p.step === n;
        });
      }),
    );
  });

  it('percentages: fractions round half up to the nearest whole percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (tenThousandths) => {
        const p = scale('percentage').parse(tenThousandths / 10000);
        const expected = Math.floor(tenThousandths / 100 + (tenThousandths % 100 >= 50 ? 1 : 0));
        return p.kind === 'grade' && p.label === expected;
      }),
    );
  });

  it('Leuven: 1-5 read as themselves on both scales', () => {
    for (const id of ['leuven-wellbeing', 'leuven-involvement'])
      for (let n = 1; n <= 5; n++)
        expect(scale(id).parse(n)).toMatchObject({ kind: 'grade', label: n, step: n - 1 });
  });
});

describe('parse never throws', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.date(),
    fc.stringMatching(/^[0-9 .:%+*\-ypmPLlevwabc()]{0,12}$/),
  );
  it.each(BUILT_IN_SCALES.map((d) => d.id))('%s', (id) => {
    fc.assert(
      fc.property(cell, (v) => {
        const p = scale(id).parse(v);
        return ['grade', 'blank', 'absent', 'unreadable'].includes(p.kind);
      }),
      { numRuns: 500 },
    );
  });
});
