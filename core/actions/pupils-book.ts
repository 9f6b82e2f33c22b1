// The Pupils sheet merged with what exists: one row for every child a map, tracker or class list names
// (two children with one name stay two rows), details a person typed kept, and each provision record
// refreshed on the row of the child it belongs to.

import { importSheet } from '../import/index.js';
import type { Pupil } from '../model/types.js';
import {
  pupilRowIdentity,
  pupilRowKey,
  pupilRows,
  PUPILS_COLUMNS,
  pupilsSheet,
  readPupils,
  PUPIL_COL,
} from '../plan/pupils-sheet.js';
import { SHEET } from '../plan/sheet-names.js';
import { mergeRows, type TableRow } from '../plan/table.js';
import type { NamedRangePlan, SheetPlan } from '../plan/types.js';
import type { ActionContext } from './context.js';
import { tableGrid } from './owned-grid.js';
import { distinctPupils, fillIn, PupilRoster } from './pupil-roster.js';

export interface PupilsBook {
  rows: TableRow[];
  extraHeaders: string[];
  /** The pupils as the written sheet holds them, with their details. */
  pupils: Pupil[];
}

/** A class's provision map pupils and their provision records, by Pupil.id of those pupils. */
export interface ProvisionRecords {
  pupils: readonly Pupil[];
  records: ReadonlyMap<string, string>;
}

/**
 * The Pupils sheet for these pupils (and the provision map's), merged with the sheet that exists. Each
 * provision record goes on the row of the child its pupil is; rows with none get an empty record. With
 * `provision` null the record column is left as it stands.
 */
export function buildPupilsBook(
  ctx: ActionContext,
  pupils: readonly Pupil[],
  provision: ProvisionRecords | null,
): PupilsBook {
  const existing = readPupils(ctx.grid(SHEET.pupils));
  // The sheet's own pupils take part, so a bare name that could be one of them is seen to be ambiguous.
  const readings = [...pupilsOnSheet(ctx), ...pupils, ...(provision?.pupils ?? [])];
  const distinct = distinctPupils(readings, ctx.diagnostics);
  const records = distinct.pupils.map((): string[] => []);
  const firstProvision = readings.length - (provision?.pupils.length ?? 0);
  provision?.pupils.forEach((p, i) => {
    const record = provision.records.get(p.id);
    if (record) records[distinct.of[firstProvision + i]!]!.push(record);
  });
  const generated = pupilRows(distinct.pupils, new Map()).map((r, i) => {
    const values = [...r.values];
    values[PUPIL_COL.record] = records[i]!.length > 0 ? records[i]!.join('\n') : null;
    return { key: r.key, values };
  });
  // Without records to refresh, the record column is left as it stands, like a typed one.
  const columns = provision
    ? PUPILS_COLUMNS
    : PUPILS_COLUMNS.map((c) => (c.kind === 'computed' ? { ...c, kind: 'input' as const } : c));
  const merged = mergeRows(columns, generated, existing, {
    keyOf: pupilRowKey,
    identify: pupilRowIdentity,
  });
  const rows = merged.rows;
  if (provision) {
    // A row no pupil of the workbook is (one a person added) has no provision to record.
    const made = new Set(generated.map((g) => g.key));
    for (const row of rows) if (!made.has(row.key)) row.values[PUPIL_COL.record] = null;
  }
  let read: Pupil[] = [];
  if (rows.length > 0) {
    const result = importSheet(tableGrid(SHEET.pupils, [], PUPILS_COLUMNS, rows, merged.extraHeaders), {
      kind: 'class-list',
      scales: ctx.scales,
      settings: ctx.settings,
    });
    if (result.kind === 'class-list') {
      read = result.classList.pupils;
      ctx.diagnostics.push(...result.diagnostics);
    }
  }
  return { rows, extraHeaders: merged.extraHeaders, pupils: read };
}

/** The pupils an existing Pupils sheet lists, with their details (none when there is no sheet). */
export function pupilsOnSheet(ctx: ActionContext): Pupil[] {
  const grid = ctx.grid(SHEET.pupils);
  if (!grid || !readPupils(grid)) return [];
  const read = importSheet(grid, { kind: 'class-list', scales: ctx.scales, settings: ctx.settings });
  return read.kind === 'class-list' ? read.classList.pupils : [];
}

/**
 * Pupils with blanks filled from `details`, each from the child it is (by UPN, name and class, or a name
 * only one child has); a pupil that could be several children is left as it is.
 */
export function withDetails(pupils: readonly Pupil[], details: readonly Pupil[]): Pupil[] {
  const known = new PupilRoster(distinctPupils(details).pupils);
  return pupils.map((p) => {
    const d = known.lookup(p);
    return d ? fillIn(p, d) : p;
  });
}

/** The Pupils sheet plan and its named range. */
export function pupilsSheets(book: PupilsBook): { sheet: SheetPlan; namedRange: NamedRangePlan } {
  return pupilsSheet(book.rows, book.extraHeaders);
}
