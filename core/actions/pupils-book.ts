// The Pupils sheet merged with what exists: every pupil a map, tracker or class list names, details a
// person typed kept, and each pupil's provision record refreshed.

import { importSheet } from '../import/index.js';
import type { Pupil } from '../model/types.js';
import {
  pupilRowKey,
  pupilRows,
  PUPILS_COLUMNS,
  pupilsSheet,
  readPupils,
  PUPIL_COL,
} from '../plan/pupils-sheet.js';
import { SHEET } from '../plan/sheet-names.js';
import { cellUnder, keyOf, mergeRows, toPlanValue, type GeneratedRow, type TableRow } from '../plan/table.js';
import type { NamedRangePlan, SheetPlan } from '../plan/types.js';
import type { ActionContext } from './context.js';
import { tableGrid } from './owned-grid.js';

export interface PupilsBook {
  rows: TableRow[];
  extraHeaders: string[];
  /** The pupils as the written sheet holds them, with their details. */
  pupils: Pupil[];
}

/** The key a pupil's Pupils row (and provision record) is found by: the name, compared loosely. */
export function pupilKeyOfName(name: string): string {
  return keyOf([name]);
}

/**
 * The Pupils sheet for these pupils, merged with the sheet that exists. `records` holds provision records
 * by name key (pupilKeyOfName), and rows without one get an empty record; null leaves records as they are.
 */
export function buildPupilsBook(
  ctx: ActionContext,
  pupils: readonly Pupil[],
  records: ReadonlyMap<string, string> | null,
): PupilsBook {
  const existing = readPupils(ctx.grid(SHEET.pupils));
  const unique = new Map<string, Pupil>();
  for (const p of pupils) {
    const key = pupilKeyOfName(p.name);
    const known = unique.get(key);
    unique.set(key, known ? fillIn(known, p) : p);
  }
  const byKey = (rows: GeneratedRow[]): GeneratedRow[] =>
    rows.map((r) => {
      const values = [...r.values];
      values[PUPIL_COL.record] = records?.get(r.key) ?? null;
      return { key: r.key, values };
    });
  const generated = byKey(pupilRows([...unique.values()], new Map()));
  // Pupils only the sheet lists still get their record refreshed (to empty when they have no provision).
  const refresh = byKey(
    (existing?.rows ?? []).map((raw) => {
      const values = PUPILS_COLUMNS.map((c) => toPlanValue(cellUnder(existing!, raw, c.header)));
      return { key: pupilRowKey(values), values };
    }),
  );
  // Without records to refresh, the record column is left as it stands, like a typed one.
  const columns = records
    ? PUPILS_COLUMNS
    : PUPILS_COLUMNS.map((c) => (c.kind === 'computed' ? { ...c, kind: 'input' as const } : c));
  const merged = mergeRows(columns, generated, existing, { keyOf: pupilRowKey, refresh });
  const rows = merged.rows;
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

/** A pupil's details, with blanks filled from another reading of the same pupil. */
export function fillIn(a: Pupil, b: Pupil): Pupil {
  return {
    ...a,
    upn: a.upn ?? b.upn,
    year: a.year ?? b.year,
    group: a.group ?? b.group,
    sen: a.sen ?? b.sen,
    pp: a.pp ?? b.pp,
    eal: a.eal ?? b.eal,
    lookedAfter: a.lookedAfter ?? b.lookedAfter,
    gender: a.gender ?? b.gender,
    dateOfBirth: a.dateOfBirth ?? b.dateOfBirth,
  };
}

/** The pupils an existing Pupils sheet lists, with their details (none when there is no sheet). */
export function pupilsOnSheet(ctx: ActionContext): Pupil[] {
  const grid = ctx.grid(SHEET.pupils);
  if (!grid || !readPupils(grid)) return [];
  const read = importSheet(grid, { kind: 'class-list', scales: ctx.scales, settings: ctx.settings });
  return read.kind === 'class-list' ? read.classList.pupils : [];
}

/** Pupils with blanks filled from `details`, matched by name. */
export function withDetails(pupils: readonly Pupil[], details: readonly Pupil[]): Pupil[] {
  const byName = new Map<string, Pupil>();
  for (const d of details) {
    const key = pupilKeyOfName(d.name);
    const known = byName.get(key);
    byName.set(key, known ? fillIn(known, d) : d);
  }
  return pupils.map((p) => {
    const d = byName.get(pupilKeyOfName(p.name));
    return d ? fillIn(p, d) : p;
  });
}

/** The Pupils sheet plan and its named range. */
export function pupilsSheets(book: PupilsBook): { sheet: SheetPlan; namedRange: NamedRangePlan } {
  return pupilsSheet(book.rows, book.extraHeaders);
}
