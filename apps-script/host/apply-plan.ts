// Applies a WorkbookPlan with SpreadsheetApp, all or nothing.
//
// Everything is read first (a read flushes pending writes). Then each existing owned sheet is copied to a
// visible, labelled backup, and the plan is written IN PLACE: sheets keep their identity, so formulas,
// validation and named ranges anywhere that point at them keep working. Only provmap's own columns are
// cleared and reformatted (owned-area.ts): a column the teacher added keeps its look. Every change
// registers how to undo it; if any call fails, the undo steps restore the old content from the backups,
// and the backups are removed. New sheets are created under their final names before any value is
// written, so formulas between the plan's sheets resolve as soon as they land.

import { ProvmapError } from '../../core/errors.js';
import type { ApplyResult } from '../../core/host.js';
import type { MergedRange } from '../../core/grid.js';
import { ownedColumns } from '../../core/plan/owned-columns.js';
import type { SheetPlan, WorkbookPlan } from '../../core/plan/types.js';
import { checkPlan, extentOf, type Extent } from './check-plan.js';
import { Journal } from './journal.js';
import { HostLimitError, MAX_WORKBOOK_CELLS } from './limits.js';
import { clearOwned, straddlingMerges } from './owned-area.js';
import { currentFingerprint } from './read-sheet.js';
import { existingSignature, planSignature } from './rules.js';
import { PROTECTION_PREFIX, protectSheet, writeSheet } from './write-sheet.js';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Remembers, per sheet id, the signatures of the conditional format rules provmap wrote last time. */
export interface RuleMemory {
  read(sheetId: number): string[];
  write(sheetId: number, signatures: string[]): void;
}

export interface ApplyDeps {
  app: App;
  ruleMemory?: RuleMemory;
}

/** Where the sheets stood when they were read: name -> fingerprint of values. */
export type ReadFingerprints = ReadonlyMap<string, string>;

const NEW_SHEET = { rows: 1000, cols: 26 };
const BACKUP_PREFIX = 'provmap backup – ';

/** What an existing owned sheet looked like before the write, for undo. */
interface Existing {
  sheet: Sheet;
  id: number;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  rules: Rule[];
  kept: Rule[];
  /** provmap's columns on this sheet, and the teacher's merges reaching into them. */
  owned: number;
  straddling: MergedRange[];
  protections: { protection: GoogleAppsScript.Spreadsheet.Protection; a1: string; description: string }[];
}

function readExisting(deps: ApplyDeps, sheet: Sheet, plan: SheetPlan): Existing {
  const id = sheet.getSheetId();
  const ours = new Set([...(deps.ruleMemory?.read(id) ?? []), ...plan.conditionalFormats.map(planSignature)]);
  const rules = sheet.getConditionalFormatRules();
  const kept = rules.filter((r) => {
    const sig = existingSignature(deps.app, r);
    return sig === null || !ours.has(sig);
  });
  const protections = sheet
    .getProtections(deps.app.ProtectionType.RANGE)
    .map((p) => ({ protection: p, description: p.getDescription() }))
    .filter((p) => p.description.startsWith(PROTECTION_PREFIX))
    .map((p) => ({ ...p, a1: p.protection.getRange().getA1Notation() }));
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  const owned = ownedColumns(plan);
  return {
    sheet,
    id,
    maxRows,
    maxCols,
    frozenRows: sheet.getFrozenRows(),
    frozenCols: sheet.getFrozenColumns(),
    rules,
    kept,
    owned,
    straddling: straddlingMerges(sheet, owned, maxRows, maxCols),
    protections,
  };
}

/** Clears content, formats, validation, notes and merges of a whole sheet (before restoring a backup). */
function resetSheet(sheet: Sheet): void {
  const full = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  full.breakApart();
  full.clear();
  full.clearDataValidations();
  full.clearNote();
}

/** Puts an existing sheet back as its backup holds it. */
function restoreFromBackup(app: App, e: Existing, backup: Sheet): void {
  const s = e.sheet;
  resetSheet(s);
  // The sheet may stand at any size when undo runs: bring it back to exactly the backed-up size first.
  if (s.getMaxRows() < e.maxRows) s.insertRowsAfter(s.getMaxRows(), e.maxRows - s.getMaxRows());
  if (s.getMaxColumns() < e.maxCols) s.insertColumnsAfter(s.getMaxColumns(), e.maxCols - s.getMaxColumns());
  if (s.getMaxRows() > e.maxRows) s.deleteRows(e.maxRows + 1, s.getMaxRows() - e.maxRows);
  if (s.getMaxColumns() > e.maxCols) s.deleteColumns(e.maxCols + 1, s.getMaxColumns() - e.maxCols);
  const source = backup.getRange(1, 1, e.maxRows, e.maxCols);
  source.copyTo(s.getRange(1, 1));
  source.copyTo(s.getRange(1, 1), app.CopyPasteType.PASTE_COLUMN_WIDTHS, false);
  s.setConditionalFormatRules(e.rules);
  s.setFrozenRows(e.frozenRows);
  s.setFrozenColumns(e.frozenCols);
}

/** Resizes a sheet to `want` (only growing unless `shrink`). */
function resize(sheet: Sheet, have: Extent, want: Extent, shrink: boolean): void {
  if (want.rows > have.rows) sheet.insertRowsAfter(have.rows, want.rows - have.rows);
  else if (shrink && want.rows < have.rows) sheet.deleteRows(want.rows + 1, have.rows - want.rows);
  if (want.cols > have.cols) sheet.insertColumnsAfter(have.cols, want.cols - have.cols);
  else if (shrink && want.cols < have.cols) sheet.deleteColumns(want.cols + 1, have.cols - want.cols);
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base.slice(0, 100);
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 95)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Writes the plan, all or nothing. Before writing, re-checks that the sheets read for this plan
 * (`read`) still hold what was read; throws ProvmapError CHANGED_SINCE_READ if not.
 */
export function applyPlan(
  ss: Spreadsheet,
  plan: WorkbookPlan,
  deps: ApplyDeps,
  read: ReadFingerprints,
): ApplyResult {
  checkPlan(plan);
  const { app } = deps;

  // ---- Reads (all before the first write) ----
  const sheets = ss.getSheets();
  const byName = new Map(sheets.map((s) => [s.getName(), s] as const));
  // Only the sheets this plan writes over need to be as they were read: a class map that changes while it
  // is collated is left as the teacher made it, and the next collation reads it again.
  const written = new Set(plan.sheets.map((s) => s.name));
  for (const [name, fp] of read) {
    if (!written.has(name)) continue;
    const sheet = byName.get(name);
    if (!sheet || currentFingerprint(sheet) !== fp)
      throw new ProvmapError(
        'CHANGED_SINCE_READ',
        `"${name}" changed while provmap was working. Nothing was written; please try again.`,
      );
  }
  const active = ss.getActiveSheet();
  const extents = plan.sheets.map((s) => extentOf(s, plan));
  const existing = plan.sheets.map((s) => {
    const sheet = byName.get(s.name);
    return sheet ? readExisting(deps, sheet, s) : null;
  });
  let cells = sheets.reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
  plan.sheets.forEach((_, i) => {
    const e = existing[i];
    const want = extents[i]!;
    // An existing sheet is backed up (its size again) and may grow.
    if (e) cells += Math.max(e.maxRows, want.rows) * Math.max(e.maxCols, want.cols);
    else cells += Math.max(NEW_SHEET.rows * NEW_SHEET.cols, want.rows * want.cols);
  });
  if (cells > MAX_WORKBOOK_CELLS)
    throw new HostLimitError(
      `This would take the spreadsheet over Google Sheets' limit of ${MAX_WORKBOOK_CELLS.toLocaleString('en-GB')} cells. Remove unused rows or sheets first.`,
    );
  const oldNames = plan.namedRanges.map((n) => ss.getRangeByName(n.name));

  // ---- Writes, each with its undo ----
  const journal = new Journal();
  const taken = new Set([...byName.keys()].map((n) => n.toLowerCase()));
  let count = sheets.length;
  let cellsWritten = 0;
  let targets: Sheet[] = [];
  try {
    const backups = existing.map((e) => {
      if (!e) return null;
      const backup = e.sheet.copyTo(ss);
      count++;
      journal.atEnd(() => ss.deleteSheet(backup));
      backup.setName(uniqueName(`${BACKUP_PREFIX}${e.sheet.getName()}`, taken));
      return backup;
    });
    targets = plan.sheets.map((s, i) => {
      const e = existing[i];
      if (e) return e.sheet;
      const sheet = ss.insertSheet(s.name, count++);
      journal.onRollback(() => ss.deleteSheet(sheet));
      resize(sheet, NEW_SHEET, extents[i]!, true);
      return sheet;
    });
    // Every sheet reaches its final size before any name is set or any range is read: a name (or an undo
    // step) must never point past the edge of its sheet.
    existing.forEach((e, i) => {
      if (!e) return;
      const backup = backups[i]!;
      journal.onRollback(() => restoreFromBackup(app, e, backup));
      resize(e.sheet, { rows: e.maxRows, cols: e.maxCols }, extents[i]!, false);
    });
    plan.namedRanges.forEach((n, i) => {
      const old = oldNames[i];
      journal.onRollback(() => {
        if (old) ss.setNamedRange(n.name, old);
        else if (ss.getRangeByName(n.name)) ss.removeNamedRange(n.name);
      });
      const sheet = targets[plan.sheets.findIndex((s) => s.name === n.sheet)]!;
      ss.setNamedRange(n.name, sheet.getRange(n.range));
    });
    plan.sheets.forEach((sheetPlan, i) => {
      const sheet = targets[i]!;
      const e = existing[i];
      const want = extents[i]!;
      if (e)
        clearOwned(sheet, {
          rows: Math.max(e.maxRows, want.rows),
          cols: Math.max(e.maxCols, want.cols),
          owned: e.owned,
          straddling: e.straddling,
        });
      cellsWritten += writeSheet(sheet, sheetPlan, {
        app,
        ss,
        keptRules: e ? e.kept : [],
        // A sheet made now holds nothing of the teacher's: all of it is provmap's.
        ownedColumns: e ? e.owned : Infinity,
      });
      // One undo step puts the old protections back in their original order (undo runs newest first, and a
      // failure may come between two removals): any still there are removed, then all are added again.
      const olds = e?.protections ?? [];
      let removed = 0;
      journal.onRollback(() => {
        if (removed === 0) return;
        for (const old of olds.slice(removed)) old.protection.remove();
        for (const old of olds) {
          const p = sheet.getRange(old.a1).protect();
          p.setDescription(old.description).setWarningOnly(true);
        }
      });
      for (const old of olds) {
        old.protection.remove();
        removed++;
      }
      protectSheet(sheet, sheetPlan, (p) => journal.onRollback(() => p.remove()));
    });
    const show =
      plan.activeSheet === null
        ? active
        : targets[plan.sheets.findIndex((s) => s.name === plan.activeSheet)]!;
    ss.setActiveSheet(show);
  } catch (err) {
    journal.rollback(err);
  }
  journal.finish();
  if (deps.ruleMemory) {
    plan.sheets.forEach((s, i) => {
      const id = existing[i]?.id ?? targets[i]!.getSheetId();
      deps.ruleMemory!.write(id, s.conditionalFormats.map(planSignature));
    });
  }
  return { sheetsWritten: plan.sheets.map((s) => s.name), cellsWritten };
}
