// Checks a plan against Excel's rules and translates it before anything is written.

import { PlanError } from '../../core/errors.js';
import { parseA1Range } from '../../core/grid.js';
import { ownedColumns } from '../../core/plan/owned-columns.js';
import type { SheetPlan, WorkbookPlan } from '../../core/plan/types.js';
import { nameFormula } from './addresses.js';
import { excelFormatRule, provmapPalette } from './conditional-formats.js';
import type { ExcelFormatRule } from './conditional-formats.js';
import { sheetMatrix } from './sheet-matrix.js';
import type { SheetMatrix } from './sheet-matrix.js';
import { excelProtection, excelValidation } from './validation-rules.js';
import type { ExcelValidation } from './validation-rules.js';

export interface PreparedSheet {
  plan: SheetPlan;
  matrix: SheetMatrix;
  /** Warning-only protections first, then validations, so a validation wins where both fall. */
  validations: { range: string; validation: ExcelValidation }[];
  formats: ExcelFormatRule[];
  /** provmap's columns from A: on a sheet that exists, only these get its formats, validation, notes, widths. */
  owned: number;
}

export interface PreparedPlan {
  plan: WorkbookPlan;
  sheets: PreparedSheet[];
  palette: Set<string>;
  names: { name: string; sheet: string; range: string; formula: string }[];
}

const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

/** Throws PlanError when Excel would refuse a sheet name. */
export function checkSheetName(name: string): void {
  if (
    name.trim() === '' ||
    name.length > 31 ||
    BAD_SHEET_CHARS.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  )
    throw new PlanError(
      `"${name}" cannot be an Excel sheet name (1 to 31 characters, none of : \\ / ? * [ ], no apostrophe at either end).`,
    );
  if (name.toLowerCase() === 'history') throw new PlanError('Excel reserves the sheet name "History".');
}

/** Throws PlanError when Excel would refuse a workbook name (PM_SCALE_NC is fine; A1 or R1C1 is not). */
export function checkName(name: string): void {
  const looksLikeCell =
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || looksLikeCell)
    throw new PlanError(`"${name}" cannot be an Excel name.`);
}

function checkRange(sheet: string, range: string): void {
  try {
    parseA1Range(range);
  } catch {
    throw new PlanError(`"${range}" on sheet "${sheet}" is not an A1 range.`);
  }
}

/** Validates and translates the whole plan; throws PlanError so nothing is written for a bad plan. */
export function preparePlan(plan: WorkbookPlan): PreparedPlan {
  const seen = new Set<string>();
  const sheets = plan.sheets.map((s): PreparedSheet => {
    checkSheetName(s.name);
    if (seen.has(s.name.toLowerCase())) throw new PlanError(`The plan writes sheet "${s.name}" twice.`);
    seen.add(s.name.toLowerCase());
    const ranges = [...s.styles, ...s.validations, ...s.conditionalFormats, ...s.protections].map(
      (r) => r.range,
    );
    for (const r of [...ranges, ...s.notes.map((n) => n.cell)]) checkRange(s.name, r);
    return {
      plan: s,
      matrix: sheetMatrix(s),
      validations: [
        ...s.protections.map((p) => ({ range: p.range, validation: excelProtection(p) })),
        ...s.validations.map((v) => ({ range: v.range, validation: excelValidation(v) })),
      ],
      formats: s.conditionalFormats.map(excelFormatRule),
      owned: ownedColumns(s),
    };
  });
  const names = plan.namedRanges.map((n) => {
    checkName(n.name);
    checkRange(n.sheet, n.range);
    if (!seen.has(n.sheet.toLowerCase()))
      throw new PlanError(`The name ${n.name} points at "${n.sheet}", which the plan does not write.`);
    return { ...n, formula: nameFormula(n.sheet, n.range) };
  });
  return { plan, sheets, palette: provmapPalette(plan), names };
}
