// The seed examples end the same in Excel (the fake, through the Office.js adapter) as in the .xlsx file
// the CLI writes: the same values, formulas, validation, number formats, conditional formats, protection,
// notes and names; and each validated cell behaves the same when a teacher types into it.

import { describe, expect, it } from 'vitest';
import type { XlsxFileHost } from '../../cli/io/file-host.js';
import { a1 } from '../../core/grid.js';
import { isOwnedSheet } from '../../core/plan/sheet-names.js';
import type { InitialSheet } from '../contract/harness.js';
import { createExcelHarness } from '../fakes/excel/harness.js';
import type { FakeWorkbookState } from '../fakes/excel/index.js';
import { unkey } from '../fakes/excel/state.js';
import { hasOpenpyxl, inspectXlsx } from '../support/inspect-xlsx.js';
import type { InspectedWorkbook } from '../support/inspect-xlsx.js';
import { cells, comparable, PARITY_CASES, runSteps, seed, type Step } from '../support/parity.js';
import { xlsxHarness } from '../support/xlsx-harness.js';

/** What typing into a validated cell does: refused or warned, blanks let through, a prompt shown. */
type Behaviour = { alert: 'stop' | 'warning' | 'information'; blanks: boolean; prompt: boolean };
type BehaviourBySheet = Record<string, Record<string, Behaviour>>;

function excelBehaviour(state: FakeWorkbookState): BehaviourBySheet {
  const out: BehaviourBySheet = {};
  for (const sheet of state.sheets.filter((s) => isOwnedSheet(s.name))) {
    const bySheet: Record<string, Behaviour> = {};
    for (const [k, cell] of sheet.cells) {
      const v = cell.validation;
      if (!v) continue;
      const [r, c] = unkey(k);
      bySheet[a1(r, c)] = {
        alert: (v.errorAlert.style ?? 'Stop').toLowerCase() as Behaviour['alert'],
        blanks: v.ignoreBlanks,
        prompt: v.prompt.showPrompt === true,
      };
    }
    out[sheet.name] = bySheet;
  }
  return out;
}

function xlsxBehaviour(wb: InspectedWorkbook): BehaviourBySheet {
  const out: BehaviourBySheet = {};
  for (const sheet of wb.sheets.filter((s) => isOwnedSheet(s.name))) {
    const bySheet: Record<string, Behaviour> = {};
    for (const v of sheet.validations)
      for (const cell of v.sqref.split(/\s+/).flatMap(cells))
        bySheet[cell] = {
          // OOXML's default error style is stop.
          alert: (v.errorStyle ?? 'stop') as Behaviour['alert'],
          blanks: v.allowBlank,
          prompt: (v.prompt ?? '') !== '',
        };
    out[sheet.name] = bySheet;
  }
  return out;
}

async function throughExcel(initial: InitialSheet, steps: readonly Step[]) {
  const h = await createExcelHarness([initial]);
  await runSteps(h, initial.name, steps, 'excel');
  return { observed: comparable(await h.observe()), behaviour: excelBehaviour(h.fake.state) };
}

async function throughXlsx(initial: InitialSheet, steps: readonly Step[]) {
  const h = await xlsxHarness([initial]);
  await runSteps(h, initial.name, steps, 'excel');
  const inspected = await inspectXlsx((h.host as XlsxFileHost).output);
  return { observed: comparable(await h.observe()), behaviour: xlsxBehaviour(inspected) };
}

const suite = hasOpenpyxl() || process.env.CI ? describe : describe.skip;

suite('Excel and .xlsx end the same', () => {
  for (const [name, file, steps] of PARITY_CASES)
    it(
      name,
      async () => {
        const initial = seed(file);
        const excel = await throughExcel(initial, steps);
        const xlsx = await throughXlsx(initial, steps);
        // Something was written: provmap's sheets exist, each with a header and rows.
        expect(xlsx.observed.sheets.length).toBeGreaterThan(0);
        for (const s of xlsx.observed.sheets) expect(s.cells.length, s.name).toBeGreaterThan(1);
        expect(excel.observed.sheets.map((s) => s.name)).toEqual(xlsx.observed.sheets.map((s) => s.name));
        for (const [i, s] of excel.observed.sheets.entries())
          expect(s, s.name).toEqual(xlsx.observed.sheets[i]);
        expect(excel.observed.namedRanges).toEqual(xlsx.observed.namedRanges);
        for (const [sheet, byCell] of Object.entries(excel.behaviour))
          expect(byCell, `typing into ${sheet}`).toEqual(xlsx.behaviour[sheet]);
      },
      60_000,
    );
});
