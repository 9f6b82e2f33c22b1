// The actions' workbooks recalculated in a real engine (LibreOffice, through the xlsx host) give the
// figures core computes in TypeScript: progress, status, impact, cost, tracking and the leaders' summary.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlanToWorkbook } from '../../../cli/xlsx/apply-plan.js';
import { workbookFromGrids } from '../../../cli/xlsx/new-workbook.js';
import { collateMaps, reviewProgress, structureSheet, summariseSchool } from '../../../core/actions/index.js';
import { collate } from '../../../core/collate/index.js';
import { evaluateMap, evaluateTracker } from '../../../core/evaluate/index.js';
import { MESSY_TRACKER, SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import type { Grid } from '../../../core/grid.js';
import { importSheet } from '../../../core/import/index.js';
import { scalesSheet } from '../../../core/plan/scales-sheet.js';
import { trackerSheet } from '../../../core/plan/tracker-sheet.js';
import type { TableRow } from '../../../core/plan/table.js';
import type { WorkbookPlan } from '../../../core/plan/types.js';
import { summarise } from '../../../core/summary/index.js';
import {
  hasOpenpyxl,
  inspectedSheet,
  inspectXlsx,
  type InspectedCell,
  type InspectedWorkbook,
} from '../../support/inspect-xlsx.js';
import { libreOfficeAvailability, recalculate } from '../../support/libreoffice.js';
import { scales, settings } from '../plan/fixtures.js';
import { Book } from './workbook.js';

const lo = libreOfficeAvailability();
const ready = lo.run && (hasOpenpyxl() || !!process.env.CI);
const suite = ready ? describe : describe.skip;
const today = '2025-01-01';

/** Plans applied in order to a workbook holding `sources`, recalculated, and read back by openpyxl. */
async function recalculated(sources: Grid[], plans: WorkbookPlan[]): Promise<InspectedWorkbook> {
  const wb = workbookFromGrids(sources);
  for (const plan of plans) applyPlanToWorkbook(wb, plan);
  const path = join(mkdtempSync(join(tmpdir(), 'provmap-actions-')), 'book.xlsx');
  await wb.xlsx.writeFile(path);
  return inspectXlsx(await recalculate(path));
}

/** A cached value as a number or text, with "" read as blank. */
function value(v: InspectedCell | undefined): string | number | boolean | null {
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'object' ? JSON.stringify(v) : v;
}

/** Numbers equal to 9 decimal places (the engine stores 15 significant digits); blanks equal null. */
function same(
  actual: InspectedCell | undefined,
  expected: string | number | null | undefined,
  where: string,
): void {
  const a = value(actual);
  const e = expected ?? null;
  if (typeof e === 'number' && typeof a === 'number') expect(a, where).toBeCloseTo(e, 9);
  else expect(a, where).toEqual(e);
}

const classMap = (sheet: string, group: string, rows: (string | number | null)[][]): Grid => ({
  sheet,
  values: [
    [`${sheet} provision map`],
    ['Teaching strategies: word banks, visual timetables'],
    [],
    [
      'Intervention',
      'Area of need',
      'Frequency/duration',
      'Staff',
      'Pupil',
      'UPN',
      'Class',
      'Year',
      'SEN',
      'PP',
      'EAL',
      'Scale',
      'Entry',
      'Target',
      'Exit',
    ],
    ...rows.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, r[4]!, r[5]!, group, ...r.slice(6)]),
  ],
  merges: [],
});

// Names chosen to trip naive formulas: wildcards, operators, a tilde, accents, a formula-looking name.
const MAPS = [
  classMap('3B', '3B', [
    [
      'Reading*',
      'C&L',
      '5 x 10 mins x 6 weeks',
      'HLTA',
      'Amy*',
      'A1',
      3,
      'K',
      'Y',
      'N',
      'NC sub-levels',
      '2c',
      '2a',
      '2b',
    ],
    [
      'Reading*',
      'C&L',
      '5 x 10 mins x 6 weeks',
      'HLTA',
      'Amy Smith',
      'A2',
      3,
      'N',
      'N',
      'Y',
      'NC sub-levels',
      '2b',
      '2a',
      '2a',
    ],
    [
      'Reading*',
      'C&L',
      '5 x 10 mins x 6 weeks',
      'HLTA',
      'a?b',
      null,
      3,
      'E',
      'Y',
      'N',
      'NC sub-levels',
      '2c',
      '2b',
      '2c',
    ],
    [
      '<Phonics>',
      'C&L',
      '3 x 20 mins x 10 weeks',
      'TA',
      '=Smith',
      'A4',
      3,
      'K',
      'N',
      'N',
      'NC sub-levels',
      '1a',
      '2c',
      null,
    ],
    [
      'Maths ~ club',
      'C&L',
      '2 x 30 mins x 12 weeks',
      'Teacher',
      'Amy*',
      'A1',
      3,
      'K',
      'Y',
      'N',
      'NC sub-levels',
      '3c',
      '3a',
      '3b',
    ],
    [
      'Lego therapy',
      'SEMH',
      '1 x 45 mins x 8 weeks',
      'TA',
      'Zoë',
      'A5',
      3,
      'K',
      'N',
      'Y',
      'Leuven well-being',
      2,
      4,
      4,
    ],
  ]),
  classMap('Class 4C', 'Class 4C', [
    [
      'Reading*',
      'C&L',
      '5 x 10 mins x 6 weeks',
      'HLTA',
      'Cat Ray',
      'B1',
      4,
      'K',
      'Y',
      'N',
      'NC sub-levels',
      '3c',
      '3b',
      '3c',
    ],
    [
      'Lego therapy',
      'SEMH',
      '1 x 45 mins x 8 weeks',
      'TA',
      'Cat Ray',
      'B1',
      4,
      'K',
      'Y',
      'N',
      'Leuven well-being',
      1,
      3,
      2,
    ],
    [
      'Speech group',
      'Communication',
      'weekly',
      'SALT',
      'Dev Patel',
      'B2',
      4,
      'E',
      'N',
      'Y',
      'NC sub-levels',
      '2a',
      '3c',
      '3b',
    ],
  ]),
];

suite('actions recalculated in LibreOffice equal core', () => {
  it('class workbook: Provision Map, Interventions, Tracker and Summary', async () => {
    const tracker: Grid = { ...MESSY_TRACKER, values: MESSY_TRACKER.values.map((r) => [...r]) };
    tracker.values[9] = ['Sara', 3, 'N', 'Y', 'Reading', '3c', '3c', '3b', null];
    const book = new Book();
    const plans: WorkbookPlan[] = [];
    const step = (plan: WorkbookPlan): void => {
      plans.push(plan);
      book.apply(plan);
    };
    const pm = structureSheet({ workbook: book.grids(), source: SEED_PROVISION_MAP, today });
    step(pm.plan);
    const tr = structureSheet({ workbook: book.grids(), source: tracker, today });
    step(tr.plan);
    step(reviewProgress({ workbook: book.grids(), today }).plan);
    step(summariseSchool({ workbook: book.grids(), today }).plan);
    const wb = await recalculated([SEED_PROVISION_MAP, tracker], plans);

    const pmSheet = inspectedSheet(wb, 'Provision Map');
    pm.report.enrolments.forEach((e, i) => {
      const row = pmSheet.values[4 + i]!;
      same(row[10], e.progress, `progress of row ${5 + i}`);
      same(row[11], e.status, `status of row ${5 + i}`);
    });

    const read = importSheet(SEED_PROVISION_MAP, { scales, settings });
    if (read.kind !== 'provision') throw new Error('provision');
    const ev = evaluateMap(read.map, scales, settings);
    const iSheet = inspectedSheet(wb, 'Interventions');
    ev.interventions.forEach((x, i) => {
      const row = iSheet.values[1 + i]!;
      const where = `Interventions row ${2 + i}`;
      [
        x.totalHours,
        x.cost,
        x.pupils,
        x.assessed,
        x.met,
        x.percentMet,
        x.meanProgress,
        x.stepsGained,
        x.costPerPupil,
        x.costPerStep,
      ].forEach((expected, k) => same(row[9 + k], expected, `${where} col ${9 + k}`));
    });
    pm.report.enrolments.forEach((_, i) => {
      const cost =
        ev.interventions[read.map.interventions.findIndex((x) => x.name === pmSheet.values[4 + i]![0])]!
          .costPerPupil;
      same(pmSheet.values[4 + i]![14], cost, `cost per pupil of row ${5 + i}`);
    });

    const tSheet = inspectedSheet(wb, 'Tracker');
    const trackerGrid: Grid = {
      sheet: 'Tracker',
      values: tSheet.values.map((r) => r.map(value)),
      merges: [],
    };
    const back = importSheet(trackerGrid, { kind: 'tracking', scales, settings });
    if (back.kind !== 'tracking') throw new Error('tracking');
    const tev = evaluateTracker(back.tracker, scales, settings);
    tr.report.tracking.forEach((t, i) => {
      const row = tSheet.values[1 + i]!;
      same(row[14], t.target, `target of ${t.pupil}`);
      same(row[15], t.latest, `latest of ${t.pupil}`);
      same(row[17], tev[i]!.expectedGrade?.label ?? null, `expected now of ${t.pupil}`);
      same(row[18], t.status, `status of ${t.pupil}`);
      expect(tev[i]!.status).toBe(t.status);
    });

    const summary = summarise(read.map, scales, settings, { today });
    const sSheet = inspectedSheet(wb, 'Summary');
    const find = (label: string) => sSheet.values.find((r) => r[0] === label)!;
    same(find('Pupils in provision')[1], summary.headline.pupilsInProvision, 'pupils in provision');
    same(find('Total cost')[1], summary.headline.totalCost, 'total cost');
    same(find('Cost per step of progress')[1], summary.headline.costPerStep, 'cost per step');
  }, 120_000);

  it('a tracker with a single assessment point: no data and a blank Expected now, as in core', async () => {
    const row = (pupil: string, baseline: string | null, target: string | null): TableRow => ({
      key: pupil,
      values: [pupil, null, '3B', 'K', 'N', 'N', 'Reading', 'NC sub-levels', baseline, target],
      extras: [],
      existing: false,
    });
    const scalesPart = scalesSheet(scales, ['nc-sublevels']);
    const tracker = trackerSheet({
      rows: [row('Amy', '2c', '3c'), row('Bob', '2b', null), row('Cat', null, '3b')],
      extraHeaders: [],
      pointLabels: ['Baseline'],
      catalog: scales,
      settings,
    });
    const plan: WorkbookPlan = {
      sheets: [tracker, scalesPart.sheet],
      namedRanges: scalesPart.namedRanges,
      activeSheet: 'Tracker',
    };
    const wb = await recalculated([], [plan]);
    const sheet = inspectedSheet(wb, 'Tracker');
    const grid: Grid = { sheet: 'Tracker', values: sheet.values.map((r) => r.map(value)), merges: [] };
    const back = importSheet(grid, { kind: 'tracking', scales, settings });
    if (back.kind !== 'tracking') throw new Error('tracking');
    const core = evaluateTracker(back.tracker, scales, settings);
    expect(core.map((e) => e.status)).toEqual(['no data', 'no data', 'no data']);
    core.forEach((e, i) => {
      const cells = sheet.values[1 + i]!;
      same(cells[10], e.latest?.label ?? null, `latest of row ${2 + i}`);
      same(cells[12], e.expectedGrade?.label ?? null, `expected now of row ${2 + i}`);
      same(cells[13], e.status, `status of row ${2 + i}`);
    });
  }, 120_000);

  it('school workbook: the School Map and every figure of the Summary', async () => {
    const collated = collateMaps({
      workbook: [],
      maps: MAPS.map((grid) => ({ source: grid.sheet, grid })),
      today,
    });
    const wb = await recalculated(MAPS, [collated.plan]);

    const school = collate(
      MAPS.map((g) => {
        const r = importSheet(g, { kind: 'provision', scales, settings });
        if (r.kind !== 'provision') throw new Error('provision');
        return { source: g.sheet, map: r.map };
      }),
    ).school;
    const summary = summarise(school, scales, settings, { today });
    const ev = evaluateMap(school, scales, settings);

    const map = inspectedSheet(wb, 'School Map');
    ev.enrolments.forEach((e, i) => {
      same(map.values[1 + i]![17], e.progress, `School Map progress row ${2 + i}`);
      same(map.values[1 + i]![18], e.status, `School Map status row ${2 + i}`);
    });

    const s = inspectedSheet(wb, 'Summary');
    const rows = s.values;
    const rowOf = (label: string, from = 0) => rows.slice(from).find((r) => r[0] === label)!;
    const h = summary.headline;
    same(rowOf('Pupils in provision')[1], h.pupilsInProvision, 'pupils in provision');
    same(rowOf('Enrolments (pupil, intervention and scale)')[1], h.enrolments, 'enrolments');
    same(rowOf('% met (of enrolments with an outcome)')[1], h.percentMet, '% met');
    same(rowOf('Total cost')[1], h.totalCost, 'total cost');
    same(rowOf('Cost per step of progress')[1], h.costPerStep, 'cost per step');

    const impact = rows.findIndex((r) => r[0] === 'Impact by intervention') + 2;
    summary.byIntervention.forEach((x, i) => {
      const r = rows[impact + i]!;
      expect(r[0]).toBe(x.name);
      [
        x.pupils,
        x.assessed,
        x.met,
        x.percentMet,
        x.meanProgress,
        x.stepsGained,
        x.totalHours,
        x.costPerHour,
        x.cost,
        x.costPerPupil,
        x.costPerStep,
      ].forEach((expected, k) => same(r[2 + k], expected, `${x.name} col ${2 + k}`));
    });

    const groups =
      rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Progress by group')) + 2;
    expect(summary.byGroup.length).toBeGreaterThan(8);
    summary.byGroup.forEach((g, i) => {
      const r = rows[groups + i]!;
      expect(r[0]).toBe(g.group);
      [g.pupils, g.enrolments, g.withOutcome, g.met, g.percentMet, g.meanProgress].forEach((expected, k) =>
        same(r[1 + k], expected, `${g.group} col ${1 + k}`),
      );
    });

    const need = rows.findIndex((r) => r[0] === 'Pattern of need') + 2;
    summary.byNeed.forEach((n, i) => {
      const r = rows[need + i]!;
      [n.interventions, n.pupils, n.hours, n.cost].forEach((expected, k) =>
        same(r[1 + k], expected, `${n.area} col ${1 + k}`),
      );
    });

    const cost = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Cost-effectiveness')) + 2;
    summary.costEffectiveness.forEach((c, i) => {
      const r = rows[cost + i]!;
      expect(r[0]).toBe(c.name);
      same(r[1], c.costPerStep, `${c.name} cost per step`);
      same(r[2], c.percentMet, `${c.name} % met`);
    });
  }, 120_000);
});
