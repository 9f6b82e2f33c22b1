// Writes a prepared plan over a recorded snapshot: prepare, then values and formatting in payload-sized syncs.
// On a sheet that exists, formats, validation, notes and widths change only in provmap's own columns.

import { rectA1, rectOf } from './addresses.js';
import type { Rect } from './addresses.js';
import { writeBlocks } from './blocks.js';
import type { WriteBlock } from './blocks.js';
import type { Capabilities } from './capabilities.js';
import type { ChunkLimits } from './chunker.js';
import { GENERAL_FORMAT } from './cell-values.js';
import {
  POINTS_PER_PIXEL,
  queueFormatRule,
  queueFreeze,
  queueStyle,
  queueValidation,
  queueWidths,
} from './commands.js';
import { isProvmapFormat } from './conditional-formats.js';
import { inOwnedArea, keepTeacherFormats, queueClearOwned } from './owned-area.js';
import { commandPart, syncParts } from './parts.js';
import type { Part } from './parts.js';
import type { PreparedPlan, PreparedSheet } from './prepared-plan.js';
import type { LiveSheet, WorkbookSnapshot } from './snapshot.js';
import type { SyncGate } from './sync.js';

const sameFormula = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.replace(/[$']/g, '').toUpperCase() === b.replace(/[$']/g, '').toUpperCase();

/** The name as the workbook spells it, matched without regard to case as Excel does. */
export function existingName(names: ReadonlyMap<string, string>, name: string): string | undefined {
  for (const key of names.keys()) if (key.toLowerCase() === name.toLowerCase()) return key;
  return undefined;
}

/**
 * General-format blocks for the parts of `area` outside the rectangle from A1 to (rows, columns), left of
 * column `owned` (a teacher's columns keep their number formats).
 */
export function resetBlocks(
  sheet: string,
  area: Rect,
  rows: number,
  columns: number,
  owned = Infinity,
): WriteBlock[] {
  const general = (r: number, c: number) =>
    Array.from({ length: r }, () => new Array<string>(c).fill(GENERAL_FORMAT));
  const right = Math.min(area.right, owned - 1);
  const out: WriteBlock[] = [];
  if (area.bottom >= rows && right >= 0)
    out.push({
      sheet,
      top: rows,
      left: 0,
      formats: general(area.bottom - rows + 1, right + 1),
      inputs: null,
    });
  if (right >= columns && rows > 0)
    out.push({
      sheet,
      top: 0,
      left: columns,
      formats: general(Math.min(rows, area.bottom + 1), right - columns + 1),
      inputs: null,
    });
  return out;
}

/** Writes the plan. Every sync after the first may fail; the caller restores the snapshot then. */
export async function writePlan(
  ctx: Excel.RequestContext,
  gate: SyncGate,
  caps: Capabilities,
  prepared: PreparedPlan,
  snapshot: WorkbookSnapshot,
  live: readonly LiveSheet[],
  limits: ChunkLimits,
  existingSheets: ReadonlySet<string>,
): Promise<void> {
  const wb = ctx.workbook;
  ctx.application.suspendApiCalculationUntilNextSync();
  for (const name of snapshot.created) wb.worksheets.add(name);
  for (const s of live) {
    const sheet = preparedFor(prepared, s.snapshot.name);
    const area = s.snapshot.area;
    queueClearOwned(s.ws, area, sheet.owned);
    for (const f of s.formats) if (isProvmapFormat(f.format, prepared.palette)) f.proxy.delete();
    // A planned note replaces the one in its cell, even in a teacher's column (a cell holds one note).
    const planned = new Set(sheet.plan.notes.map((n) => rectA1(rectOf(n.cell))));
    for (const n of s.notes) {
      const cell = rectOf(n.cell);
      if (inOwnedArea(area, sheet.owned, cell) || planned.has(rectA1(cell))) n.proxy.delete();
    }
    s.ws.freezePanes.unfreeze();
  }
  for (const n of prepared.names) {
    const old = existingName(snapshot.names, n.name);
    if (old !== undefined && sameFormula(snapshot.names.get(old), n.formula)) continue;
    if (old !== undefined) wb.names.getItem(old).delete();
    wb.names.add(n.name, wb.worksheets.getItem(n.sheet).getRange(n.range));
  }
  await gate.sync(ctx, 'preparing sheets');

  const blocks: WriteBlock[] = [];
  for (const s of prepared.sheets) {
    const old = live.find((l) => l.snapshot.name.toLowerCase() === s.plan.name.toLowerCase());
    const formats = old ? keepTeacherFormats(s.matrix, old.snapshot, s.owned) : s.matrix.formats;
    blocks.push({ sheet: s.plan.name, top: 0, left: 0, formats, inputs: s.matrix.inputs });
    if (old)
      blocks.push(...resetBlocks(s.plan.name, old.snapshot.area, s.matrix.rows, s.matrix.columns, s.owned));
  }
  await writeBlocks(ctx, gate, blocks, limits, 'writing values');

  // Styles, widths, validation and formats of a long sheet can outgrow one request: packed under the limit.
  const parts: Part[] = [];
  for (const s of prepared.sheets) {
    const ws = wb.worksheets.getItem(s.plan.name);
    for (const st of s.plan.styles) parts.push(commandPart(st, () => queueStyle(ws, st.range, st.style)));
    // On a sheet that exists, a teacher's columns keep their widths.
    const existed = live.some((l) => l.snapshot.name.toLowerCase() === s.plan.name.toLowerCase());
    const widths = s.plan.columnWidths
      .slice(0, existed ? s.owned : undefined)
      .map((px) => Math.round(px * POINTS_PER_PIXEL * 100) / 100);
    parts.push(commandPart(widths, () => queueWidths(ws, widths)));
    parts.push(
      commandPart([s.plan.frozenRows, s.plan.frozenColumns], () =>
        queueFreeze(ws, s.plan.frozenRows, s.plan.frozenColumns),
      ),
    );
    for (const v of s.validations)
      parts.push(commandPart(v, () => queueValidation(ws, v.range, v.validation)));
    s.formats.forEach((rule, i) => parts.push(commandPart(rule, () => queueFormatRule(ws, rule, i))));
    if (caps.notes)
      for (const note of s.plan.notes)
        parts.push(commandPart(note, () => ws.notes.add(note.cell, note.text)));
  }
  const show = prepared.plan.activeSheet;
  if (
    show !== null &&
    (existingSheets.has(show.toLowerCase()) ||
      prepared.sheets.some((s) => s.plan.name.toLowerCase() === show.toLowerCase()))
  )
    parts.push(commandPart(show, () => wb.worksheets.getItem(show).activate()));
  await syncParts(ctx, gate, parts, limits.maxBytes, 'formatting sheets', () =>
    ctx.application.suspendApiCalculationUntilNextSync(),
  );
}

function preparedFor(prepared: PreparedPlan, name: string): PreparedSheet {
  const sheet = prepared.sheets.find((s) => s.plan.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new Error(`No planned sheet ${name}`);
  return sheet;
}
