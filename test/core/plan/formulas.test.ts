import { describe, expect, it } from 'vitest';
import {
  countNumbersWhere,
  countWhere,
  distinctCount,
  enrolmentProgress,
  enrolmentStatus,
  eq,
  filterCondition,
  literalCriterion,
  lookupExact,
  num,
  productOf,
  ratio,
  scalePosition,
  sumWhere,
  text,
  trackerExpectedNow,
  trackerLatest,
  trackerLatestPoint,
  trackerStatus,
  type ScaleRanges,
} from '../../../core/plan/formulas.js';
import { formulaProblems } from '../../../core/plan/formula-check.js';

const NC: ScaleRanges = { labels: 'PM_NC', steps: 'PM_NC_STEP' };
const pos = (cell: string): string => `SUMPRODUCT((PM_NC=${cell})*PM_NC_STEP)`;

/** Every built formula must pass the static check: balanced, portable, no leading "=". */
function portable(f: string): string {
  expect(formulaProblems(f)).toEqual([]);
  return f;
}

describe('literals', () => {
  it('doubles quotes inside text literals', () => {
    expect(text('met')).toBe('"met"');
    expect(text('say "hi"')).toBe('"say ""hi"""');
  });

  it('writes numbers plainly and refuses what no formula can hold', () => {
    expect(num(0.5)).toBe('0.5');
    expect(num(-1)).toBe('-1');
    expect(num(-0)).toBe('0');
    expect(num(1e-7)).toBe('0.0000001');
    expect(() => num(Number.NaN)).toThrow(RangeError);
    expect(() => num(Infinity)).toThrow(RangeError);
  });

  it('matches criteria literally: operators and wildcards escaped', () => {
    expect(portable(literalCriterion('A5'))).toBe(
      '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A5,"~","~~"),"*","~*"),"?","~?")',
    );
  });
});

describe('scale positions', () => {
  it('is a SUMPRODUCT over the two named ranges, and 0 without a scale', () => {
    expect(portable(scalePosition(NC, 'H5'))).toBe(pos('H5'));
    expect(scalePosition(null, 'H5')).toBe('0');
  });
});

describe('enrolment formulas', () => {
  it('progress is exit minus entry when both are on the scale', () => {
    expect(portable(enrolmentProgress(NC, 'H5', 'J5'))).toBe(
      `IF(AND(${pos('H5')}>0,${pos('J5')}>0),${pos('J5')}-${pos('H5')},"")`,
    );
    expect(enrolmentProgress(null, 'H5', 'J5')).toBe('""');
  });

  it('status applies the rules in order: no target, pending, met, partly met, not met', () => {
    const [e, t, x] = [pos('H5'), pos('I5'), pos('J5')];
    expect(portable(enrolmentStatus(NC, 'H5', 'I5', 'J5'))).toBe(
      `IF(${t}=0,"no target",IF(${x}=0,"pending",IF(${x}>=${t},"met",IF(AND(${e}>0,${x}>${e}),"partly met","not met"))))`,
    );
    expect(enrolmentStatus(null, 'H5', 'I5', 'J5')).toBe('"no target"');
  });
});

describe('tracker formulas', () => {
  const points = ['I2', 'J2', 'K2', 'L2'];
  const headers = ['I$1', 'J$1', 'K$1', 'L$1'];

  it('latest is the last point after the baseline on the scale, nested from the right', () => {
    expect(portable(trackerLatest(NC, points))).toBe(
      `IF(${pos('L2')}>0,L2,IF(${pos('K2')}>0,K2,IF(${pos('J2')}>0,J2,"")))`,
    );
    expect(trackerLatest(NC, points)).not.toContain(pos('I2'));
    expect(trackerLatest(null, points)).toBe('""');
  });

  it('latest point names the header of that point', () => {
    expect(portable(trackerLatestPoint(NC, points, headers))).toBe(
      `IF(${pos('L2')}>0,L$1,IF(${pos('K2')}>0,K$1,IF(${pos('J2')}>0,J$1,"")))`,
    );
  });

  it('expected now is the grade at the rounded straight-line position', () => {
    const k = `IF(${pos('L2')}>0,3,IF(${pos('K2')}>0,2,IF(${pos('J2')}>0,1,0)))`;
    const [b, t, l] = [pos('I2'), pos('M2'), pos('N2')];
    expect(portable(trackerExpectedNow(NC, 'I2', 'M2', points, 'N2'))).toBe(
      `IF(OR(${b}=0,${t}=0,${l}=0),"",INDEX(PM_NC,ROUND(${b}+(${t}-${b})*${k}/3,0)))`,
    );
  });

  it('status rounds the difference to 6 places and uses the tolerance as numbers', () => {
    const f = portable(trackerStatus(NC, 'I2', 'M2', points, 'N2', 0.5));
    expect(f.startsWith(`IF(OR(${pos('I2')}=0,${pos('M2')}=0,${pos('N2')}=0),"no data",`)).toBe(true);
    expect(f).toContain(',6)>0.5,"ahead"');
    expect(f).toContain(',6)>=-0.5,"on track"');
    expect(f).toContain(',6)>=-1,"slightly behind","off track"');
    expect(f).toContain('/3),6)');
    expect(trackerStatus(null, 'I2', 'M2', points, 'N2', 1)).toBe('"no data"');
  });

  it('with a single assessment point gives no data and a blank expected grade, never a division by 0', () => {
    // The evaluator's rule: with n = 1 there is no later point, so no data (core/evaluate/tracking.ts).
    const one = ['I2'];
    expect(trackerExpectedNow(NC, 'I2', 'J2', one, 'K2')).toBe('""');
    expect(trackerStatus(NC, 'I2', 'J2', one, 'K2', 1)).toBe('"no data"');
    expect(trackerLatest(NC, one)).toBe('""');
    expect(trackerLatestPoint(NC, one, ['I$1'])).toBe('""');
    expect(trackerStatus(NC, 'I2', 'J2', [], 'K2', 1)).toBe('"no data"');
    // Two points divide by n - 1 = 1.
    expect(portable(trackerStatus(NC, 'I2', 'K2', ['I2', 'J2'], 'L2', 1))).toContain('/1),6)');
  });

  it('stays well inside the 8,192-character formula limit for a long year', () => {
    const long: ScaleRanges = { labels: 'PM_STANDARDISED_SCORE', steps: 'PM_STANDARDISED_SCORE_STEP' };
    const twelve = Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(73 + i)}2`);
    expect(portable(trackerStatus(long, 'I2', 'U2', twelve, 'V2', 3)).length).toBeLessThan(6000);
  });
});

describe('aggregates', () => {
  it('counts and sums with SUMPRODUCT masks (booleans made numbers)', () => {
    expect(portable(countWhere([eq('$A$5:$A$9', 'A2')]))).toBe('SUMPRODUCT(--($A$5:$A$9=A2))');
    expect(portable(countWhere([eq('R', 'A2'), eq('S', '"met"')]))).toBe('SUMPRODUCT((R=A2)*(S="met"))');
    expect(portable(countNumbersWhere([eq('R', 'A2')], 'P'))).toBe('SUMPRODUCT((R=A2)*ISNUMBER(P))');
    expect(portable(sumWhere([eq('R', 'A2')], 'P'))).toBe('SUMPRODUCT(--(R=A2),P)');
    expect(() => countWhere([])).toThrow(RangeError);
  });

  it('filters on one value or any of several', () => {
    expect(filterCondition({ range: 'C', values: ['"K"'] })).toBe('(C="K")');
    expect(filterCondition({ range: 'C', values: ['"3B"', '"Class 3B"'] })).toBe(
      '((C="3B")+(C="Class 3B")>0)',
    );
    expect(() => filterCondition({ range: 'C', values: [] })).toThrow(RangeError);
  });

  it('counts distinct pupils with literal COUNTIFS criteria and guarded divisors', () => {
    const f = portable(distinctCount([{ range: 'I', values: ['A2'] }], ['P']));
    expect(f).toBe(
      `SUMPRODUCT((I=A2)*(P<>"")/(COUNTIFS(P,${literalCriterion('P')},I,${literalCriterion('I')})+(1-(I=A2))+(P="")))`,
    );
    expect(portable(distinctCount([], ['P', 'C']))).toBe(
      `SUMPRODUCT((P<>"")/(COUNTIFS(P,${literalCriterion('P')},C,${literalCriterion('C')})+(P="")))`,
    );
    expect(() => distinctCount([], [])).toThrow(RangeError);
  });

  it('divides only numbers, and only by more than zero', () => {
    expect(portable(ratio('K2', 'L2'))).toBe('IF(AND(ISNUMBER(K2),ISNUMBER(L2)),IF(L2>0,K2/L2,""),"")');
    expect(portable(productOf(['E2', 'F2', 'G2'], 60))).toBe(
      'IF(AND(ISNUMBER(E2),ISNUMBER(F2),ISNUMBER(G2)),E2*F2*G2/60,"")',
    );
    expect(productOf(['J2', 'I2'])).toBe('IF(AND(ISNUMBER(J2),ISNUMBER(I2)),J2*I2,"")');
  });

  it('looks a key up exactly (no MATCH, so no wildcards) and is blank when absent', () => {
    const idx = 'SUMPRODUCT(MAX((Interventions!$A$2:$A$9=A5)*(ROW(Interventions!$A$2:$A$9)-1)))';
    expect(portable(lookupExact('Interventions!$A$2:$A$9', 'Interventions!$R$2:$R$9', 'A5', 2))).toBe(
      `IF(${idx}=0,"",INDEX(Interventions!$R$2:$R$9,${idx}))`,
    );
  });
});
