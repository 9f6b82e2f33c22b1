// Differential test in a real engine: workbooks built by the real actions and written by the xlsx host,
// recalculated by LibreOffice, show the progress, status and intervention figures the core computed.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxFileHost } from '../../cli/io/file-host.js';
import { workbookFromGrids } from '../../cli/xlsx/new-workbook.js';
import { collateMaps, structureSheet } from '../../core/actions/index.js';
import type { ActionResult } from '../../core/actions/index.js';
import { MESSY_TRACKER, SEED_PROVISION_MAP } from '../../core/examples/index.js';
import type { Grid } from '../../core/grid.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import { hasOpenpyxl, inspectedSheet, inspectXlsx } from '../support/inspect-xlsx.js';
import type { InspectedCell, InspectedSheet } from '../support/inspect-xlsx.js';
import { libreOfficeAvailability, recalculateAll } from '../support/libreoffice.js';
import { expectedOutcome, randomClasses, randomTrackerGrid, teacherGrid } from '../support/random-class.js';
import { expectPlanRules } from '../support/plan-rules.js';

const lo = libreOfficeAvailability();
const ready = lo.run && (hasOpenpyxl() || !!process.env.CI);
const suite = ready ? describe : describe.skip;
if (!ready)
  console.warn(`xlsx-actions-libreoffice: skipped: ${lo.reason || 'openpyxl missing for /usr/bin/python3'}`);

const TODAY = '2025-03-01';

interface Built {
  grid: Grid;
  result: ActionResult;
  file: string;
}

/** Structures each grid with the real action and writes it through the xlsx file host. */
async function build(grids: readonly Grid[], kind: 'provision' | 'tracking'): Promise<Built[]> {
  const dir = mkdtempSync(join(tmpdir(), 'provmap-actions-e2e-'));
  return Promise.all(
    grids.map(async (grid, i) => {
      const input = join(dir, `teacher-${i}.xlsx`);
      await workbookFromGrids([grid]).xlsx.writeFile(input);
      const result = structureSheet({ workbook: [], source: grid, kind, today: TODAY });
      const file = join(dir, `${kind}-${i}.xlsx`);
      await new XlsxFileHost({ input, output: file }).applyPlan(result.plan);
      return { grid, result, file };
    }),
  );
}

/** The table under the first row that holds all `headers`, as records keyed by header. */
function table(sheet: InspectedSheet, headers: readonly string[]): Record<string, InspectedCell>[] {
  const at = sheet.values.findIndex((row) => headers.every((h) => row.includes(h)));
  if (at < 0) throw new Error(`No header row with ${headers.join(', ')} on ${sheet.name}`);
  const head = sheet.values[at]!;
  return sheet.values
    .slice(at + 1)
    .filter((row) => row.some((v) => v !== null && v !== ''))
    .map((row) => Object.fromEntries(head.map((h, c) => [String(h), row[c] ?? null])));
}

const blankToNull = (v: InspectedCell | undefined): InspectedCell => (v === '' || v === undefined ? null : v);
const byKey = <T>(items: T[], key: (t: T) => string): T[] =>
  [...items].sort((a, b) => key(a).localeCompare(key(b)));

suite('real actions recalculated in LibreOffice', { timeout: 240_000 }, () => {
  it('Provision Map progress and status match the core for the seed map and random classes', async () => {
    const classes = randomClasses(10, 7);
    const built = await build([SEED_PROVISION_MAP, ...classes.map(teacherGrid)], 'provision');
    const recalculated = await recalculateAll(built.map((b) => b.file));
    let compared = 0;
    for (const [i, b] of built.entries()) {
      const sheet = inspectedSheet(await inspectXlsx(recalculated[i]!), SHEET.provisionMap);
      const engine = table(sheet, ['Intervention', 'Pupil', 'Progress', 'Status']).map((r) => ({
        intervention: r.Intervention,
        pupil: r.Pupil,
        progress: blankToNull(r.Progress),
        status: r.Status,
      }));
      const core = b.result.report.enrolments.map((e) => ({
        intervention: e.intervention,
        pupil: e.pupil,
        progress: e.progress,
        status: e.status,
      }));
      const key = (e: { intervention: unknown; pupil: unknown; status: unknown }) =>
        `${String(e.intervention)}|${String(e.pupil)}|${String(e.status)}`;
      expect(byKey(engine, key), b.grid.sheet).toEqual(byKey(core, key));
      compared += engine.length;
      // For generated classes, a third opinion: the rules of core/evaluate/rules.ts applied independently.
      const c = classes[i - 1];
      if (c) {
        const independent = c.enrolments.map((e) => ({
          intervention: e.intervention,
          pupil: e.pupil,
          ...expectedOutcome(e),
        }));
        expect(byKey(engine, key), `${c.name} against the written rules`).toEqual(byKey(independent, key));
      }
    }
    expect(compared).toBeGreaterThan(60);
  });

  it('intervention figures on the Interventions sheet match the core', async () => {
    const built = await build([SEED_PROVISION_MAP, ...randomClasses(4, 99).map(teacherGrid)], 'provision');
    const recalculated = await recalculateAll(built.map((b) => b.file));
    for (const [i, b] of built.entries()) {
      const rows = table(inspectedSheet(await inspectXlsx(recalculated[i]!), SHEET.interventions), [
        'Intervention',
        'Pupils',
        'Met',
      ]);
      for (const want of b.result.report.interventions) {
        const row = rows.find((r) => r.Intervention === want.name);
        expect(row, want.name).toBeDefined();
        const got = {
          pupils: row!.Pupils,
          assessed: row!.Assessed,
          met: row!.Met,
          meanProgress: blankToNull(row!['Mean progress']),
          totalHours: blankToNull(row!.Hours),
          cost: blankToNull(row!.Cost),
          costPerPupil: blankToNull(row!['Cost per pupil']),
          costPerStep: blankToNull(row!['Cost per step']),
        };
        const close = (a: InspectedCell, e: number | null) =>
          e === null ? a === null : typeof a === 'number' && Math.abs(a - e) < 1e-9;
        expect([got.pupils, got.assessed, got.met], want.name).toEqual([
          want.pupils,
          want.assessed,
          want.met,
        ]);
        for (const k of ['meanProgress', 'totalHours', 'cost', 'costPerPupil', 'costPerStep'] as const)
          expect(close(got[k], want[k]), `${want.name} ${k}: ${String(got[k])} vs ${String(want[k])}`).toBe(
            true,
          );
      }
    }
  });

  it('Tracker status and latest grade match the core for the messy tracker and random trackers', async () => {
    const built = await build(
      [MESSY_TRACKER, ...Array.from({ length: 8 }, (_, i) => randomTrackerGrid(i, 2024))],
      'tracking',
    );
    const recalculated = await recalculateAll(built.map((b) => b.file));
    let compared = 0;
    for (const [i, b] of built.entries()) {
      const rows = table(inspectedSheet(await inspectXlsx(recalculated[i]!), SHEET.tracker), [
        'Pupil',
        'Subject',
        'Status',
      ]);
      const engine = rows.map((r) => ({
        pupil: r.Pupil,
        subject: r.Subject,
        latest: blankToNull(r.Latest),
        status: r.Status,
      }));
      const core = b.result.report.tracking.map((t) => ({
        pupil: t.pupil,
        subject: t.subject,
        latest: t.latest,
        status: t.status,
      }));
      const key = (t: { pupil: unknown; subject: unknown }) => `${String(t.pupil)}|${String(t.subject)}`;
      expect(byKey(engine, key), b.grid.sheet).toEqual(byKey(core, key));
      compared += engine.length;
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('the collated School Map shows the statuses the core computed, with sources named by file', async () => {
    const built = await build(randomClasses(5, 31).map(teacherGrid), 'provision');
    const maps = await Promise.all(
      built.map(async (b) => {
        const [grid] = await new XlsxFileHost({ input: b.file }).readGrids([SHEET.provisionMap]);
        return { source: `${b.grid.sheet}.xlsx › ${SHEET.provisionMap}`, grid: grid! };
      }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'provmap-school-e2e-'));
    const school = join(dir, 'school.xlsx');
    const result = collateMaps({ workbook: [], maps, today: TODAY });
    await new XlsxFileHost({ input: school, createIfMissing: true }).applyPlan(result.plan);
    expectPlanRules(await inspectXlsx(school), result.plan);
    const [recalculated] = await recalculateAll([school]);
    const rows = table(inspectedSheet(await inspectXlsx(recalculated!), SHEET.schoolMap), [
      'Source',
      'Pupil',
      'Status',
    ]);
    const engine = rows.map((r) => ({
      pupil: r.Pupil,
      intervention: r.Intervention,
      progress: blankToNull(r.Progress),
      status: r.Status,
    }));
    const core = result.report.enrolments.map((e) => ({
      pupil: e.pupil,
      intervention: e.intervention,
      progress: e.progress,
      status: e.status,
    }));
    const key = (e: { intervention: unknown; pupil: unknown; status: unknown }) =>
      `${String(e.intervention)}|${String(e.pupil)}|${String(e.status)}`;
    expect(byKey(engine, key)).toEqual(byKey(core, key));
    expect(new Set(rows.map((r) => r.Source))).toEqual(new Set(maps.map((m) => m.source)));
  });

  it('openpyxl finds the planned validation and conditional formats on the planned ranges', async () => {
    const built = [
      ...(await build([SEED_PROVISION_MAP], 'provision')),
      ...(await build([MESSY_TRACKER], 'tracking')),
    ];
    for (const b of built) expectPlanRules(await inspectXlsx(b.file), b.result.plan);
  });
});
