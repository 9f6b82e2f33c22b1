// Seeded random classes for differential tests: enrolments on NC sub-levels, as data, as a teacher's
// messy sheet, and as a hand-written plan with live formulas.

import fc from 'fast-check';
import type { Grid } from '../../core/grid.js';
import type { PlanValue, SheetPlan } from '../../core/plan/types.js';
import { NC_STEPS } from './contract-plan.js';

export interface RandomEnrolment {
  pupil: string;
  intervention: string;
  /** 0-based steps on NC_STEPS; null for blank. */
  entry: number | null;
  /** Steps to gain ("Plus n sub-levels"). */
  gain: number;
  exit: number | null;
}

export interface RandomClass {
  name: string;
  interventions: { name: string; ratio: string; schedule: string; staff: string }[];
  enrolments: RandomEnrolment[];
}

const FORENAMES = [
  'Amy',
  'Joe',
  'Dan',
  'Fred',
  'Bob',
  'Max',
  'Carl',
  'Jane',
  'Sara',
  'Tim',
  'Priya',
  'Oskar',
  'Zoë',
  'Liam',
  'Aisha',
  'Mateusz',
];
const SURNAMES = ['Smith', 'Khan', 'Jones', 'Nowak', 'Okafor', 'Brown', 'Patel', 'Evans'];
const INTERVENTIONS = [
  { name: 'Comprehension group', ratio: '1:6', schedule: '3 x 15 mins x 6 weeks', staff: 'HLTA' },
  { name: 'Numeracy', ratio: '1:6', schedule: '4 x 20 mins x 6 weeks', staff: 'HLTA' },
  { name: 'Phonics catch-up', ratio: '1:4', schedule: '5 x 10 mins x 8 weeks', staff: 'TA' },
  { name: 'Precision teaching', ratio: '1:1', schedule: '3 x 10 mins x 10 weeks', staff: 'TA' },
];

const classArb = (index: number) =>
  fc
    .record({
      interventions: fc.subarray(INTERVENTIONS, { minLength: 1, maxLength: 3 }),
      pupils: fc.uniqueArray(fc.tuple(fc.constantFrom(...FORENAMES), fc.constantFrom(...SURNAMES)), {
        minLength: 2,
        maxLength: 8,
        selector: ([f, s]) => `${f} ${s}`,
      }),
      rows: fc.array(
        fc.record({
          entry: fc.option(fc.integer({ min: 0, max: NC_STEPS.length - 2 }), { freq: 8 }),
          gain: fc.integer({ min: 1, max: 3 }),
          move: fc.option(fc.integer({ min: -1, max: 4 }), { freq: 4 }),
        }),
        { minLength: 8, maxLength: 8 },
      ),
    })
    .map(({ interventions, pupils, rows }): RandomClass => {
      const enrolments: RandomEnrolment[] = [];
      interventions.forEach((iv, i) =>
        pupils.forEach(([f, s], p) => {
          if ((p + i) % 2 === 1 && interventions.length > 1) return;
          const r = rows[(p + i) % rows.length]!;
          const exit =
            r.entry === null || r.move === null
              ? null
              : Math.min(NC_STEPS.length - 1, Math.max(0, r.entry + r.move));
          enrolments.push({ pupil: `${f} ${s}`, intervention: iv.name, entry: r.entry, gain: r.gain, exit });
        }),
      );
      return { name: `Class ${index + 1}`, interventions, enrolments };
    });

/** `count` random classes, the same for the same seed. */
export function randomClasses(count: number, seed: number): RandomClass[] {
  return Array.from({ length: count }, (_, i) => fc.sample(classArb(i), { seed: seed + i, numRuns: 1 })[0]!);
}

const label = (step: number | null): string => (step === null ? '' : NC_STEPS[step]!);
/** In a multi-line cell a missing grade is written "-" (as teachers do), so lines stay paired with pupils. */
const lineLabel = (step: number | null): string => (step === null ? '-' : NC_STEPS[step]!);

/** The class as a teacher types it: a title, then one row per intervention with one pupil per line. */
export function teacherGrid(c: RandomClass): Grid {
  const values: (string | null)[][] = [
    [`${c.name} provision map`, null, null, null, null, null, null, null],
    [
      'Intervention',
      'Group size',
      'Frequency/duration',
      'Staff',
      'Pupils',
      'Entry data',
      'Target',
      'Exit data',
    ],
  ];
  for (const iv of c.interventions) {
    const rows = c.enrolments.filter((e) => e.intervention === iv.name);
    if (rows.length === 0) continue;
    values.push([
      iv.name,
      iv.ratio,
      iv.schedule,
      iv.staff,
      rows.map((e) => e.pupil).join('\n'),
      rows.map((e) => lineLabel(e.entry)).join('\n'),
      rows.map((e) => `Plus ${e.gain} sub-level${e.gain === 1 ? '' : 's'}`).join('\n'),
      rows.map((e) => lineLabel(e.exit)).join('\n'),
    ]);
  }
  return { sheet: c.name, values, merges: [{ top: 0, left: 0, bottom: 0, right: 7 }] };
}

/**
 * Progress and status by the rules in core/evaluate/rules.ts, computed independently here. A relative
 * target is clamped to the scale's last step: `steps` is the length of the scale the workbook uses
 * (core's NC sub-levels go on to 8a, far above the 4a these classes reach, so by default no clamping).
 */
export function expectedOutcome(
  e: RandomEnrolment,
  steps = Infinity,
): { progress: number | null; status: string } {
  const progress = e.entry !== null && e.exit !== null ? e.exit - e.entry : null;
  if (e.entry === null) return { progress, status: 'no target' };
  const target = Math.min(steps - 1, e.entry + e.gain);
  if (e.exit === null) return { progress, status: 'pending' };
  if (e.exit >= target) return { progress, status: 'met' };
  if (e.exit > e.entry) return { progress, status: 'partly met' };
  return { progress, status: 'not met' };
}

/** A hand-written plan sheet with live progress and status formulas over the named scale PM_SCALE_NC. */
export function handPlanSheet(c: RandomClass): SheetPlan {
  const rows: PlanValue[][] = c.enrolments.map((e, i) => {
    const r = i + 2;
    const pos = (col: string) => `IFERROR(MATCH(${col}${r},PM_SCALE_NC,0),0)`;
    return [
      e.pupil,
      e.intervention,
      e.entry === null ? null : label(e.entry),
      e.gain,
      e.exit === null ? null : label(e.exit),
      { formula: `IF(AND(${pos('C')}>0,${pos('E')}>0),${pos('E')}-${pos('C')},"")` },
      {
        formula: `IF(${pos('C')}=0,"no target",IF(${pos('E')}=0,"pending",IF(${pos('E')}>=MIN(${pos('C')}+D${r},ROWS(PM_SCALE_NC)),"met",IF(${pos('E')}>${pos('C')},"partly met","not met"))))`,
      },
    ];
  });
  const last = rows.length + 1;
  return {
    name: c.name,
    values: [['Pupil', 'Intervention', 'Entry', 'Gain', 'Exit', 'Progress', 'Status'], ...rows],
    columnWidths: [140, 160, 60, 50, 60, 70, 90],
    frozenRows: 1,
    frozenColumns: 0,
    styles: [],
    numberFormats: [],
    validations: [
      {
        range: `C2:C${last}`,
        rule: { kind: 'list-from-range', source: 'PM_SCALE_NC', strict: true },
        help: 'NC',
      },
    ],
    conditionalFormats: [
      {
        range: `G2:G${last}`,
        rule: { kind: 'text-equals', text: 'not met' },
        style: { fill: '#FAD4CC', fontColor: '#7A1A06' },
      },
    ],
    protections: [{ range: `F2:G${last}`, description: 'Computed.' }],
    notes: [],
  };
}

/** A seeded messy tracker: NC sub-levels at a baseline and up to three points, a target, some gaps. */
export function randomTrackerGrid(index: number, seed: number): Grid {
  const pointLabels = ['Baseline', 'Autumn 2', 'Spring 1', 'Summer 1'];
  const rowArb = fc.record({
    forename: fc.constantFrom(...FORENAMES),
    surname: fc.constantFrom(...SURNAMES),
    sen: fc.constantFrom('N', 'K', 'E', 'K '),
    pp: fc.constantFrom('Y', 'N', 'y', ''),
    base: fc.integer({ min: 3, max: 12 }),
    moves: fc.array(fc.option(fc.integer({ min: -1, max: 3 }), { freq: 5 }), { minLength: 3, maxLength: 3 }),
    gain: fc.integer({ min: 1, max: 6 }),
    shout: fc.boolean(),
  });
  const rows = fc.sample(
    fc.uniqueArray(rowArb, { minLength: 3, maxLength: 10, selector: (r) => `${r.forename} ${r.surname}` }),
    {
      seed: seed + index,
      numRuns: 1,
    },
  )[0]!;
  const values: (string | number | null)[][] = [
    [`Class ${index + 1} maths tracker`, null, null, null, null, null, null, null, null, null],
    ['Name', 'Year', 'SEN', 'PP', 'Subject', ...pointLabels, 'Target'],
  ];
  for (const r of rows) {
    let step = r.base;
    const points: (string | null)[] = [NC_STEPS[step]!];
    for (const m of r.moves) {
      if (m === null) {
        points.push(null);
        continue;
      }
      step = Math.min(NC_STEPS.length - 1, Math.max(0, step + m));
      points.push(r.shout ? NC_STEPS[step]!.toUpperCase() : NC_STEPS[step]!);
    }
    const target = NC_STEPS[Math.min(NC_STEPS.length - 1, r.base + r.gain)]!;
    values.push([`${r.forename} ${r.surname}`, 4, r.sen, r.pp, 'Maths', ...points, target]);
  }
  return { sheet: `Class ${index + 1} maths`, values, merges: [] };
}
