// A class's provision: the Provision Map and Interventions sheets merged with what already exists, and
// the model read back from exactly what will be written, so report and formulas agree.

import { evaluateMap, type MapEvaluation } from '../evaluate/index.js';
import { importSheet } from '../import/index.js';
import type { ProvisionMap } from '../model/types.js';
import { scaleIdsOf, ENROLMENT_COL } from '../plan/enrolment-columns.js';
import {
  interventionRowKey,
  interventionRows,
  interventionsColumns,
  interventionsSheet,
  readInterventions,
} from '../plan/interventions-sheet.js';
import {
  provisionMapColumns,
  provisionMapIdentity,
  provisionMapKey,
  provisionMapRows,
  provisionMapSheet,
  readProvisionMap,
  STRATEGIES_LABEL,
} from '../plan/provision-map-sheet.js';
import { SHEET } from '../plan/sheet-names.js';
import { mergeRows, toPlanValue, type TableRow } from '../plan/table.js';
import type { PlanValue, SheetPlan } from '../plan/types.js';
import type { ActionContext } from './context.js';
import { applyInterventionRows } from './intervention-overrides.js';
import { tableGrid } from './owned-grid.js';

/** The merged Provision Map and Interventions, and the model they hold. */
export interface ProvisionBook {
  title: PlanValue;
  strategies: PlanValue;
  rows: TableRow[];
  extraHeaders: string[];
  interventionRows: TableRow[];
  interventionExtras: string[];
  /** The map as the written sheets hold it (Interventions sheet values applied). */
  map: ProvisionMap;
  evaluation: MapEvaluation;
}

/** Settings for evaluating a book: rates are off, because the Interventions sheet already holds them. */
export const SHEET_RATES = { hourlyRates: {} } as const;

/**
 * Merges a freshly read map (or nothing, to refresh) into the Provision Map and Interventions sheets that
 * exist. Null when there is neither a source nor a Provision Map.
 */
export function buildProvisionBook(ctx: ActionContext, source: ProvisionMap | null): ProvisionBook | null {
  const existing = readProvisionMap(ctx.grid(SHEET.provisionMap));
  if (!existing.table && !source) return null;
  const columns = provisionMapColumns(ctx.settings.currency);
  const merged = mergeRows(columns, source ? provisionMapRows(source, ctx.scales) : [], existing.table, {
    keyOf: provisionMapKey,
    identify: provisionMapIdentity,
  });
  const title = existing.table ? toPlanValue(existing.title) : (source?.title ?? null);
  const strategies = existing.table
    ? toPlanValue(existing.strategies)
    : source?.strategies.join(', ') || null;

  const grid = tableGrid(
    SHEET.provisionMap,
    [[title], [STRATEGIES_LABEL, strategies], []],
    columns,
    merged.rows,
    merged.extraHeaders,
  );
  const read = importSheet(grid, { kind: 'provision', scales: ctx.scales, settings: ctx.settings });
  if (read.kind !== 'provision') throw new Error('unreachable: forced provision import');
  // The Interventions sheet holds the schedule and cost now; what the map rows say about them is moot.
  ctx.diagnostics.push(
    ...read.diagnostics.filter((d) => d.code !== 'UNKNOWN_SCHEDULE' && d.code !== 'UNKNOWN_RATIO'),
  );

  const iColumns = interventionsColumns(ctx.settings.currency);
  const iExisting = readInterventions(ctx.grid(SHEET.interventions));
  const iMerged = mergeRows(iColumns, interventionRows(read.map, ctx.settings), iExisting, {
    keyOf: interventionRowKey,
  });
  const map = applyInterventionRows(read.map, iMerged.rows);
  return {
    title,
    strategies,
    rows: merged.rows,
    extraHeaders: merged.extraHeaders,
    interventionRows: iMerged.rows,
    interventionExtras: iMerged.extraHeaders,
    map,
    evaluation: evaluateMap(map, ctx.scales, SHEET_RATES),
  };
}

/** The Provision Map and Interventions sheet plans of a book. */
export function provisionSheets(ctx: ActionContext, book: ProvisionBook): SheetPlan[] {
  const currency = ctx.settings.currency;
  return [
    provisionMapSheet({
      title: book.title,
      strategies: book.strategies,
      rows: book.rows,
      extraHeaders: book.extraHeaders,
      catalog: ctx.scales,
      interventionRows: book.interventionRows.length,
      currency,
    }),
    interventionsSheet({
      rows: book.interventionRows,
      extraHeaders: book.interventionExtras,
      provisionMapRows: book.rows.length,
      currency,
    }),
  ];
}

/** Scale ids a book's rows use. */
export function provisionScaleIds(ctx: ActionContext, book: ProvisionBook): string[] {
  return scaleIdsOf(book.rows, ENROLMENT_COL.scale, ctx.scales);
}
