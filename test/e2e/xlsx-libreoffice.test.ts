// End to end in a real spreadsheet engine: workbooks the xlsx host writes, recalculated by LibreOffice,
// give the values the TypeScript side computes; openpyxl finds validation and formats on the right ranges.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxFileHost } from '../../cli/io/file-host.js';
import { workbookFromGrids } from '../../cli/xlsx/new-workbook.js';
import type { WorkbookPlan } from '../../core/plan/types.js';
import { NC_STEPS, contractPlan } from '../support/contract-plan.js';
import { hasOpenpyxl, inspectedSheet, inspectXlsx } from '../support/inspect-xlsx.js';
import { libreOfficeAvailability, recalculate } from '../support/libreoffice.js';
import { expectedOutcome, handPlanSheet, randomClasses } from '../support/random-class.js';

const lo = libreOfficeAvailability();
const ready = lo.run && (hasOpenpyxl() || !!process.env.CI);
const suite = ready ? describe : describe.skip;
if (!ready)
  console.warn(`xlsx-libreoffice: skipped: ${lo.reason || 'openpyxl missing for /usr/bin/python3'}`);

async function writePlan(plan: WorkbookPlan, name: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'provmap-e2e-'));
  const input = join(dir, 'teacher.xlsx');
  await workbookFromGrids([
    { sheet: 'Teacher', values: [['typed by a teacher']], merges: [] },
  ]).xlsx.writeFile(input);
  const output = join(dir, `${name}.xlsx`);
  await new XlsxFileHost({ input, output }).applyPlan(plan);
  return output;
}

suite('xlsx host in LibreOffice (hand-written plans)', () => {
  it('recalculates live progress and status formulas to the values computed in TypeScript', async () => {
    const classes = randomClasses(12, 20240902);
    const base = contractPlan(2);
    const plan: WorkbookPlan = {
      sheets: [base.sheets[0]!, ...classes.map(handPlanSheet)],
      namedRanges: base.namedRanges,
      activeSheet: null,
    };
    const recalculated = await inspectXlsx(await recalculate(await writePlan(plan, 'random-classes')));
    let compared = 0;
    for (const c of classes) {
      const values = inspectedSheet(recalculated, c.name).values;
      c.enrolments.forEach((e, i) => {
        const want = expectedOutcome(e, NC_STEPS.length);
        const row = values[i + 1] ?? [];
        // An empty formula result ("") is cached as an empty string or as nothing, depending on the engine.
        const progress = row[5] === '' || row[5] === undefined ? null : row[5];
        expect({ pupil: row[0], progress, status: row[6] }, `${c.name} row ${i + 2}`).toEqual({
          pupil: e.pupil,
          progress: want.progress,
          status: want.status,
        });
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(50);
  }, 180_000);

  it('keeps validation, conditional formats, names and frozen panes where the plan put them', async () => {
    const plan = contractPlan(10);
    const written = await inspectXlsx(await writePlan(plan, 'contract'));
    const map = inspectedSheet(written, 'Provision Map');
    const planned = plan.sheets[1]!;
    expect(map.frozen).toBe('B2');
    expect(map.validations.map((v) => [v.sqref, v.type]).sort()).toEqual(
      [
        ...planned.validations.map((v) => [
          v.range,
          {
            'list-from-range': 'list',
            list: 'list',
            'whole-number': 'whole',
            decimal: 'decimal',
            date: 'date',
          }[v.rule.kind],
        ]),
        ['F2:G11', 'custom'],
      ].sort(),
    );
    expect(map.conditionalFormats.map((c) => [c.sqref, c.fill])).toEqual(
      planned.conditionalFormats.map((c) => [c.range, c.style.fill]),
    );
    expect(written.definedNames.find((n) => n.name === 'PM_SCALE_NC')?.destinations).toEqual([
      ['Scales', '$A$2:$A$14'],
    ]);
    expect(map.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      fitToPage: true,
    });
  });
});
