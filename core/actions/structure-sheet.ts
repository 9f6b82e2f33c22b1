// Structure: a teacher's provision map, tracker or class list -> provmap's own sheets.

import type { Grid } from '../grid.js';
import { importSheet, type SheetKind } from '../import/index.js';
import { SHEET } from '../plan/sheet-names.js';
import { buildClassWorkbook, classParts, type ClassSources } from './class-workbook.js';
import { actionContext } from './context.js';
import { assemblePlan } from './plan-assembly.js';
import { actionReport } from './report-builder.js';
import type { ActionInput, ActionResult } from './types.js';

/**
 * Reads `source` (a provision map, tracker or class list; detected unless `kind` says) and writes provmap's
 * sheets for it: Provision Map + Interventions, or Tracker; Pupils and Scales either way. Sheets that
 * exist keep rows, typed values and columns people added. Throws NoTableFoundError when the source has no
 * table. The source sheet itself is never written.
 */
export function structureSheet(i: ActionInput & { source: Grid; kind?: SheetKind }): ActionResult {
  const ctx = actionContext(i);
  const read = importSheet(i.source, {
    ...(i.kind ? { kind: i.kind } : {}),
    scales: ctx.scales,
    settings: ctx.settings,
  });
  ctx.diagnostics.push(...read.diagnostics);
  const sources: ClassSources =
    read.kind === 'provision'
      ? { provision: read.map }
      : read.kind === 'tracking'
        ? { tracker: read.tracker }
        : { classList: read.classList };
  const book = buildClassWorkbook(ctx, sources);
  const out = { provision: read.kind === 'provision', tracker: read.kind === 'tracking', pupils: true };
  const active =
    read.kind === 'provision' ? SHEET.provisionMap : read.kind === 'tracking' ? SHEET.tracker : SHEET.pupils;
  return {
    plan: assemblePlan(ctx, [classParts(ctx, book, out)], active),
    report: actionReport(ctx, {
      provision: out.provision ? book.provision : null,
      tracker: out.tracker ? book.tracker : null,
      pupils: book.pupils.pupils,
    }),
  };
}
