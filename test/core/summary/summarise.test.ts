import { describe, expect, it } from 'vitest';
import { collate } from '../../../core/collate/index.js';
import type { AreaOfNeed, Enrolment, Intervention, ProvisionMap, Pupil } from '../../../core/model/types.js';
import { summarise, type GroupFigures } from '../../../core/summary/index.js';
import {
  enrolment,
  intervention,
  noTarget,
  pupil,
  scales,
  schedule,
  settings,
} from '../evaluate/builders.js';

// A small school by hand. Each row carries its outcome and progress as worked out by hand, so the
// expected figures below are plain counts over this table.
const PUPILS: Pupil[] = [
  pupil('Amy', { year: 3, group: '3A', sen: 'K', pp: true, eal: false }),
  pupil('Ben', { year: 3, group: '3B', sen: 'N', pp: false, eal: true }),
  pupil('Cal', { year: 4, group: '4A', sen: 'E', pp: true, eal: false }),
  pupil('Dee', { year: 4, group: '4A', sen: 'K' }),
  pupil('Eve', { year: 3, group: '3A', pp: false, eal: false }),
  pupil('Fay', { year: 5, group: '5A', sen: 'K', pp: true }),
];

const INTERVENTIONS: (Intervention & { hours: number | null; rate: number | null })[] = [
  {
    ...intervention('Numeracy', {
      area: 'cognition and learning',
      schedule: schedule('4 x 20 mins x 6 weeks', 4, 20, 6),
      staff: 'HLTA',
      end: '2024-03-01',
    }),
    hours: 8,
    rate: 14,
  },
  {
    ...intervention('Reading', {
      area: 'cognition and learning',
      schedule: schedule('3 x 15 mins x 10 weeks', 3, 15, 10),
      staff: 'TA',
    }),
    hours: 7.5,
    rate: 12,
  },
  {
    ...intervention('Nurture', {
      area: 'social, emotional and mental health',
      schedule: schedule('2 x 30 mins x 12 weeks', 2, 30, 12),
      staff: 'Teacher',
    }),
    hours: 12,
    rate: 30,
  },
  {
    ...intervention('Speech', { area: 'communication and interaction', staff: 'TA', end: '2024-02-01' }),
    hours: null,
    rate: 12,
  },
  {
    ...intervention('Lego', { schedule: schedule('1 x 60 mins x 10 weeks', 1, 60, 10), staff: 'TA' }),
    hours: 10,
    rate: 12,
  },
];

type Outcome = 'met' | 'partly met' | 'not met' | 'pending' | 'no target';
const ROWS: [
  pupil: string,
  intervention: string,
  scale: string,
  entry: string | number,
  plus: number | null,
  exit: string | number | null,
  outcome: Outcome,
  progress: number | null,
][] = [
  ['amy', 'numeracy', 'nc-sublevels', '2c', 1, '2b', 'met', 1],
  ['ben', 'numeracy', 'nc-sublevels', '2c', 1, '2c', 'not met', 0],
  ['cal', 'numeracy', 'nc-sublevels', '3c', 1, '3a', 'met', 2],
  ['dee', 'numeracy', 'nc-sublevels', '2b', 2, '2a', 'partly met', 1],
  ['amy', 'reading', 'nc-sublevels', '2b', 1, null, 'pending', null],
  ['eve', 'reading', 'nc-sublevels', '2c', 1, '2c', 'not met', 0],
  ['ben', 'reading', 'nc-sublevels', '2b', 1, '2c', 'not met', -1],
  ['dee', 'reading', 'nc-sublevels', '2c', 1, '2b', 'met', 1],
  ['cal', 'nurture', 'leuven-wellbeing', 2, 1, 3, 'met', 1],
  ['amy', 'nurture', 'leuven-wellbeing', 1, 2, 2, 'partly met', 1],
  ['ben', 'speech', 'nc-sublevels', '2c', null, null, 'no target', null],
  ['cal', 'speech', 'nc-sublevels', '3c', 1, null, 'pending', null],
  ['eve', 'lego', 'leuven-involvement', 2, null, 3, 'no target', 1],
  ['dee', 'lego', 'leuven-involvement', 3, 1, 4, 'met', 1],
];

function toEnrolment([p, i, scale, entry, plus, exit]: (typeof ROWS)[number]): Enrolment {
  return enrolment(
    p,
    i,
    scale,
    entry,
    plus === null ? noTarget() : { kind: 'relative', steps: plus, text: `+${plus}` },
    exit,
  );
}

const MAP: ProvisionMap = {
  title: 'School',
  strategies: [],
  pupils: PUPILS,
  interventions: INTERVENTIONS.map(({ hours: _h, rate: _r, ...i }) => i),
  enrolments: ROWS.map(toEnrolment),
};
const TODAY = '2024-06-01';

const pupilOf = (id: string) => PUPILS.find((p) => p.id === id)!;
const hasOutcome = (o: Outcome) => o === 'met' || o === 'partly met' || o === 'not met';
const costOf = (i: (typeof INTERVENTIONS)[number]) =>
  i.hours === null || i.rate === null ? null : i.hours * i.rate;

/** Expected group figures, counted straight from the table. */
function expectedGroup(
  group: string,
  dimension: GroupFigures['dimension'],
  inGroup: (p: Pupil) => boolean,
): GroupFigures {
  const rows = ROWS.filter((r) => inGroup(pupilOf(r[0])));
  const outcomes = rows.filter((r) => hasOutcome(r[6]));
  const progress = rows.flatMap((r) => (r[7] === null ? [] : [r[7]]));
  return {
    group,
    dimension,
    pupils: new Set(rows.map((r) => r[0])).size,
    enrolments: rows.length,
    withOutcome: outcomes.length,
    met: rows.filter((r) => r[6] === 'met').length,
    percentMet: outcomes.length ? rows.filter((r) => r[6] === 'met').length / outcomes.length : null,
    meanProgress: progress.length ? progress.reduce((a, b) => a + b, 0) / progress.length : null,
  };
}

describe('summarise a small school', () => {
  const summary = summarise(MAP, scales, settings, { today: TODAY });

  it('headline: pupils in provision, rows, % met, total cost and cost per step', () => {
    const outcomes = ROWS.filter((r) => hasOutcome(r[6]));
    const costed = INTERVENTIONS.filter((i) => costOf(i) !== null);
    const costedSteps = ROWS.filter((r) => costed.some((i) => i.id === r[1])).reduce(
      (a, r) => a + (r[7] ?? 0),
      0,
    );
    const totalCost = costed.reduce((a, i) => a + costOf(i)!, 0);
    expect(summary.headline).toEqual({
      pupilsInProvision: new Set(ROWS.map((r) => r[0])).size,
      enrolments: ROWS.length,
      percentMet: ROWS.filter((r) => r[6] === 'met').length / outcomes.length,
      totalCost,
      costPerStep: totalCost / costedSteps,
      interventionsToReview: 3,
    });
    expect(summary.headline.pupilsInProvision).toBe(5);
    expect(totalCost).toBe(112 + 90 + 360 + 120);
  });

  it('impact by intervention', () => {
    expect(summary.byIntervention.map((i) => i.name)).toEqual(INTERVENTIONS.map((i) => i.name));
    for (const i of INTERVENTIONS) {
      const rows = ROWS.filter((r) => r[1] === i.id);
      const outcomes = rows.filter((r) => hasOutcome(r[6]));
      const met = rows.filter((r) => r[6] === 'met').length;
      const progress = rows.flatMap((r) => (r[7] === null ? [] : [r[7]]));
      const steps = progress.reduce((a, b) => a + b, 0);
      const cost = costOf(i);
      expect(summary.byIntervention.find((x) => x.interventionId === i.id)).toEqual({
        interventionId: i.id,
        name: i.name,
        pupils: new Set(rows.map((r) => r[0])).size,
        assessed: progress.length,
        met,
        percentMet: outcomes.length ? met / outcomes.length : null,
        meanProgress: progress.length ? steps / progress.length : null,
        totalHours: i.hours,
        cost,
        costPerPupil: cost === null ? null : cost / new Set(rows.map((r) => r[0])).size,
        stepsGained: steps,
        costPerStep: cost !== null && steps > 0 ? cost / steps : null,
        costPerHour: i.rate,
      });
    }
  });

  it('by group: SEN, pupil premium, EAL, year and class, empty groups left out', () => {
    expect(summary.byGroup).toEqual([
      expectedGroup('SEN support (K)', 'sen', (p) => p.sen === 'K'),
      expectedGroup('EHC plan (E)', 'sen', (p) => p.sen === 'E'),
      expectedGroup('No SEN (N)', 'sen', (p) => p.sen === 'N'),
      expectedGroup('Pupil premium', 'pp', (p) => p.pp === true),
      expectedGroup('Not pupil premium', 'pp', (p) => p.pp === false),
      expectedGroup('EAL', 'eal', (p) => p.eal === true),
      expectedGroup('Not EAL', 'eal', (p) => p.eal === false),
      expectedGroup('Year 3', 'year', (p) => p.year === 3),
      expectedGroup('Year 4', 'year', (p) => p.year === 4),
      expectedGroup('Class 3A', 'class', (p) => p.group === '3A'),
      expectedGroup('Class 3B', 'class', (p) => p.group === '3B'),
      expectedGroup('Class 4A', 'class', (p) => p.group === '4A'),
    ]);
    // Fay (Year 5, 5A) is in no provision: no Year 5 or Class 5A group.
    expect(summary.byGroup.find((g) => g.group.includes('5'))).toBeUndefined();
    expect(summary.byGroup[0]).toMatchObject({ pupils: 2, enrolments: 6 });
  });

  it('pattern of need by area, in Code of Practice order', () => {
    const areas: (AreaOfNeed | 'not recorded')[] = [
      'communication and interaction',
      'cognition and learning',
      'social, emotional and mental health',
      'not recorded',
    ];
    expect(summary.byNeed).toEqual(
      areas.map((area) => {
        const list = INTERVENTIONS.filter((i) => (i.area ?? 'not recorded') === area);
        const hours = list.flatMap((i) => (i.hours === null ? [] : [i.hours]));
        const costs = list.flatMap((i) => (costOf(i) === null ? [] : [costOf(i)!]));
        return {
          area,
          interventions: list.length,
          pupils: new Set(ROWS.filter((r) => list.some((i) => i.id === r[1])).map((r) => r[0])).size,
          hours: hours.length ? hours.reduce((a, b) => a + b, 0) : null,
          cost: costs.length ? costs.reduce((a, b) => a + b, 0) : null,
        };
      }),
    );
    expect(summary.byNeed[0]).toMatchObject({
      area: 'communication and interaction',
      hours: null,
      cost: null,
    });
  });

  it('cost-effectiveness, best first, unknown last', () => {
    expect(summary.costEffectiveness.map((c) => c.name)).toEqual([
      'Numeracy',
      'Lego',
      'Nurture',
      'Reading',
      'Speech',
    ]);
    expect(summary.costEffectiveness[0]).toEqual({
      name: 'Numeracy',
      costPerStep: 112 / 4,
      percentMet: 2 / 4,
    });
  });

  it('interventions to review, each with its reasons', () => {
    expect(summary.toReview.map((f) => [f.name, f.reasons.length])).toEqual([
      ['Reading', 2],
      ['Nurture', 1],
      ['Speech', 1],
    ]);
    const [reading, nurture, speech] = summary.toReview;
    expect(reading!.reasons[0]).toMatch(/33%/);
    expect(reading!.reasons[1]).toMatch(/Mean progress is 0 steps/);
    expect(nurture!.reasons[0]).toMatch(/£180\.00.*£60\.00/);
    expect(speech!.reasons[0]).toMatch(/2024-02-01/);
  });

  it('a collated school of two class maps gives the same figures', () => {
    const byClass = (year: number): ProvisionMap => {
      const ids = new Set(PUPILS.filter((p) => p.year === year).map((p) => p.id));
      return {
        ...MAP,
        pupils: PUPILS.filter((p) => ids.has(p.id)),
        enrolments: MAP.enrolments.filter((e) => ids.has(e.pupilId)),
      };
    };
    const { school, diagnostics } = collate([
      { source: 'Year 3', map: byClass(3) },
      { source: 'Year 4', map: byClass(4) },
    ]);
    expect(diagnostics).toEqual([]);
    const fromSchool = summarise(school, scales, settings, { today: TODAY });
    expect(fromSchool.headline).toEqual(summary.headline);
    expect(fromSchool.byGroup).toEqual(summary.byGroup);
    expect(fromSchool.toReview).toEqual(summary.toReview);
  });
});
