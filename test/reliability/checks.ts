// Checks the reliability suite and its figures share: well-formed diagnostics, no teacher text turned into a
// formula, no pupil lost, and a plan read back as a host would.

import type { Diagnostic } from '../../core/diagnostics.js';
import { ProvmapError } from '../../core/errors.js';
import type { CellValue, Grid } from '../../core/grid.js';
import type { ImportResult } from '../../core/import/index.js';
import type { Pupil } from '../../core/model/types.js';
import type { PlanValue, SheetPlan, WorkbookPlan } from '../../core/plan/types.js';

/** Problems with a diagnostic's shape; empty when it is fine. */
export function diagnosticProblems(d: Diagnostic, sheet: string): string[] {
  const out: string[] = [];
  if (d.sheet !== sheet) out.push(`sheet "${d.sheet}" is not "${sheet}"`);
  if (!/^[A-Z]{1,3}[1-9]\d*$/.test(d.cell)) out.push(`cell "${d.cell}" is not an A1 address`);
  if (!/^[A-Z_]+$/.test(d.code)) out.push(`code "${d.code}" is not a stable code`);
  if (d.message.trim() === '') out.push('empty message');
  if (d.hint.trim() === '') out.push('empty hint');
  if (!['error', 'warning', 'info'].includes(d.severity)) out.push(`severity "${d.severity}"`);
  return out;
}

/** What a run of some code gave: a value, a typed ProvmapError, or anything else thrown (a crash). */
export type Outcome<T> = { ok: T } | { typed: ProvmapError } | { crash: unknown };

/** Runs `run` and says how it ended. */
export function attempt<T>(run: () => T): Outcome<T> {
  try {
    return { ok: run() };
  } catch (e) {
    return e instanceof ProvmapError ? { typed: e } : { crash: e };
  }
}

/** The pupils an import read, whatever kind of sheet it was. */
export function pupilsOf(r: ImportResult): Pupil[] {
  return r.kind === 'provision'
    ? r.map.pupils
    : r.kind === 'tracking'
      ? r.tracker.pupils
      : r.classList.pupils;
}

/** Every string a teacher typed into a grid, trimmed, as a spreadsheet would show it. */
export function teacherTexts(grid: Grid): Set<string> {
  const out = new Set<string>();
  for (const row of grid.values)
    for (const v of row)
      if (typeof v === 'string' && v.trim() !== '')
        for (const line of v.split(/\r\n|\r|\n/)) out.add(line.trim());
  return out;
}

/** Formulas in a plan that are teacher text (with or without '='): must always be empty. */
export function textTurnedFormula(plan: WorkbookPlan, texts: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const sheet of plan.sheets)
    for (const row of sheet.values)
      for (const v of row)
        if (v !== null && typeof v === 'object' && 'formula' in v)
          if (texts.has(v.formula) || texts.has(`=${v.formula}`) || texts.has(v.formula.replace(/^=/, '')))
            out.push(`${sheet.name}: ${v.formula}`);
  return out;
}

/** Every string value in a sheet plan (text cells only). */
export function planStrings(sheet: SheetPlan | undefined): Set<string> {
  const out = new Set<string>();
  for (const row of sheet?.values ?? []) for (const v of row) if (typeof v === 'string') out.add(v);
  return out;
}

function readBack(v: PlanValue): CellValue {
  if (v === null || typeof v !== 'object') return v;
  // A host reads a formula's value; provmap never reads its own computed columns back, so blank will do.
  return 'formula' in v ? null : new Date(`${v.date}T00:00:00Z`);
}

/** The plan's sheets as grids a host would read back after applying it. */
export function planAsGrids(plan: WorkbookPlan): Grid[] {
  return plan.sheets.map((s) => ({
    sheet: s.name,
    values: s.values.map((row) => row.map(readBack)),
    merges: [],
  }));
}
