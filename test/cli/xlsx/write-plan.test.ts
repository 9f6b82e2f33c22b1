// Writing plans into workbooks: the xlsx-specific decisions (protection, rule ownership, limits).

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applyPlanToWorkbook } from '../../../cli/xlsx/apply-plan.js';
import { conditionalFormatsOf, validationsOf } from '../../../cli/xlsx/exceljs-extras.js';
import { checkPlan } from '../../../cli/xlsx/plan-check.js';
import { uncoveredParts } from '../../../cli/xlsx/validation.js';
import { workbookFromGrids } from '../../../cli/xlsx/new-workbook.js';
import { ProvmapError } from '../../../core/errors.js';
import type { WorkbookPlan } from '../../../core/plan/types.js';
import { contractPlan, provisionMapSheet, riskyPlan } from '../../support/contract-plan.js';

function teacherBook(): ExcelJS.Workbook {
  return workbookFromGrids([{ sheet: 'Class 4B', values: [['Amy', 3]], merges: [] }]);
}

describe('applyPlanToWorkbook', () => {
  it('keeps protection warnings off cells that carry a planned validation', () => {
    expect(uncoveredParts('F2:G5', [])).toEqual(['F2:G5']);
    expect(uncoveredParts('F2:G5', ['G3:G4', 'A1:A9'])).toEqual(['F2:F5', 'G2', 'G5']);
    expect(uncoveredParts('F2:F3', ['F1:F9'])).toEqual([]);
  });

  it('locks computed cells only, and protects with a warning rather than a lock', () => {
    const wb = teacherBook();
    applyPlanToWorkbook(wb, contractPlan(4));
    const ws = wb.getWorksheet('Provision Map')!;
    expect(ws.getCell('F3').protection?.locked).toBe(true);
    expect(ws.getCell('A3').protection?.locked).toBe(false);
    const warn = validationsOf(ws).model['F2:G5'];
    expect(warn).toMatchObject({ type: 'custom', errorStyle: 'warning', formulae: ['FALSE'] });
    // Clearing a computed cell warns too, as editing a warning-only range does in Sheets.
    expect(warn?.allowBlank).toBe(false);
    // No sheet protection: nothing ever blocks a teacher.
    expect((ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null).toBeNull();
  });

  it("marks provmap's conditional formats so a teacher's rule in the same colours survives a rebuild", () => {
    const wb = teacherBook();
    applyPlanToWorkbook(wb, contractPlan(4));
    const ws = wb.getWorksheet('Provision Map')!;
    // A teacher's own rule using the very same "light green" as provmap's "met".
    ws.addConditionalFormatting({
      ref: 'A2:A5',
      rules: [
        {
          type: 'expression',
          formulae: ['$B2="Numeracy"'],
          priority: 9,
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } },
        },
      ],
    });
    applyPlanToWorkbook(wb, contractPlan(4));
    const rules = conditionalFormatsOf(wb.getWorksheet('Provision Map')!).flatMap((cf) =>
      cf.rules.map((r) => ({ ref: cf.ref, rule: r })),
    );
    expect(rules).toHaveLength(4);
    expect(rules[0]!.rule).toMatchObject({ type: 'expression', formulae: ['$B2="Numeracy"'], priority: 1 });
    expect(rules.slice(1).map((r) => r.rule.priority)).toEqual([2, 3, 4]);
  });

  it('puts a rebuilt sheet back in its tab position and selects only the active sheet', () => {
    const wb = teacherBook();
    applyPlanToWorkbook(wb, contractPlan(3));
    wb.addWorksheet('Notes');
    applyPlanToWorkbook(wb, contractPlan(5));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Class 4B', 'Scales', 'Provision Map', 'Notes']);
    const selected = wb.worksheets.filter(
      (w) => (w.views?.[0] as { tabSelected?: boolean } | undefined)?.tabSelected,
    );
    expect(selected.map((w) => w.name)).toEqual(['Provision Map']);
    expect(wb.views[0]?.activeTab).toBe(2);
  });

  it("replaces a named range the plan defines, and keeps the teacher's other names", () => {
    const wb = teacherBook();
    wb.definedNames.add("'Class 4B'!$A$1", 'TEACHER_NAME');
    applyPlanToWorkbook(wb, contractPlan(3));
    applyPlanToWorkbook(wb, contractPlan(3));
    const names = wb.definedNames.model.map((n) => `${n.name}=${n.ranges.join(',')}`).sort();
    expect(names).toEqual(['PM_SCALE_NC=Scales!$A$2:$A$14', "TEACHER_NAME='Class 4B'!$A$1"]);
  });
});

describe('checkPlan', () => {
  const withSheet = (patch: Partial<WorkbookPlan['sheets'][number]>): WorkbookPlan => ({
    sheets: [{ ...provisionMapSheet(2), ...patch }],
    namedRanges: [],
    activeSheet: null,
  });

  it('refuses what Excel cannot hold, before anything is written', () => {
    const cases: [WorkbookPlan, string][] = [
      [withSheet({ name: 'Bad/Name' }), 'BAD_PLAN'],
      [withSheet({ name: 'x'.repeat(32) }), 'BAD_PLAN'],
      [withSheet({ values: [[Number.NaN]] }), 'BAD_PLAN'],
      [withSheet({ values: [['y'.repeat(32_768)]] }), 'HOST_LIMIT'],
      [withSheet({ values: [[{ formula: ' ' }]] }), 'BAD_PLAN'],
      [withSheet({ styles: [{ range: 'A1', style: { fill: 'red' } }] }), 'BAD_PLAN'],
      [withSheet({ notes: [{ cell: 'not a cell', text: 'x' }] }), 'BAD_PLAN'],
      [
        withSheet({
          validations: [{ range: 'A2', rule: { kind: 'list', values: ['a,b'], strict: true }, help: '' }],
        }),
        'BAD_PLAN',
      ],
      [{ ...riskyPlan(), namedRanges: [{ name: 'A1', sheet: 'Pupils', range: 'A1' }] }, 'BAD_PLAN'],
      [{ ...riskyPlan(), namedRanges: [{ name: 'OK', sheet: 'Missing', range: 'A1' }] }, 'BAD_PLAN'],
    ];
    for (const [plan, code] of cases) {
      let err: unknown = null;
      try {
        checkPlan(plan);
      } catch (e) {
        err = e;
      }
      expect(err, JSON.stringify(plan.sheets[0]?.name)).toBeInstanceOf(ProvmapError);
      expect((err as ProvmapError).code).toBe(code);
    }
    const wb = teacherBook();
    const list = withSheet({
      validations: [
        { range: 'A2', rule: { kind: 'list', values: ['a'.repeat(300)], strict: true }, help: '' },
      ],
    });
    expect(() => applyPlanToWorkbook(wb, list)).toThrow(ProvmapError);
  });

  it('accepts the realistic contract plan', () => {
    expect(() => checkPlan(contractPlan(40))).not.toThrow();
  });
});
