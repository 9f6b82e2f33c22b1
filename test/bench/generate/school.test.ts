// Synthetic schools: deterministic, classes of 30 across year groups, pupils at national rates.

import { describe, expect, it } from 'vitest';
import { NATIONAL_RATES, displayName, generateSchool, isValidUpn } from '../../../bench/generate/index.js';

describe('generateSchool', () => {
  const school = generateSchool({ seed: 2024, pupils: 3000 });

  it('gives the same school for the same seed and another for another seed', () => {
    expect(generateSchool({ seed: 2024, pupils: 90 })).toEqual(generateSchool({ seed: 2024, pupils: 90 }));
    expect(generateSchool({ seed: 2025, pupils: 90 }).pupils.map(displayName)).not.toEqual(
      generateSchool({ seed: 2024, pupils: 90 }).pupils.map(displayName),
    );
  });

  it('puts 3,000 pupils in 100 classes of 30 from Reception to Year 11, a primary school in R to Year 6', () => {
    expect(school.pupils).toHaveLength(3000);
    expect(school.classes).toHaveLength(100);
    for (const c of school.classes) {
      expect(c.pupils).toHaveLength(30);
      expect(c.pupils.every((p) => p.year === c.year && p.regGroup === c.name)).toBe(true);
    }
    expect(new Set(school.classes.map((c) => c.year))).toEqual(
      new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
    );
    expect(new Set(generateSchool({ seed: 1, pupils: 420 }).classes.map((c) => c.year))).toEqual(
      new Set([0, 1, 2, 3, 4, 5, 6]),
    );
    expect(generateSchool({ seed: 1, pupils: 45 }).classes.map((c) => c.pupils.length)).toEqual([30, 15]);
  });

  it('draws SEN support, EHC plans, pupil premium and EAL at national rates (within 2 points at 3,000)', () => {
    const share = (f: (p: (typeof school.pupils)[number]) => boolean): number =>
      school.pupils.filter(f).length / 3000;
    expect(Math.abs(share((p) => p.sen === 'K') - NATIONAL_RATES.senSupport)).toBeLessThan(0.02);
    expect(Math.abs(share((p) => p.sen === 'E') - NATIONAL_RATES.ehcPlan)).toBeLessThan(0.02);
    expect(Math.abs(share((p) => p.pupilPremium) - NATIONAL_RATES.pupilPremium)).toBeLessThan(0.02);
    expect(Math.abs(share((p) => p.eal) - NATIONAL_RATES.eal)).toBeLessThan(0.02);
  });

  it('gives every pupil a valid, unique UPN, a name unique in their class, and a birthday in their year group', () => {
    const upns = school.pupils.map((p) => p.upn);
    expect(upns.every(isValidUpn)).toBe(true);
    expect(new Set(upns).size).toBe(upns.length);
    for (const c of school.classes) expect(new Set(c.pupils.map(displayName)).size).toBe(c.pupils.length);
    for (const p of school.pupils) {
      // Year Y in 2024/25 was born between 1 September 2019-Y and 31 August 2020-Y.
      expect(p.dateOfBirth.getTime()).toBeGreaterThanOrEqual(Date.UTC(2019 - p.year, 8, 1));
      expect(p.dateOfBirth.getTime()).toBeLessThanOrEqual(Date.UTC(2020 - p.year, 7, 31));
    }
  });

  it('makes pupils with SEN lower attaining on average, as national results show', () => {
    const mean = (sen: string): number => {
      const ps = school.pupils.filter((p) => p.sen === sen);
      return ps.reduce((s, p) => s + p.ability, 0) / ps.length;
    };
    expect(mean('E')).toBeLessThan(mean('K'));
    expect(mean('K')).toBeLessThan(mean('N'));
  });
});
