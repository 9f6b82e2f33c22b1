import { describe, expect, it } from 'vitest';
import {
  defaultPointLabels,
  nextPointLabel,
  pointLabelsFor,
  readTracker,
  trackerColumns,
  trackerSheet,
} from '../../../core/plan/tracker-sheet.js';
import type { PlanValue } from '../../../core/plan/types.js';
import { scales, settings, tableRow } from './fixtures.js';
import { isFormula, sheetProblems } from './layout-checks.js';

describe('assessment point labels', () => {
  it('writes every point of the year, keeping the sheet own labels first', () => {
    expect(defaultPointLabels(4)).toEqual(['Baseline', 'AP1', 'AP2', 'AP3']);
    expect(pointLabelsFor(['Baseline', 'Autumn 2', 'Spring 1'], 6)).toEqual([
      'Baseline',
      'Autumn 2',
      'Spring 1',
      'AP3',
      'AP4',
      'AP5',
    ]);
    expect(pointLabelsFor(['Baseline', 'AP4'], 5)).toEqual(['Baseline', 'AP4', 'AP2', 'AP3', 'AP5']);
    expect(pointLabelsFor(['A', 'B', 'C', 'D', 'E', 'F', 'G'], 6)).toHaveLength(7);
  });

  it('names the next point without reusing a label', () => {
    expect(nextPointLabel(defaultPointLabels(6))).toBe('AP6');
    expect(nextPointLabel(['Baseline', 'Spring', 'AP2'])).toBe('AP3');
  });
});

describe('Tracker layout', () => {
  const labels = ['Baseline', 'AP1', 'AP2', 'AP3'];
  const row = (pupil: string, scale: string | null, points: PlanValue[], target: PlanValue) =>
    tableRow([
      pupil,
      null,
      '3B',
      'K',
      'Y',
      null,
      'Reading',
      scale,
      ...points,
      target,
      null,
      null,
      null,
      null,
    ]);
  const sheet = trackerSheet({
    rows: [
      row('Amy', 'NC sub-levels', ['2c', '2b', null, null], '3c'),
      row('Bob', 'NC sub-levels', ['2b', null, null, null], '3b'),
      row('Carl', 'Leuven well-being', [1, 2, null, null], 4),
      row('Dan', null, [null, null, null, null], null),
    ],
    extraHeaders: ['Teacher notes'],
    pointLabels: labels,
    catalog: scales,
    settings: { tolerance: { 'nc-sublevels': 1 } },
    targetNotes: new Map([[1, 'Proposed by provmap.']]),
  });

  it('has pupil details, every point, the target and the computed columns', () => {
    expect(sheet.values[0]).toEqual([
      'Pupil',
      'UPN',
      'Class',
      'SEN',
      'PP',
      'EAL',
      'Subject',
      'Scale',
      ...labels,
      'Target',
      'Latest',
      'Latest point',
      'Expected now',
      'Status',
      'Teacher notes',
    ]);
    expect(
      trackerColumns(labels)
        .map((c) => c.kind)
        .slice(-5),
    ).toEqual(['input', 'formula', 'formula', 'formula', 'formula']);
    expect(sheet.frozenRows).toBe(1);
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it('writes formulas over the row own cells, with its scale tolerance as a number', () => {
    const amy = sheet.values[1]!;
    const f = (c: number): string => (isFormula(amy[c]) ? amy[c].formula : '');
    expect(f(13)).toBe(
      'IF(SUMPRODUCT((PM_NC_SUBLEVELS=L2)*PM_NC_SUBLEVELS_STEP)>0,L2,IF(SUMPRODUCT((PM_NC_SUBLEVELS=K2)*PM_NC_SUBLEVELS_STEP)>0,K2,IF(SUMPRODUCT((PM_NC_SUBLEVELS=J2)*PM_NC_SUBLEVELS_STEP)>0,J2,"")))',
    );
    expect(f(14)).toContain('L$1');
    expect(f(15)).toContain('INDEX(PM_NC_SUBLEVELS,ROUND(');
    expect(f(16)).toContain(',6)>1,"ahead"');
    const carl = sheet.values[3]![16];
    expect(isFormula(carl) && carl.formula).toContain(',6)>0.5,"ahead"');
    expect(sheet.values[4]![16]).toEqual({ formula: '"no data"' });
  });

  it('gives grade dropdowns over points and target per run of one scale, and colours status', () => {
    const grades = sheet.validations.filter((v) => v.range.startsWith('I'));
    expect(grades.map((v) => [v.range, v.rule.kind === 'list-from-range' && v.rule.source])).toEqual([
      ['I2:M3', 'PM_NC_SUBLEVELS'],
      ['I4:M4', 'PM_LEUVEN_WELLBEING'],
    ]);
    const words = sheet.conditionalFormats
      .filter((c) => c.range === 'Q2:Q5')
      .map((c) => c.rule.kind === 'text-equals' && c.rule.text);
    expect(words.sort()).toEqual(['ahead', 'no data', 'off track', 'on track', 'slightly behind']);
    expect(
      sheet.conditionalFormats.find((c) => c.rule.kind === 'text-equals' && c.rule.text === 'off track')!
        .style.bold,
    ).toBe(true);
  });

  it('notes a proposed target on its cell', () => {
    expect(sheet.notes).toContainEqual({ cell: 'M3', text: 'Proposed by provmap.' });
  });

  it('reads its own sheet back, point labels included', () => {
    const grid = {
      sheet: 'Tracker',
      values: sheet.values.map((r) => r.map((v) => (isFormula(v) ? 'x' : (v as string)))),
      merges: [],
    };
    const back = readTracker(grid)!;
    expect(back.pointLabels).toEqual(labels);
    expect(back.table.rows).toHaveLength(4);
    expect(back.table.extras.map((x) => x.header)).toEqual(['Teacher notes']);
  });

  it('with one assessment point writes no data and a blank Expected now, dividing by nothing', () => {
    const s = trackerSheet({
      rows: [row('Amy', 'NC sub-levels', ['2c'], '3c')],
      extraHeaders: [],
      pointLabels: ['Baseline'],
      catalog: scales,
      settings,
    });
    expect(s.values[0]!.slice(8)).toEqual([
      'Baseline',
      'Target',
      'Latest',
      'Latest point',
      'Expected now',
      'Status',
    ]);
    expect(s.values[1]!.slice(10)).toEqual([
      { formula: '""' },
      { formula: '""' },
      { formula: '""' },
      { formula: '"no data"' },
    ]);
    expect(sheetProblems(s)).toEqual([]);
  });

  it('uses default settings tolerance when none is set', () => {
    const s = trackerSheet({
      rows: [row('Amy', 'NC sub-levels', ['2c', null, null, null], '3c')],
      extraHeaders: [],
      pointLabels: labels,
      catalog: scales,
      settings,
    });
    const f = s.values[1]![16];
    expect(isFormula(f) && f.formula).toMatch(/,6\)>[0-9.]+,"ahead"/);
  });
});
