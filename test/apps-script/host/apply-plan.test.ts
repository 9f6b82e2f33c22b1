// Applying plans with SpreadsheetApp: all or nothing at every call, sheets keep their identity (so formulas
// pointing at them survive), Sheets' limits are checked first, and round trips do not grow with pupils.

import { describe, expect, it } from 'vitest';
import { HostLimitError, RollbackError } from '../../../apps-script/host/index.js';
import { ProvmapError } from '../../../core/errors.js';
import type { WorkbookPlan } from '../../../core/plan/types.js';
import { TEACHER_SHEET, contractPlan, provisionMapSheet } from '../../support/contract-plan.js';
import { createFakeGoogle, type FakeGoogle } from '../../fakes/spreadsheet-app/index.js';
import { hostOver } from '../harness.js';

const MY_FORMULAS = [["='Provision Map'!A2"], ['=COUNTIF(\'Provision Map\'!G2:G20,"met")'], ['=PM_SCALE_NC']];

/** A workbook provmap already wrote, with a teacher's sheet whose formulas point at the owned sheets. */
function written(): FakeGoogle {
  const f = createFakeGoogle({ sheets: [TEACHER_SHEET, { name: 'My notes', values: [] }] });
  hostOver(f).applyPlan(contractPlan(4));
  f.spreadsheet.getSheetByName('My notes')!.getRange('A1:A3').setValues(MY_FORMULAS);
  f.addUserConditionalFormat('Provision Map', 'A2:A5', 'Amy 1', '#ABCDEF');
  return f;
}

const formulas = (f: FakeGoogle) => f.spreadsheet.getSheetByName('My notes')!.getRange('A1:A3').getFormulas();

describe('applyPlan over SpreadsheetApp', () => {
  it('leaves the workbook exactly as it was when any single call fails, at every call', () => {
    let k = 1;
    for (; ; k++) {
      const f = written();
      const before = f.observe();
      f.calls.failAtCall(k);
      let failed = false;
      try {
        hostOver(f).applyPlan(contractPlan(9));
      } catch {
        failed = true;
      }
      f.calls.failAtCall(null);
      if (!failed) break;
      expect(f.observe(), `failure at mutating call ${k}`).toEqual(before);
      expect(formulas(f), `formulas after failure at call ${k}`).toEqual(MY_FORMULAS);
    }
    // Every mutating call of the write was tried (the last success only removed backups).
    expect(k).toBeGreaterThan(40);
  });

  it("keeps the teacher's formulas that point at provmap's sheets when it rewrites them", () => {
    const f = written();
    hostOver(f).applyPlan(contractPlan(9));
    expect(formulas(f)).toEqual(MY_FORMULAS);
    const names = f.observe().sheets.map((s) => s.name);
    expect(names).toEqual([TEACHER_SHEET.name, 'My notes', 'Scales', 'Provision Map']);
    expect(f.workbook.sheets.some((s) => s.hidden)).toBe(false);
  });

  it('keeps the labelled backups visible when undoing fails too, and says so', () => {
    const f = written();
    const mapBefore = f.observe().sheets.find((s) => s.name === 'Provision Map')!;
    f.calls.failAtCall(12);
    const host = hostOver(f);
    let error: unknown = null;
    try {
      // From the 12th mutating call on, everything fails: the undo steps cannot run either.
      const arm = f.calls.tick.bind(f.calls);
      let seen = 0;
      f.calls.tick = (method, mutating) => {
        if (mutating && ++seen >= 12) f.calls.failAll(true);
        arm(method, mutating);
      };
      host.applyPlan(contractPlan(9));
    } catch (e) {
      error = e;
    }
    f.calls.failAll(false);
    expect(error).toBeInstanceOf(RollbackError);
    expect(String((error as Error).message)).toMatch(/provmap backup/);
    const backup = f.observe().sheets.find((s) => s.name === 'provmap backup – Provision Map')!;
    expect(backup.cells).toEqual(mapBefore.cells);
    expect(f.workbook.sheets.every((s) => !s.hidden)).toBe(true);
  });

  it('refuses to write when a sheet it read changed in between (CHANGED_SINCE_READ)', () => {
    const f = written();
    const host = hostOver(f);
    host.readGrids(['Provision Map', TEACHER_SHEET.name]);
    f.typeValue('Provision Map', 'E3', '3a');
    const before = f.observe();
    expect(() => host.applyPlan(contractPlan(4))).toThrow(
      expect.objectContaining({ code: 'CHANGED_SINCE_READ' }),
    );
    expect(f.observe()).toEqual(before);
  });

  it('writes when a sheet it only read changed in between, and leaves that sheet as the teacher made it', () => {
    const f = written();
    const host = hostOver(f);
    host.readGrids(['Provision Map', TEACHER_SHEET.name]);
    f.typeValue(TEACHER_SHEET.name, 'B2', 'typed during the run');
    const teacherSheet = () => f.observe().sheets.find((s) => s.name === TEACHER_SHEET.name);
    const typed = teacherSheet();
    const result = host.applyPlan(contractPlan(4));
    expect(result.sheetsWritten).not.toContain(TEACHER_SHEET.name);
    expect(teacherSheet()).toEqual(typed);
    expect(f.spreadsheet.getSheetByName(TEACHER_SHEET.name)!.getRange('B2').getValue()).toBe(
      'typed during the run',
    );
  });

  it("refuses a plan that would pass Sheets' 10,000,000-cell limit before writing anything", () => {
    const f = createFakeGoogle({ sheets: [TEACHER_SHEET] });
    f.spreadsheet.getSheetByName(TEACHER_SHEET.name)!.insertRowsAfter(1000, 383_000);
    const before = f.observe();
    const mutating = f.calls.mutating;
    expect(() => hostOver(f).applyPlan(contractPlan(4))).toThrow(HostLimitError);
    expect(f.calls.mutating).toBe(mutating);
    expect(f.observe()).toEqual(before);
  });

  it('refuses a fixed dropdown over 500 items, and text over 50,000 characters, before writing', () => {
    const f = createFakeGoogle({ sheets: [TEACHER_SHEET] });
    const plan = contractPlan(4);
    const longList: WorkbookPlan = {
      ...plan,
      sheets: [
        plan.sheets[0]!,
        {
          ...plan.sheets[1]!,
          validations: [
            {
              range: 'K2:K5',
              rule: { kind: 'list', values: Array.from({ length: 501 }, (_, i) => `d${i}`), strict: true },
              help: '',
            },
          ],
        },
      ],
    };
    const mutating = f.calls.mutating;
    expect(() => hostOver(f).applyPlan(longList)).toThrow(HostLimitError);
    const longText: WorkbookPlan = {
      ...plan,
      sheets: [plan.sheets[0]!, { ...plan.sheets[1]!, values: [['=' + 'x'.repeat(50_000)]] }],
    };
    expect(() => hostOver(f).applyPlan(longText)).toThrow(ProvmapError);
    expect(f.calls.mutating).toBe(mutating);
  });

  it('sizes new sheets to what the plan writes (empty cells count against the limit)', () => {
    const f = createFakeGoogle({ sheets: [TEACHER_SHEET] });
    hostOver(f).applyPlan(contractPlan(8));
    const map = f.workbook.sheets.find((s) => s.name === 'Provision Map')!;
    expect([map.maxRows, map.maxCols]).toEqual([9, 11]);
  });

  it("drops provmap's rules from an earlier layout, and keeps the teacher's", () => {
    const f = written();
    const plan = contractPlan(4);
    const map = plan.sheets[1]!;
    const changed: WorkbookPlan = {
      ...plan,
      sheets: [plan.sheets[0]!, { ...map, conditionalFormats: map.conditionalFormats.slice(0, 1) }],
    };
    hostOver(f).applyPlan(changed);
    const rules = f.observe().sheets.find((s) => s.name === 'Provision Map')!.conditionalFormats;
    expect(rules.map((r) => r.condition)).toEqual(['Amy 1', 'met']);
  });

  it('makes the same calls for 30 pupils as for 300', () => {
    const counts = (pupils: number) => {
      const f = createFakeGoogle({ sheets: [TEACHER_SHEET] });
      hostOver(f).applyPlan({
        ...contractPlan(2),
        sheets: [contractPlan(2).sheets[0]!, provisionMapSheet(2)],
      });
      const start = f.calls.records.length;
      const host = hostOver(f);
      host.readGrids(['Provision Map']);
      host.applyPlan({
        ...contractPlan(pupils),
        sheets: [contractPlan(pupils).sheets[0]!, provisionMapSheet(pupils)],
      });
      return f.calls.countsSince(start);
    };
    const small = counts(30);
    expect(counts(300)).toEqual(small);
    expect(small['Range.setValues']).toBe(2);
  });
});
