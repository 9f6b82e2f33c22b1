// Hand-written, realistic workbook plans the host contract suite applies to every host.

import type { InitialSheet } from '../contract/harness.js';
import type { PlanValue, SheetPlan, WorkbookPlan } from '../../core/plan/types.js';

/** NC sub-levels as a Scales sheet would list them. */
export const NC_STEPS = ['W', '1c', '1b', '1a', '2c', '2b', '2a', '3c', '3b', '3a', '4c', '4b', '4a'];

/** The teacher's own sheet every contract workbook starts with (title merged across A1:E1). */
export const TEACHER_SHEET: InitialSheet = {
  name: 'Class 4B',
  values: [
    ['Class 4B provision map, autumn term', null, null, null, null],
    ['Teaching strategies: visual timetables, word banks, worry box', null, null, null, null],
    ['Intervention', 'Group size', 'Frequency/duration', 'Staff', 'Pupils'],
    ['Comprehension group', '1:6', '3 x 15 mins x 6 weeks', 'HLTA', 'Amy\nJoe\nDan'],
    ['Numeracy', '1:6', '4 x 20 mins x 6 weeks (early am)', 'HLTA', 'Dan\nFred'],
    ['Social skills', 3, null, 'TA', 'Carl'],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
};

const PUPIL_NAMES = ['Amy', 'Joe', 'Dan', 'Fred', 'Bob', 'Max', 'Carl', 'Jane', 'Sara', 'Tim'];
const DECISIONS = ['continue', 'extend', 'adapt', 'discontinue'];
const HEADER = [
  'Pupil',
  'Intervention',
  'Entry',
  'Target',
  'Exit',
  'Progress',
  'Status',
  'Sessions',
  'Cost',
  'Start',
  'Decision',
];

function scalesSheet(): SheetPlan {
  return {
    name: 'Scales',
    values: [['NC sub-levels'], ...NC_STEPS.map((s) => [s])],
    columnWidths: [120],
    frozenRows: 1,
    frozenColumns: 0,
    styles: [{ range: 'A1', style: { bold: true } }],
    numberFormats: [{ range: `A2:A${NC_STEPS.length + 1}`, format: '@' }],
    validations: [],
    conditionalFormats: [],
    protections: [
      { range: `A2:A${NC_STEPS.length + 1}`, description: 'Scale steps used by validation and formulas.' },
    ],
    notes: [{ cell: 'A1', text: 'Steps from lowest to highest. Formulas use their positions.' }],
  };
}

/** One pupil row of the provision map: inputs, two live formulas, a date and a decision. */
function pupilRow(i: number): PlanValue[] {
  const r = i + 2;
  const entry = NC_STEPS[2 + (i % 5)]!;
  const exit = i % 4 === 3 ? null : NC_STEPS[3 + (i % 6)]!;
  const progress = `IF(OR(C${r}="",E${r}=""),"",IFERROR(MATCH(E${r},PM_SCALE_NC,0)-MATCH(C${r},PM_SCALE_NC,0),""))`;
  const status = `IF(E${r}="","pending",IF(F${r}>=D${r},"met",IF(F${r}>0,"partly met","not met")))`;
  return [
    `${PUPIL_NAMES[i % PUPIL_NAMES.length]!} ${i + 1}`,
    i % 2 === 0 ? 'Comprehension group' : 'Numeracy',
    entry,
    1 + (i % 2),
    exit,
    { formula: progress },
    { formula: status },
    3 + (i % 3),
    12.5 * (i + 1),
    { date: `2024-09-${String(2 + (i % 20)).padStart(2, '0')}` },
    DECISIONS[i % DECISIONS.length]!,
  ];
}

/** The Provision Map sheet with `pupils` rows under a header. */
export function provisionMapSheet(pupils: number): SheetPlan {
  const last = pupils + 1;
  return {
    name: 'Provision Map',
    values: [HEADER, ...Array.from({ length: pupils }, (_, i) => pupilRow(i))],
    columnWidths: [140, 160, 70, 70, 70, 80, 100, 80, 90, 100, 110],
    frozenRows: 1,
    frozenColumns: 1,
    styles: [
      { range: 'A1:K1', style: { bold: true, fill: '#DDEBF7', wrap: true } },
      { range: `A2:A${last}`, style: { horizontalAlignment: 'left' } },
    ],
    numberFormats: [
      { range: `F2:F${last}`, format: '0' },
      { range: `I2:I${last}`, format: '£#,##0.00' },
      { range: `J2:J${last}`, format: 'yyyy-mm-dd' },
    ],
    validations: [
      {
        range: `C2:C${last}`,
        rule: { kind: 'list-from-range', source: 'PM_SCALE_NC', strict: true },
        help: 'Pick an NC sub-level.',
      },
      {
        range: `E2:E${last}`,
        rule: { kind: 'list-from-range', source: 'PM_SCALE_NC', strict: true },
        help: 'Pick an NC sub-level.',
      },
      {
        range: `D2:D${last}`,
        rule: { kind: 'whole-number', min: 0, max: 12 },
        help: 'Steps to gain, 0 to 12.',
      },
      {
        range: `H2:H${last}`,
        rule: { kind: 'whole-number', min: 0, max: 10 },
        help: 'Sessions a week, 0 to 10.',
      },
      { range: `I2:I${last}`, rule: { kind: 'decimal', min: 0, max: 100000 }, help: 'Cost in pounds.' },
      { range: `J2:J${last}`, rule: { kind: 'date' }, help: 'A date, e.g. 02/09/2024.' },
      {
        range: `K2:K${last}`,
        rule: { kind: 'list', values: DECISIONS, strict: true },
        help: 'Review decision.',
      },
    ],
    conditionalFormats: [
      {
        range: `G2:G${last}`,
        rule: { kind: 'text-equals', text: 'met' },
        style: { fill: '#C6EFCE', fontColor: '#006100' },
      },
      {
        range: `G2:G${last}`,
        rule: { kind: 'text-equals', text: 'not met' },
        style: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true },
      },
      {
        range: `A2:A${last}`,
        rule: { kind: 'formula', formula: 'AND($E2<>"",$G2="not met")' },
        style: { fill: '#FFEB9C', fontColor: '#9C5700' },
      },
    ],
    protections: [{ range: `F2:G${last}`, description: 'Computed by provmap: progress and status.' }],
    notes: [
      { cell: 'F1', text: 'Steps of progress from entry to exit.' },
      { cell: 'G1', text: 'met / partly met / not met / pending' },
    ],
  };
}

/** Scales + Provision Map with a named range for the scale: the realistic plan of the suite. */
export function contractPlan(pupils = 8): WorkbookPlan {
  return {
    sheets: [scalesSheet(), provisionMapSheet(pupils)],
    namedRanges: [{ name: 'PM_SCALE_NC', sheet: 'Scales', range: `A2:A${NC_STEPS.length + 1}` }],
    activeSheet: 'Provision Map',
  };
}

/**
 * The contract plan whose Provision Map has a teacher's Comments column L right of provmap's A:K, carried
 * as core carries one: its values, and at most the header row's style.
 */
export function contractPlanWithComments(pupils: number): WorkbookPlan {
  const plan = contractPlan(pupils);
  const map = provisionMapSheet(pupils);
  const comment = (r: number): PlanValue => (r === 0 ? 'Comments' : r % 3 === 0 ? `note ${r}` : null);
  const sheet: SheetPlan = {
    ...map,
    values: map.values.map((row, r) => [...row, comment(r)]),
    columnWidths: [...map.columnWidths, 120],
    styles: map.styles.map((s) => (s.range === 'A1:K1' ? { ...s, range: 'A1:L1' } : s)),
  };
  return { ...plan, sheets: [plan.sheets[0]!, sheet] };
}

/** Text that must land as text on every host, and the number -3 that must stay a number. */
export const RISKY_VALUES: readonly (string | number)[] = [
  '=HYPERLINK("http://example.invalid","click")',
  '=1+1',
  '+Smith',
  '-3',
  -3,
  '@Riley',
  '\tTabbed',
  '\rCarriage',
  '\nLine feed',
  "=cmd|' /C calc'!A0",
  '<img src=x onerror=alert(1)>',
];

/** A Pupils sheet holding the risky values in column A (one per row, under a header). */
export function riskyPlan(extra: readonly (string | number)[] = []): WorkbookPlan {
  const values: PlanValue[][] = [['Name'], ...[...RISKY_VALUES, ...extra].map((v) => [v])];
  return {
    sheets: [
      {
        name: 'Pupils',
        values,
        columnWidths: [200],
        frozenRows: 1,
        frozenColumns: 0,
        styles: [],
        numberFormats: [],
        validations: [],
        conditionalFormats: [],
        protections: [],
        notes: [],
      },
    ],
    namedRanges: [],
    activeSheet: 'Pupils',
  };
}
