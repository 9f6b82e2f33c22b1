// The three provision-map tables of the seed guidance, as a teacher would type them into a sheet: the
// pupils, interventions, entry and exit grades and targets the guidance shows must come out as shown.

import { describe, expect, it } from 'vitest';
import { importSheet, type ImportResult } from '../../../core/import/index.js';
import type { ProvisionMap } from '../../../core/model/types.js';
import { defaultOptions, loadGrid } from './fixtures.js';

const SEED_PUPILS = ['Amy', 'Joe', 'Dan', 'Fred', 'Bob', 'Max', 'Carl', 'Jane', 'Sara', 'Jack', 'Tim'];
const INTERVENTIONS = ['Comprehension group', 'Numeracy', 'Paired reading', 'Social skills'];

/** Entry and exit per pupil as the seed's evaluated map shows them (Leuven: well-being, involvement). */
const SEED_GRADES: Record<string, Record<string, [string | number, string | number]>> = {
  'comprehension group': {
    Amy: ['2c', '2b'],
    Joe: ['2b', '2b'],
    Dan: ['2c', '2a'],
    Fred: ['2c', '2a'],
    Bob: ['2b', '2a'],
    Max: ['2c', '2b'],
  },
  numeracy: {
    Dan: ['3c', '3b'],
    Fred: ['3c', '3b'],
    Carl: ['3b', '3b'],
    Amy: ['3c', '3c'],
    Jane: ['3c', '3a'],
    Sara: ['3c', '3a'],
  },
  'paired reading': { Joe: ['2b', '2a'] },
};
const LEUVEN: Record<string, [[number, number], [number, number]]> = {
  Carl: [
    [1, 2],
    [3, 3],
  ],
  Jack: [
    [4, 2],
    [4, 4],
  ],
  Tim: [
    [3, 2],
    [4, 4],
  ],
};

function mapOf(result: ImportResult): ProvisionMap {
  if (result.kind !== 'provision') throw new Error(`expected a provision map, got ${result.kind}`);
  return result.map;
}

function nameOf(map: ProvisionMap, pupilId: string): string {
  return map.pupils.find((p) => p.id === pupilId)!.name;
}

describe.each(['seed-audit', 'seed-entry-and-targets', 'seed-evaluated-map'])('seed table %s', (scenario) => {
  const map = mapOf(importSheet(loadGrid(scenario), defaultOptions()));

  it('reads every pupil once, in the order first listed, names trimmed', () => {
    expect(map.pupils.map((p) => p.name)).toEqual(SEED_PUPILS);
  });

  it('reads the four interventions with their audit details', () => {
    expect(map.interventions.map((i) => i.name)).toEqual(INTERVENTIONS);
    expect(map.interventions.map((i) => i.groupSize)).toEqual([6, 6, 6, 6]);
    expect(map.interventions.map((i) => i.staff)).toEqual(['HLTA', 'HLTA', 'HLTA', 'TA']);
    const numeracy = map.interventions[1]!.schedule;
    expect([numeracy.sessionsPerWeek, numeracy.minutesPerSession, numeracy.weeks, numeracy.note]).toEqual([
      4,
      20,
      6,
      'early am',
    ]);
    expect(map.interventions[2]!.schedule.sessionsPerWeek).toBe(5);
  });

  it('enrols each listed pupil in each intervention (Leuven pairs twice)', () => {
    const count = (id: string) => map.enrolments.filter((e) => e.interventionId === id).length;
    expect([count('comprehension group'), count('numeracy'), count('paired reading')]).toEqual([6, 6, 1]);
    // Without entry data the audit has nothing to split into well-being and involvement.
    expect(count('social skills')).toBe(scenario === 'seed-audit' ? 3 : 6);
  });
});

describe('seed entry data, targets and exit data', () => {
  const evaluated = mapOf(importSheet(loadGrid('seed-evaluated-map'), defaultOptions()));
  const withTargets = mapOf(importSheet(loadGrid('seed-entry-and-targets'), defaultOptions()));

  it('pairs entry and exit grades with pupils line by line', () => {
    for (const [interventionId, grades] of Object.entries(SEED_GRADES)) {
      for (const [pupil, [entry, exit]] of Object.entries(grades)) {
        const e = evaluated.enrolments.find(
          (x) => x.interventionId === interventionId && nameOf(evaluated, x.pupilId) === pupil,
        )!;
        expect([e.scaleId, e.entry?.label, e.exit?.label], `${pupil} in ${interventionId}`).toEqual([
          'nc-sublevels',
          entry,
          exit,
        ]);
      }
    }
  });

  it('splits each Leuven pair into well-being and involvement enrolments', () => {
    for (const [pupil, [entry, exit]] of Object.entries(LEUVEN)) {
      const rows = evaluated.enrolments.filter(
        (x) => x.interventionId === 'social skills' && nameOf(evaluated, x.pupilId) === pupil,
      );
      expect(rows.map((r) => [r.scaleId, r.entry?.label, r.exit?.label])).toEqual([
        ['leuven-wellbeing', entry[0], exit[0]],
        ['leuven-involvement', entry[1], exit[1]],
      ]);
    }
  });

  it('reads "Plus one sub-level." as one step for the whole group and keeps the sentences', () => {
    for (const map of [evaluated, withTargets]) {
      const comprehension = map.enrolments.filter((e) => e.interventionId === 'comprehension group');
      for (const e of comprehension) {
        expect(e.target.kind).toBe('relative');
        expect(e.target.kind === 'relative' && e.target.steps).toBe(1);
        expect(e.target.text).toContain('To demonstrate understanding of text in conversation.');
      }
    }
  });

  it('keeps unmeasurable targets as text and says so', () => {
    const paired = withTargets.enrolments.find((e) => e.interventionId === 'paired reading')!;
    expect(paired.target).toEqual({ kind: 'none', text: 'To re-engage with text. To read with expression.' });
    const social = withTargets.enrolments.find((e) => e.interventionId === 'social skills')!;
    expect(social.target.kind).toBe('none');
    expect(social.target.text.startsWith('Leuven targets')).toBe(true);
  });

  it('keeps the outcome text for the whole group', () => {
    const joe = evaluated.enrolments.find((e) => e.interventionId === 'paired reading')!;
    expect(joe.outcome).toBe('Good progress.');
    const amy = evaluated.enrolments.find(
      (e) => e.interventionId === 'numeracy' && e.pupilId === 'name:amy',
    )!;
    expect(amy.outcome).toContain('Amy – attendance poor.');
  });

  it('reads the title and the teaching strategies above the table', () => {
    expect(evaluated.title).toBe('Class 2 provision map, autumn term');
    expect(evaluated.strategies).toEqual([
      'visual timetables',
      'peer mentoring',
      'grouping for support',
      'writing frames',
      'word banks',
      'feelings wall',
      'worry box',
    ]);
  });
});
