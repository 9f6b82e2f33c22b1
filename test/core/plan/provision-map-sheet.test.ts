import { describe, expect, it } from 'vitest';
import { enrolmentValues } from '../../../core/plan/enrolment-columns.js';
import {
  provisionMapRows,
  provisionMapSheet,
  readProvisionMap,
} from '../../../core/plan/provision-map-sheet.js';
import type { PlanValue } from '../../../core/plan/types.js';
import { scales, seedMap, tableRow } from './fixtures.js';
import { isFormula, sheetProblems } from './layout-checks.js';

const HEADERS = [
  'Intervention',
  'Area of need',
  'Group size',
  'Frequency/duration',
  'Staff',
  'Pupil',
  'Scale',
  'Entry',
  'Target',
  'Exit',
  'Progress',
  'Status',
  'Target notes',
  'Outcome notes',
  'Cost per pupil',
  'UPN',
  'Class',
];

function row(
  intervention: string,
  pupil: string,
  scale: string | null,
  entry: PlanValue,
  target: PlanValue,
  exit: PlanValue,
) {
  return tableRow([
    intervention,
    null,
    '1:6',
    null,
    'TA',
    pupil,
    scale,
    entry,
    target,
    exit,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
}

function sheetOf(
  rows = [
    row('Numeracy', 'Amy', 'NC sub-levels', '3c', '3b', '3b'),
    row('Numeracy', '=HYPERLINK("x")', 'NC sub-levels', '3c', '3b', null),
    row('Social skills', 'Carl', 'Leuven well-being', 1, null, 3),
    row('Lego club', 'Dan', null, null, null, null),
    row('Numeracy', 'Eve', 'nc sub-levels', '3a', '4c', '4c'),
  ],
) {
  return provisionMapSheet({
    title: 'Class 3',
    strategies: 'word banks, visual timetables',
    rows,
    extraHeaders: ['My column'],
    catalog: scales,
    interventionRows: 3,
    currency: '£',
  });
}

describe('Provision Map layout', () => {
  const sheet = sheetOf();

  it('writes the title, the strategies and the header on row 4, frozen there', () => {
    expect(sheet.values[0]).toEqual(['Class 3']);
    expect(sheet.values[1]).toEqual(['Wave 1 teaching strategies:', 'word banks, visual timetables']);
    expect(sheet.values[2]).toEqual([]);
    expect(sheet.values[3]).toEqual([...HEADERS, 'My column']);
    expect(sheet.frozenRows).toBe(4);
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it("writes each row's formulas against its own scale", () => {
    const amy = sheet.values[4]!;
    expect(isFormula(amy[10]) && amy[10].formula).toContain('PM_NC_SUBLEVELS=H5');
    expect(isFormula(amy[11]) && amy[11].formula).toContain('"partly met"');
    const carl = sheet.values[6]!;
    expect(isFormula(carl[11]) && carl[11].formula).toContain('PM_LEUVEN_WELLBEING=J7');
    expect(sheet.values[7]![11]).toEqual({ formula: '"no target"' });
    expect(sheet.values[7]![10]).toEqual({ formula: '""' });
  });

  it("looks each row's cost per pupil up on the Interventions sheet", () => {
    const f = sheet.values[4]![14];
    expect(isFormula(f) && f.formula).toContain('Interventions!$A$2:$A$4=A5');
    expect(isFormula(f) && f.formula).toContain('INDEX(Interventions!$R$2:$R$4,');
    const none = provisionMapSheet({
      title: null,
      strategies: null,
      rows: [row('A', 'B', null, null, null, null)],
      extraHeaders: [],
      catalog: scales,
      interventionRows: 0,
      currency: '£',
    });
    expect(none.values[4]![14]).toEqual({ formula: '""' });
    expect(none.values[0]).toEqual(['Provision map']);
  });

  it('keeps text as text: a pupil named like a formula is a plain string', () => {
    expect(sheet.values[5]![5]).toBe('=HYPERLINK("x")');
  });

  it('gives grade dropdowns per run of rows on one scale', () => {
    const grades = sheet.validations.filter(
      (v) => v.rule.kind === 'list-from-range' && v.rule.source.startsWith('PM_') && v.range.startsWith('H'),
    );
    expect(grades.map((v) => [v.range, v.rule.kind === 'list-from-range' && v.rule.source])).toEqual([
      ['H5:J6', 'PM_NC_SUBLEVELS'],
      ['H7:J7', 'PM_LEUVEN_WELLBEING'],
      ['H9:J9', 'PM_NC_SUBLEVELS'],
    ]);
    expect(grades.every((v) => v.rule.kind === 'list-from-range' && v.rule.strict)).toBe(true);
  });

  it('warns but allows pupils and interventions not on their lists', () => {
    const by = (range: string) => sheet.validations.find((v) => v.range === range)!.rule;
    expect(by('F5:F9')).toEqual({ kind: 'list-from-range', source: 'PM_PUPILS', strict: false });
    expect(by('A5:A9')).toEqual({ kind: 'list-from-range', source: 'PM_INTERVENTIONS', strict: false });
    expect(by('B5:B9')).toEqual({ kind: 'list-from-range', source: 'PM_AREAS', strict: true });
    expect(by('G5:G9')).toEqual({ kind: 'list-from-range', source: 'PM_SCALE_NAMES', strict: true });
  });

  it('colours every status on the Status column and weak progress on Progress', () => {
    const status = sheet.conditionalFormats
      .filter((c) => c.range === 'L5:L9')
      .map((c) => c.rule.kind === 'text-equals' && c.rule.text);
    expect(status.sort()).toEqual(['met', 'no target', 'not met', 'partly met', 'pending']);
    expect(sheet.conditionalFormats.find((c) => c.range === 'K5:K9')!.rule).toEqual({
      kind: 'formula',
      formula: 'AND(ISNUMBER(K5),K5<=0)',
    });
  });

  it('centres grades and progress, so a grade and a Leuven score sit alike under their header', () => {
    const centred = sheet.styles
      .filter((st) => st.style.horizontalAlignment === 'center')
      .map((st) => st.range);
    expect(centred).toEqual(['H4:H9', 'I4:I9', 'J4:J9', 'K4:K9']);
  });

  it('protects the computed columns with a warning and explains them in notes', () => {
    expect(sheet.protections.map((p) => p.range)).toEqual(['K5:L9', 'O5:O9']);
    expect(sheet.notes.map((n) => n.cell).sort()).toEqual(['I4', 'K4', 'L4', 'O4', 'P4', 'Q4']);
  });

  it('reads its own sheet back: table, title and strategies', () => {
    const grid = {
      sheet: 'Provision Map',
      values: sheet.values.map((r) => r.map((v) => (isFormula(v) ? 'x' : (v as string)))),
      merges: [],
    };
    const back = readProvisionMap(grid);
    expect(back.title).toBe('Class 3');
    expect(back.strategies).toBe('word banks, visual timetables');
    expect(back.table!.rows).toHaveLength(5);
    expect(back.table!.extras).toEqual([{ header: 'My column', col: 17 }]);
    expect(readProvisionMap(null).table).toBeNull();
  });
});

describe('Provision Map rows from a map', () => {
  const map = seedMap();
  const values = enrolmentValues(map, scales);

  it('writes one row per pupil per intervention per scale, a Leuven pair as two', () => {
    expect(values).toHaveLength(map.enrolments.length);
    const carl = values.filter((v) => v[0] === 'Social skills' && v[5] === 'Carl');
    expect(carl.map((v) => v[6])).toEqual(['Leuven well-being', 'Leuven involvement']);
  });

  it('writes a relative target as entry plus steps, keeping the words in Target notes', () => {
    const amy = values.find((v) => v[0] === 'Comprehension group' && v[5] === 'Amy')!;
    expect(amy.slice(6, 10)).toEqual(['NC sub-levels', '2c', '2b', '2b']);
    expect(amy[12]).toContain('Plus one sub-level.');
    expect(amy[2]).toBe('1:6');
    expect(amy[1]).toBe('Cognition and learning');
  });

  it('leaves the target blank when it names nothing measurable', () => {
    const joe = values.find((v) => v[0] === 'Paired reading')!;
    expect(joe[8]).toBeNull();
    expect(joe[12]).toBe('To re-engage with text. To read with expression.');
  });

  it('keys rows by intervention, pupil and scale, loosely', () => {
    const keys = provisionMapRows(map, scales).map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes the pupil’s UPN and class after the enrolment cells, and keeps rows whose keys repeat', () => {
    const amy = map.pupils.find((p) => p.name === 'Amy')!;
    const twin = { ...amy, id: 'upn:B2', upn: 'B2', group: '4A' };
    const first = map.enrolments.find((e) => e.pupilId === amy.id)!;
    const rows = provisionMapRows(
      {
        pupils: [{ ...amy, upn: 'A1', group: '3B' }, twin],
        interventions: map.interventions,
        enrolments: [first, { ...first, pupilId: twin.id }, first],
      },
      scales,
    );
    expect(rows.map((r) => r.values.slice(15))).toEqual([
      ['A1', '3B'],
      ['B2', '4A'],
      ['A1', '3B'],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
  });
});
