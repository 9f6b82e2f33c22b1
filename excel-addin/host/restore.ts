// Puts the workbook back as the snapshot recorded it, after a write failed part way.

import { rectA1, rectOf } from './addresses.js';
import type { Rect } from './addresses.js';
import { writeBlocks } from './blocks.js';
import type { WriteBlock } from './blocks.js';
import type { Capabilities } from './capabilities.js';
import { GENERAL_FORMAT, TEXT_FORMAT, excelWouldReinterpret } from './cell-values.js';
import { planChunks } from './chunker.js';
import type { ChunkLimits } from './chunker.js';
import { COMMAND_OVERHEAD_BYTES, commandPart, rowPart, syncParts } from './parts.js';
import type { Part } from './parts.js';
import {
  rangeOf,
  queueFormatRule,
  queueFreeze,
  queueReset,
  queueValidation,
  queueWidths,
} from './commands.js';
import { asFormatRule, isProvmapFormat } from './conditional-formats.js';
import type { ExistingFormat } from './conditional-formats.js';
import type { PreparedPlan } from './prepared-plan.js';
import { formatReader, noteReader } from './sheet-readers.js';
import type { SheetSnapshot, WorkbookSnapshot } from './snapshot.js';
import type { SyncGate } from './sync.js';
import { existingName, resetBlocks } from './write-plan.js';

/**
 * The old cells as inputs: formulas where a cell held one (its formula differs from its value), text
 * kept as text (under '@' when Excel would otherwise parse it), numbers and booleans as they were.
 */
export function restoreBlock(s: SheetSnapshot): WriteBlock | null {
  if (!s.used) return null;
  const formats = s.formats.map((row) => [...row]);
  const inputs = s.values.map((row, r) =>
    row.map((v, c): string | number | boolean => {
      const f = s.formulas[r]?.[c];
      if (typeof f === 'string' && f.startsWith('=') && f !== v) {
        if (formats[r]![c] === TEXT_FORMAT) formats[r]![c] = GENERAL_FORMAT;
        return f;
      }
      if (typeof v === 'string' && formats[r]![c] !== TEXT_FORMAT && excelWouldReinterpret(v))
        formats[r]![c] = TEXT_FORMAT;
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : '';
    }),
  );
  return { sheet: s.name, top: s.used.top, left: s.used.left, formats, inputs };
}

/** General formats for the parts of the area outside the old used range. */
function outsideUsed(s: SheetSnapshot): WriteBlock[] {
  if (!s.used) return resetBlocks(s.name, s.area, 0, 0);
  const blocks = resetBlocks(s.name, s.area, s.used.bottom + 1, s.used.right + 1);
  const general = (r: number, c: number) =>
    Array.from({ length: r }, () => new Array<string>(c).fill(GENERAL_FORMAT));
  // Rows above and columns left of a used range that does not start at A1.
  if (s.used.top > 0)
    blocks.push({
      sheet: s.name,
      top: 0,
      left: 0,
      formats: general(s.used.top, s.used.right + 1),
      inputs: null,
    });
  if (s.used.left > 0)
    blocks.push({
      sheet: s.name,
      top: s.used.top,
      left: 0,
      formats: general(s.used.bottom - s.used.top + 1, s.used.left),
      inputs: null,
    });
  return blocks;
}

/** A rule's identity apart from its priority. */
function formatKey(f: ExistingFormat): string {
  return JSON.stringify([f.type, f.range, f.formula, f.cellValue, f.fill, f.fontColor, f.bold]);
}

const inside = (area: Rect, cell: string): boolean => {
  const r = rectOf(cell);
  return r.top >= area.top && r.bottom <= area.bottom && r.left >= area.left && r.right <= area.right;
};

/** Restores the snapshot: removes created sheets and names, rewrites owned sheets as they were. */
export async function restoreSnapshot(
  ctx: Excel.RequestContext,
  gate: SyncGate,
  caps: Capabilities,
  prepared: PreparedPlan,
  snapshot: WorkbookSnapshot,
  limits: ChunkLimits,
): Promise<void> {
  const wb = ctx.workbook;
  const sheets = wb.worksheets.load('items/name');
  const names = wb.names.load('items/name,items/formula');
  const owned = snapshot.sheets.map((s) => {
    const ws = wb.worksheets.getItem(s.name);
    return { s, ws, formats: formatReader(ws), notes: caps.notes ? noteReader(ws) : null };
  });
  await gate.sync(ctx, 'undoing: checking the workbook');
  for (const o of owned) {
    o.formats.queueDetails();
    o.notes?.queueDetails();
  }
  await gate.sync(ctx, 'undoing: reading formats');

  const nowNames = new Map(names.items.map((n) => [n.name, n.formula as string]));
  for (const n of prepared.names) {
    const before = existingName(snapshot.names, n.name);
    const now = existingName(nowNames, n.name);
    if (before !== undefined && now !== undefined && nowNames.get(now) === snapshot.names.get(before))
      continue;
    if (now !== undefined) wb.names.getItem(now).delete();
    if (before !== undefined) wb.names.add(before, snapshot.names.get(before)!);
  }
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  for (const name of snapshot.created)
    if (present.has(name.toLowerCase())) wb.worksheets.getItem(name).delete();
  for (const o of owned) {
    queueReset(o.ws, o.s.area);
    // A rule that was not there before is provmap's, even if the failure left it half made (no colours yet).
    const before = new Set(o.s.conditionalFormats.map(formatKey));
    for (const f of o.formats.result())
      if (isProvmapFormat(f.format, prepared.palette) || !before.has(formatKey(f.format))) f.proxy.delete();
    for (const n of o.notes?.result() ?? []) if (inside(o.s.area, n.cell)) n.proxy.delete();
    o.ws.freezePanes.unfreeze();
  }
  await gate.sync(ctx, 'undoing: clearing');

  const blocks = snapshot.sheets.flatMap((s) =>
    [restoreBlock(s), ...outsideUsed(s)].filter((b): b is WriteBlock => b !== null),
  );
  await writeBlocks(ctx, gate, blocks, limits, 'undoing: restoring values');

  const parts: Part[] = [];
  for (const o of owned) {
    const s = o.s;
    for (const v of s.validations)
      parts.push(commandPart(v, () => queueValidation(o.ws, rectA1(v.rect), v.validation)));
    const mine = s.conditionalFormats
      .filter((f) => isProvmapFormat(f, prepared.palette))
      .sort((a, b) => a.priority - b.priority);
    for (const f of mine) {
      const rule = asFormatRule(f);
      if (rule) parts.push(commandPart(rule, () => queueFormatRule(o.ws, rule, f.priority)));
    }
    parts.push(commandPart(s.frozen, () => queueFreeze(o.ws, s.frozen.rows, s.frozen.columns)));
    parts.push(commandPart(s.widths, () => queueWidths(o.ws, s.widths)));
    if (caps.notes)
      for (const n of s.notes)
        if (inside(s.area, n.cell)) parts.push(commandPart(n, () => o.ws.notes.add(n.cell, n.text)));
    if (s.styles) parts.push(...styleParts(o.ws, s.area, s.styles, limits));
  }
  const active = snapshot.activeSheet;
  if (active !== null) parts.push(commandPart(active, () => wb.worksheets.getItem(active).activate()));
  await syncParts(ctx, gate, parts, limits.maxBytes, 'undoing: formats and validation');
}

/** The recorded fills and fonts of an area, written back in row chunks under the payload limit. */
function styleParts(
  ws: Excel.Worksheet,
  area: Rect,
  styles: readonly Excel.CellProperties[][],
  limits: ChunkLimits,
): Part[] {
  const rows = styles.map((row) => row.map((cell) => ({ format: cell.format })));
  const bytes = rows.map((row) => JSON.stringify(row).length);
  return planChunks(bytes, limits).map((chunk) =>
    rowPart(
      chunk,
      bytes.slice(chunk.start, chunk.end).reduce((a, b) => a + b, 0) + COMMAND_OVERHEAD_BYTES,
      ({ start, end }) =>
        rangeOf(ws, {
          top: area.top + start,
          left: area.left,
          bottom: area.top + end - 1,
          right: area.right,
        }).setCellProperties(rows.slice(start, end)),
    ),
  );
}
