// Checks every sheet plan must pass, whatever its layout: portable formulas, ranges inside the sheet,
// nothing hidden, text written as text.

import { parseA1Range } from '../../../core/grid.js';
import { formulaProblems } from '../../../core/plan/formula-check.js';
import type { Formula, PlanValue, SheetPlan, WorkbookPlan } from '../../../core/plan/types.js';

/** Every formula cell of a sheet, with its A1 address. */
export function formulaCells(sheet: SheetPlan): { cell: string; formula: string }[] {
  const out: { cell: string; formula: string }[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isFormula(v)) out.push({ cell: `${r},${c}`, formula: v.formula });
    }),
  );
  return out;
}

export function isFormula(v: PlanValue | undefined): v is Formula {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

/** What is wrong with a sheet plan (empty when nothing). */
export function sheetProblems(sheet: SheetPlan): string[] {
  const problems: string[] = [];
  const height = sheet.values.length;
  const width = Math.max(sheet.columnWidths.length, ...sheet.values.map((r) => r.length));
  const inside = (what: string, range: string): void => {
    try {
      const r = parseA1Range(range);
      if (r.bottom >= height || r.right >= width)
        problems.push(`${what} ${range} is outside the ${height}x${width} sheet`);
    } catch {
      problems.push(`${what} ${range} is not an A1 range`);
    }
  };
  for (const { cell, formula } of formulaCells(sheet))
    for (const p of formulaProblems(formula)) problems.push(`formula at ${cell}: ${p}`);
  sheet.styles.forEach((s) => inside('style', s.range));
  sheet.numberFormats.forEach((s) => inside('format', s.range));
  sheet.validations.forEach((s) => inside('validation', s.range));
  sheet.conditionalFormats.forEach((s) => inside('conditional format', s.range));
  sheet.protections.forEach((s) => inside('protection', s.range));
  sheet.notes.forEach((s) => inside('note', s.cell));
  for (const cf of sheet.conditionalFormats)
    if (cf.rule.kind === 'formula')
      for (const p of formulaProblems(cf.rule.formula)) problems.push(`CF formula: ${p}`);
  if (sheet.columnWidths.some((w) => !(w > 0))) problems.push('a column has no width (hidden)');
  if (JSON.stringify(sheet).includes('"hidden"')) problems.push('something is hidden');
  if (sheet.values.length > 0 && sheet.values[sheet.values.length - 1]!.every((v) => v === null || v === ''))
    problems.push('trailing blank row: not trimmed to content');
  return problems;
}

/** Problems of every sheet of a plan, plus named ranges that point nowhere. */
export function planProblems(plan: WorkbookPlan): string[] {
  const problems = plan.sheets.flatMap((s) => sheetProblems(s).map((p) => `${s.name}: ${p}`));
  const names = new Set<string>();
  for (const n of plan.namedRanges) {
    if (names.has(n.name)) problems.push(`named range ${n.name} twice`);
    names.add(n.name);
    if (!/^[A-Z_][A-Z0-9_]*$/.test(n.name)) problems.push(`named range ${n.name} is not a safe name`);
  }
  for (const s of plan.sheets)
    for (const { formula } of formulaCells(s))
      for (const ref of formula.match(/\bPM_[A-Z0-9_]+\b/g) ?? [])
        if (!names.has(ref)) problems.push(`${s.name} refers to ${ref}, which the plan does not define`);
  for (const s of plan.sheets)
    for (const v of s.validations)
      if (v.rule.kind === 'list-from-range' && !names.has(v.rule.source))
        problems.push(
          `${s.name} dropdown on ${v.range} lists ${v.rule.source}, which the plan does not define`,
        );
  return problems;
}
