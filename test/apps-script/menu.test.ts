// Menu actions: what the alert says, and a re-run that keeps what the teacher typed in provmap's sheets.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOutcome, setUpFromActiveSheet } from '../../apps-script/menu.js';
import { panelServer } from '../../apps-script/panel.js';
import type { Grid } from '../../core/grid.js';
import type { ActionOutcome } from '../../ui/bridge.js';
import { createFakeGoogle } from '../fakes/spreadsheet-app/index.js';
import { ROOT } from '../support/paths.js';
import { servicesOver } from './harness.js';

const seed = JSON.parse(
  readFileSync(join(ROOT, 'test/fixtures/import/seed-evaluated-map.grid.json'), 'utf8'),
) as Grid;
const SEED = { name: seed.sheet, values: seed.values as (string | number | null)[][], merges: seed.merges };

const outcome = (diagnostics: number): ActionOutcome => ({
  action: 'structure',
  sheetsWritten: ['Provision Map', 'Scales'],
  cellsWritten: 120,
  activeSheet: 'Provision Map',
  counts: { pupils: 11, interventions: 1, enrolments: 19, tracking: 0 },
  diagnostics: Array.from({ length: diagnostics }, (_, i) => ({
    sheet: 'Class 2',
    cell: `F${i + 5}`,
    code: 'UNKNOWN_GRADE',
    severity: 'warning',
    message: `"<b>2x</b>" is not a grade.`,
    hint: 'Pick a grade from the list.',
  })),
});

describe('describeOutcome', () => {
  it('says which sheets were written, how many pupils, and the first things to check', () => {
    const text = describeOutcome(outcome(10));
    expect(text).toMatch(/^Updated: Provision Map, Scales\.\n11 pupils, 1 intervention\./);
    expect(text).toContain('10 things to check:');
    expect(text.match(/^• /gm)).toHaveLength(8);
    expect(text).toContain('• Class 2!F5: "<b>2x</b>" is not a grade. Pick a grade from the list.');
    expect(text).toMatch(/and 2 more \(Open panel lists them all\)\.$/);
    expect(describeOutcome(outcome(0))).not.toMatch(/to check/);
  });
});

describe('menu actions over the fake spreadsheet', () => {
  it('sets up from the sheet the teacher is on, and keeps what they later type when re-evaluating', () => {
    const f = createFakeGoogle({ sheets: [{ name: 'Notes', values: [['x']] }, SEED] });
    f.workbook.active = f.workbook.sheets[1]!;
    const s = servicesOver(f);
    setUpFromActiveSheet(s, 'provision');
    expect(f.ui.alerts[0]).toMatch(/Set up provision map — Updated: Provision Map/);
    const map = () => f.observe().sheets.find((x) => x.name === 'Provision Map')!;
    const header = map().cells.findIndex((r) => r.includes('Exit'));
    const exitCol = map().cells[header]!.indexOf('Exit');
    const row = map().cells.findIndex((r) => r.includes('Paired reading'));
    expect(row).toBeGreaterThan(header);
    f.typeValue('Provision Map', `${String.fromCharCode(65 + exitCol)}${row + 1}`, '3c');
    panelServer(s).reevaluate();
    expect(map().cells[row]![exitCol]).toBe('3c');
  });

  it('turns a failure into an alert that says nothing was changed', () => {
    const f = createFakeGoogle({ sheets: [SEED] });
    const before = f.observe();
    f.calls.failAtCall(3);
    setUpFromActiveSheet(servicesOver(f), 'provision');
    expect(f.ui.alerts[0]).toMatch(/nothing was changed/);
    expect(f.observe()).toEqual(before);
  });
});
