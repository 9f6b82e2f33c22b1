// Hand-built models for the evaluate, collate and summary tests, on the real built-in scales.

import type {
  Enrolment,
  Intervention,
  ProvisionMap,
  Pupil,
  Schedule,
  Target,
} from '../../../core/model/types.js';
import { ScaleRegistry } from '../../../core/scales/index.js';
import type { Grade } from '../../../core/scales/types.js';
import { resolveSettings } from '../../../core/settings.js';

export const scales = new ScaleRegistry();
export const settings = resolveSettings();

/** A grade as a teacher would type it; fails the test if the scale cannot read it. */
export function grade(scaleId: string, text: string | number): Grade {
  const parsed = scales.get(scaleId).parse(text);
  if (parsed.kind !== 'grade') throw new Error(`${text} is not on ${scaleId}`);
  return parsed;
}

export function pupil(name: string, over: Partial<Pupil> = {}): Pupil {
  return {
    id: over.id ?? name.toLowerCase(),
    name,
    upn: null,
    year: null,
    group: null,
    sen: null,
    pp: null,
    eal: null,
    lookedAfter: null,
    gender: null,
    dateOfBirth: null,
    source: null,
    ...over,
  };
}

export function schedule(
  text: string,
  sessionsPerWeek: number | null,
  minutesPerSession: number | null,
  weeks: number | null,
): Schedule {
  return { text, sessionsPerWeek, minutesPerSession, weeks, note: null };
}

export function intervention(name: string, over: Partial<Intervention> = {}): Intervention {
  return {
    id: over.id ?? name.toLowerCase(),
    name,
    area: null,
    groupSize: null,
    schedule: schedule('', null, null, null),
    staff: null,
    costPerHour: null,
    start: null,
    end: null,
    source: null,
    ...over,
  };
}

export const plusOne: Target = { kind: 'relative', steps: 1, text: 'Plus one sub-level.' };
export const noTarget = (text = 'To read with expression.'): Target => ({ kind: 'none', text });

/** An enrolment row; entry/exit as typed text on the scale (null for blank). */
export function enrolment(
  pupilId: string,
  interventionId: string,
  scaleId: string | null,
  entry: string | number | null,
  target: Target,
  exit: string | number | null,
  over: Partial<Enrolment> = {},
): Enrolment {
  return {
    pupilId,
    interventionId,
    scaleId,
    entry: entry === null || scaleId === null ? null : grade(scaleId, entry),
    target,
    exit: exit === null || scaleId === null ? null : grade(scaleId, exit),
    outcome: null,
    notes: null,
    source: null,
    ...over,
  };
}

/** The seed's evaluated provision map (third table of the quick guide), as a hand-built model. */
export function seedMap(): ProvisionMap {
  const names = ['Amy', 'Joe', 'Dan', 'Fred', 'Bob', 'Max', 'Carl', 'Jane', 'Sara', 'Jack', 'Tim'];
  const nc = 'nc-sublevels';
  const comprehension: [string, string, string][] = [
    ['amy', '2c', '2b'],
    ['joe', '2b', '2b'],
    ['dan', '2c', '2a'],
    ['fred', '2c', '2a'],
    ['bob', '2b', '2a'],
    ['max', '2c', '2b'],
  ];
  const numeracy: [string, string, string][] = [
    ['dan', '3c', '3b'],
    ['fred', '3c', '3b'],
    ['carl', '3b', '3b'],
    ['amy', '3c', '3c'],
    ['jane', '3c', '3a'],
    ['sara', '3c', '3a'],
  ];
  const social: [string, number, number, number, number][] = [
    ['carl', 1, 2, 3, 3],
    ['jack', 4, 2, 4, 4],
    ['tim', 3, 2, 4, 4],
  ];
  const socialTarget = noTarget(
    'To work on: independent targets, organisational skills, working with others.',
  );
  return {
    title: 'Provision map',
    strategies: ['visual timetables', 'peer mentoring', 'word banks'],
    pupils: names.map((n) => pupil(n)),
    interventions: [
      intervention('Comprehension group', {
        id: 'comprehension group',
        groupSize: 6,
        schedule: schedule('3 x 15 mins x 6 weeks', 3, 15, 6),
        staff: 'HLTA',
        area: 'cognition and learning',
      }),
      intervention('Numeracy', {
        groupSize: 6,
        schedule: { ...schedule('4 x 20 mins x 6 weeks (early am)', 4, 20, 6), note: 'early am' },
        staff: 'HLTA',
        area: 'cognition and learning',
      }),
      intervention('Paired reading', {
        id: 'paired reading',
        groupSize: 6,
        schedule: schedule('Daily x 10 mins', 5, 10, null),
        staff: 'HLTA',
      }),
      intervention('Social skills', {
        id: 'social skills',
        groupSize: 6,
        schedule: schedule('3 x 15 mins', 3, 15, null),
        staff: 'TA',
        area: 'social, emotional and mental health',
      }),
    ],
    enrolments: [
      ...comprehension.map(([p, entry, exit]) =>
        enrolment(p, 'comprehension group', nc, entry, plusOne, exit),
      ),
      ...numeracy.map(([p, entry, exit]) => enrolment(p, 'numeracy', nc, entry, plusOne, exit)),
      enrolment(
        'joe',
        'paired reading',
        nc,
        '2b',
        noTarget('To re-engage with text. To read with expression.'),
        '2a',
      ),
      ...social.flatMap(([p, wb, inv, wbExit, invExit]) => [
        enrolment(p, 'social skills', 'leuven-wellbeing', wb, socialTarget, wbExit),
        enrolment(p, 'social skills', 'leuven-involvement', inv, socialTarget, invExit),
      ]),
    ],
  };
}
