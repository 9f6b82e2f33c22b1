// Data validation and warning-only protection as xlsx data validations.
//
// xlsx has no warning-only protection. Its closest faithful form is a data validation that always fails
// with the "warning" error style: typing into a computed cell shows provmap's message and asks "Continue?",
// and Yes keeps the teacher's value, exactly like a warning-only protected range in Google Sheets. Pasting
// bypasses it (as it bypasses every Excel validation). Computed cells also carry the locked flag while
// every other written cell is unlocked, so a teacher who switches on Review > Protect Sheet locks exactly
// the computed cells. The sheet itself is left unprotected, so nothing ever blocks a teacher.

import type { DataValidation } from 'exceljs';
import { a1Range, parseA1Range } from '../../core/grid.js';
import type { MergedRange } from '../../core/grid.js';
import type { ProtectionPlan, ValidationPlan } from '../../core/plan/types.js';
import { PlanError } from '../../core/errors.js';

/** The error title that marks provmap's warning-only protection. */
export const PROTECTION_TITLE = 'Computed by provmap';

/** Excel refuses prompts and messages longer than this. */
const MAX_MESSAGE = 255;
/** Excel's limit on an in-cell list ("a,b,c") in a validation formula. */
const MAX_LIST_FORMULA = 255;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The in-cell list formula ("a,b,c") of a short dropdown. Throws PlanError for a list Excel cannot hold. */
export function listFormula(range: string, values: readonly string[]): string {
  if (values.some((item) => item.includes(',')))
    throw new PlanError(`A dropdown on ${range} has an item with a comma; use a list from a range.`);
  const formula = `"${values.map((item) => item.replace(/"/g, '""')).join(',')}"`;
  if (formula.length > MAX_LIST_FORMULA)
    throw new PlanError(`The dropdown on ${range} is too long for Excel; use a list from a range.`);
  return formula;
}

/** The ExcelJS validation for one planned validation. Throws PlanError for a list Excel cannot hold. */
export function toDataValidation(v: ValidationPlan): DataValidation {
  const message = {
    allowBlank: true,
    showInputMessage: v.help !== '',
    prompt: clip(v.help, MAX_MESSAGE),
    showErrorMessage: true,
    error: clip(v.help, MAX_MESSAGE),
  };
  const rule = v.rule;
  switch (rule.kind) {
    case 'list-from-range':
      return {
        type: 'list',
        formulae: [rule.source.replace(/^=/, '')],
        errorStyle: rule.strict ? 'stop' : 'warning',
        ...message,
      };
    case 'list':
      return {
        type: 'list',
        formulae: [listFormula(v.range, rule.values)],
        errorStyle: rule.strict ? 'stop' : 'warning',
        ...message,
      };
    case 'whole-number':
      return {
        type: 'whole',
        operator: 'between',
        formulae: [rule.min, rule.max],
        errorStyle: 'stop',
        ...message,
      };
    case 'decimal':
      return {
        type: 'decimal',
        operator: 'between',
        formulae: [rule.min, rule.max],
        errorStyle: 'stop',
        ...message,
      };
    case 'date':
      return {
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        errorStyle: 'stop',
        ...message,
      };
  }
}

/** The always-failing, warning-style validation that stands in for warning-only protection. */
export function protectionValidation(p: ProtectionPlan): DataValidation {
  return {
    type: 'custom',
    formulae: ['FALSE'],
    // Blanks are checked too: clearing a computed cell warns, as any edit of a warning-only range does in
    // Sheets (and as the Excel add-in writes it).
    allowBlank: false,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: PROTECTION_TITLE,
    error: clip(
      `${p.description} Choose Yes to keep your value anyway; provmap recomputes it on its next run.`,
      MAX_MESSAGE,
    ),
  };
}

/** True for a validation provmap wrote to stand in for warning-only protection. */
export function isProtectionValidation(
  v: Pick<DataValidation, 'type' | 'errorStyle' | 'errorTitle'>,
): boolean {
  return v.type === 'custom' && v.errorStyle === 'warning' && v.errorTitle === PROTECTION_TITLE;
}

function overlaps(a: MergedRange, b: MergedRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * The parts of `range` no other range covers, as A1 ranges (a cell holds one validation in xlsx, so a
 * planned validation wins over the protection warning where both apply).
 */
export function uncoveredParts(range: string, covered: readonly string[]): string[] {
  const r = parseA1Range(range);
  const blocks = covered.map(parseA1Range).filter((b) => overlaps(b, r));
  if (blocks.length === 0) return [a1Range(r.top, r.left, r.bottom, r.right)];
  const out: string[] = [];
  for (let col = r.left; col <= r.right; col++) {
    let start: number | null = null;
    for (let row = r.top; row <= r.bottom + 1; row++) {
      const free =
        row <= r.bottom && !blocks.some((b) => overlaps(b, { top: row, bottom: row, left: col, right: col }));
      if (free && start === null) start = row;
      if (!free && start !== null) {
        out.push(a1Range(start, col, row - 1, col));
        start = null;
      }
    }
  }
  return out;
}
