import { describe, expect, it } from 'vitest';
import {
  evaluateEnrolment,
  evaluateIntervention,
  evaluateMap,
  hourlyRateFor,
  rateKeyFor,
  totalHoursOf,
} from '../../../core/evaluate/index.js';
import { resolveSettings } from '../../../core/settings.js';
import { importSheet } from '../../../core/import/index.js';
import type { ProvisionMap } from '../../../core/model/types.js';
import { defaultOptions, loadGrid } from '../import/fixtures.js';
import { enrolment, intervention, plusOne, scales, schedule, seedMap, settings } from './builders.js';

/** The seed's third table as the import reads it from the teacher's sheet (test/fixtures/import). */
function importedSeedMap(): ProvisionMap {
  const r = importSheet(loadGrid('seed-evaluated-map'), defaultOptions());
  if (r.kind !== 'provision') throw new Error(`seed-evaluated-map read as ${r.kind}`);
  return r.map;
}

// The same outcomes from a model built by hand and from the table as a teacher typed it, read by import.
describe.each([
  ['built by hand', seedMap],
  ['read from the sheet', importedSeedMap],
])('the seed provision map (third table), %s', (_, make) => {
  const map = make();
  const ev = evaluateMap(map, scales, settings);
  const byId = (id: string) => ev.interventions[map.interventions.findIndex((i) => i.id === id)]!;
  // Pupils by first name, lower case, whichever ids the map gave them.
  const nameOf = (pupilId: string) => map.pupils.find((p) => p.id === pupilId)!.name.toLowerCase();
  const statusesOf = (id: string) =>
    map.enrolments.flatMap((e, i) =>
      e.interventionId === id ? [[nameOf(e.pupilId), ev.enrolments[i]!.status] as const] : [],
    );

  it('comprehension: positive outcomes for all except Joe', () => {
    const notMet = statusesOf('comprehension group').filter(([, s]) => s !== 'met');
    expect(notMet).toEqual([['joe', 'not met']]);
    expect(byId('comprehension group')).toMatchObject({ pupils: 6, assessed: 6, met: 5, stepsGained: 7 });
    expect(byId('comprehension group').percentMet).toBeCloseTo(5 / 6, 12);
  });

  it('numeracy: 4 of 6 plus one sub-level or more', () => {
    const rows = map.enrolments.flatMap((e, i) =>
      e.interventionId === 'numeracy' ? [ev.enrolments[i]!] : [],
    );
    expect(rows.filter((r) => (r.progress ?? 0) >= 1)).toHaveLength(4);
    expect(byId('numeracy')).toMatchObject({ met: 4, assessed: 6, percentMet: 4 / 6 });
    expect(
      statusesOf('numeracy')
        .filter(([, s]) => s !== 'met')
        .map(([p]) => p),
    ).toEqual(['carl', 'amy']);
  });

  it('paired reading: progress +1 with no measurable target', () => {
    expect(statusesOf('paired reading')).toEqual([['joe', 'no target']]);
    expect(byId('paired reading')).toMatchObject({
      assessed: 1,
      meanProgress: 1,
      met: 0,
      percentMet: null,
      totalHours: null,
      cost: null,
    });
  });

  it('social skills: Leuven well-being and involvement both improved on average', () => {
    const social = map.interventions.find((i) => i.id === 'social skills')!;
    for (const scaleId of ['leuven-wellbeing', 'leuven-involvement']) {
      const rows = map.enrolments.filter((e) => e.scaleId === scaleId);
      expect(rows).toHaveLength(3);
      const r = evaluateIntervention(social, rows, scales, settings);
      expect(r.meanProgress).toBeGreaterThan(0);
      expect(r.pupils).toBe(3);
    }
    const wellbeing = map.enrolments.filter((e) => e.scaleId === 'leuven-wellbeing');
    expect(evaluateIntervention(social, wellbeing, scales, settings).meanProgress).toBe((2 + 0 + 1) / 3);
  });

  it('hours and cost: 3 x 15 mins x 6 weeks by an HLTA at the settings rate', () => {
    const c = byId('comprehension group');
    expect(c.totalHours).toBe(4.5);
    expect(c.costPerHour).toBe(settings.hourlyRates.HLTA);
    expect(c.cost).toBe(4.5 * 14);
    expect(c.costPerPupil).toBe((4.5 * 14) / 6);
    expect(c.costPerStep).toBe((4.5 * 14) / 7);
    expect(byId('numeracy')).toMatchObject({ totalHours: 8, cost: 8 * 14 });
    expect(byId('numeracy').costPerStep).toBeCloseTo(112 / 6, 12);
    const dearer = evaluateMap(map, scales, resolveSettings({ hourlyRates: { HLTA: 20, TA: 12 } }));
    expect(dearer.interventions[0]!.cost).toBe(90);
  });

  it('evaluates rows in map order', () => {
    expect(ev.enrolments).toHaveLength(map.enrolments.length);
    map.enrolments.forEach((e, i) => expect(ev.enrolments[i]).toEqual(evaluateEnrolment(e, scales)));
  });
});

describe('evaluateIntervention', () => {
  const i = intervention('Maths', { schedule: schedule('2 x 30 mins x 10 weeks', 2, 30, 10), staff: 'TA' });

  it('counts outcomes only over met, partly met and not met rows', () => {
    const rows = [
      enrolment('a', 'maths', 'nc-sublevels', '2c', plusOne, '2b'),
      enrolment('b', 'maths', 'nc-sublevels', '2c', { kind: 'relative', steps: 3, text: '' }, '2b'),
      enrolment('c', 'maths', 'nc-sublevels', '2c', plusOne, null),
      enrolment('d', 'maths', 'nc-sublevels', null, plusOne, '2b'),
      enrolment('a', 'other', 'nc-sublevels', '2c', plusOne, '2c'),
    ];
    const r = evaluateIntervention(i, rows, scales, settings);
    expect(r).toMatchObject({
      pupils: 4,
      assessed: 2,
      met: 1,
      percentMet: 0.5,
      meanProgress: 1,
      stepsGained: 2,
    });
    expect(r).toMatchObject({
      totalHours: 10,
      cost: 120,
      costPerPupil: 30,
      costPerStep: 60,
      costPerHour: 12,
    });
  });

  it('has no cost per step when no steps were gained, and no cost when hours are unknown', () => {
    const flat = [enrolment('a', 'maths', 'nc-sublevels', '2c', plusOne, '2c')];
    expect(evaluateIntervention(i, flat, scales, settings)).toMatchObject({
      stepsGained: 0,
      cost: 120,
      costPerStep: null,
    });
    const open = { ...i, schedule: schedule('3 x 15 mins', 3, 15, null) };
    expect(evaluateIntervention(open, flat, scales, settings)).toMatchObject({
      totalHours: null,
      cost: null,
      costPerPupil: null,
    });
  });

  it("prefers the sheet's own hourly cost to the settings rate", () => {
    const own = { ...i, costPerHour: 25 };
    expect(evaluateIntervention(own, [], scales, settings)).toMatchObject({
      costPerHour: 25,
      cost: 250,
      pupils: 0,
      costPerPupil: null,
      percentMet: null,
      meanProgress: null,
    });
  });

  it('totalHoursOf needs every part', () => {
    expect(totalHoursOf(schedule('', 4, 20, 6))).toBe(8);
    expect(totalHoursOf(schedule('', null, 20, 6))).toBeNull();
  });
});

describe('hourly rate by staff role', () => {
  const rates = { HLTA: 14, TA: 12, Teacher: 30, 'Senior TA': 13 };

  it('matches whole words case-insensitively; HLTA never matches TA', () => {
    expect(rateKeyFor('hlta', rates)).toBe('HLTA');
    expect(rateKeyFor(' HLTA ', rates)).toBe('HLTA');
    expect(rateKeyFor('Mrs Patel (TA)', rates)).toBe('TA');
    expect(hourlyRateFor('HLTA', { TA: 12 })).toBeNull();
    expect(hourlyRateFor('TA', { HLTA: 14 })).toBeNull();
  });

  it('prefers the longer role and refuses two different roles', () => {
    expect(rateKeyFor('Senior TA', rates)).toBe('Senior TA');
    expect(rateKeyFor('Teacher and TA', rates)).toBeNull();
    expect(rateKeyFor('Volunteer', rates)).toBeNull();
    expect(rateKeyFor(null, rates)).toBeNull();
    expect(rateKeyFor('', rates)).toBeNull();
  });
});
