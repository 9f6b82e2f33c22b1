// Checks a plan against xlsx's rules before anything is written, so a bad plan never half-applies.

import { ProvmapError, PlanError } from '../../core/errors.js';
import { parseA1Range, a1 } from '../../core/grid.js';
import type { PlanValue, WorkbookPlan } from '../../core/plan/types.js';
import { MAX_CELL_CHARS } from './text.js';
import { listFormula } from './validation.js';

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Why Excel would refuse a sheet name, or null when it is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'a sheet name cannot be empty';
  if (name.length > 31) return 'Excel sheet names have at most 31 characters';
  if (/[[\]:*?/\\]/.test(name)) return 'Excel sheet names cannot contain [ ] : * ? / \\';
  if (/^'|'$/.test(name)) return "Excel sheet names cannot start or end with '";
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  return null;
}

function checkRange(sheet: string, range: string, what: string): void {
  let r;
  try {
    r = parseA1Range(range);
  } catch {
    throw new PlanError(`The ${what} range "${range}" on sheet "${sheet}" is not an A1 range.`);
  }
  if (r.bottom >= MAX_ROWS || r.right >= MAX_COLUMNS)
    throw new ProvmapError(
      'HOST_LIMIT',
      `The ${what} range ${range} on sheet "${sheet}" is outside Excel's grid.`,
    );
}

function checkValue(sheet: string, row: number, col: number, v: PlanValue): void {
  const where = `${sheet}!${a1(row, col)}`;
  if (typeof v === 'number' && !Number.isFinite(v))
    throw new PlanError(`${where} holds ${v}, which a cell cannot store.`);
  if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
    throw new ProvmapError(
      'HOST_LIMIT',
      `${where} holds ${v.length.toLocaleString('en-GB')} characters; an Excel cell holds at most ${MAX_CELL_CHARS.toLocaleString('en-GB')}.`,
    );
  if (v !== null && typeof v === 'object') {
    if ('formula' in v && v.formula.replace(/^=/, '').trim() === '')
      throw new PlanError(`${where} has an empty formula.`);
    if ('date' in v && !/^\d{4}-\d{2}-\d{2}$/.test(v.date))
      throw new PlanError(`${where} has a date that is not yyyy-mm-dd.`);
  }
}

/** Throws PlanError (or ProvmapError HOST_LIMIT) for anything xlsx cannot hold; otherwise returns. */
export function checkPlan(plan: WorkbookPlan, existingSheets: readonly string[] = []): void {
  const names = new Set<string>();
  for (const sheet of plan.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new PlanError(`Cannot write sheet "${sheet.name}": ${problem}.`);
    if (names.has(sheet.name.toLowerCase()))
      throw new PlanError(`The plan writes sheet "${sheet.name}" twice.`);
    names.add(sheet.name.toLowerCase());
    if (sheet.values.length > MAX_ROWS)
      throw new ProvmapError('HOST_LIMIT', `Sheet "${sheet.name}" has more rows than Excel allows.`);
    sheet.values.forEach((row, r) => {
      if (row.length > MAX_COLUMNS)
        throw new ProvmapError('HOST_LIMIT', `Sheet "${sheet.name}" has more columns than Excel allows.`);
      row.forEach((v, c) => checkValue(sheet.name, r, c, v));
    });
    for (const s of sheet.styles) {
      checkRange(sheet.name, s.range, 'style');
      for (const c of [s.style.fill, s.style.fontColor])
        if (c !== undefined && !COLOUR.test(c))
          throw new PlanError(`Colour "${c}" on sheet "${sheet.name}" is not #RRGGBB.`);
    }
    for (const f of sheet.numberFormats) checkRange(sheet.name, f.range, 'number format');
    for (const v of sheet.validations) {
      checkRange(sheet.name, v.range, 'validation');
      if (v.rule.kind === 'list') listFormula(v.range, v.rule.values);
    }
    for (const p of sheet.protections) checkRange(sheet.name, p.range, 'protected');
    for (const n of sheet.notes) checkRange(sheet.name, n.cell, 'note');
    for (const cf of sheet.conditionalFormats) {
      checkRange(sheet.name, cf.range, 'conditional format');
      for (const c of [cf.style.fill, cf.style.fontColor])
        if (!COLOUR.test(c)) throw new PlanError(`Colour "${c}" on sheet "${sheet.name}" is not #RRGGBB.`);
    }
  }
  const known = new Set([...names, ...existingSheets.map((s) => s.toLowerCase())]);
  for (const n of plan.namedRanges) {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(n.name) || /^[A-Za-z]{1,3}\d+$/.test(n.name))
      throw new PlanError(`"${n.name}" cannot be a workbook name.`);
    if (!known.has(n.sheet.toLowerCase()))
      throw new PlanError(`Named range ${n.name} refers to a missing sheet "${n.sheet}".`);
    checkRange(n.sheet, n.range, 'named');
  }
  if (plan.activeSheet !== null && !known.has(plan.activeSheet.toLowerCase()))
    throw new PlanError(`The sheet to show, "${plan.activeSheet}", is not in the workbook.`);
}
