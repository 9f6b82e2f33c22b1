// Reading through Office.js: list sheets, and read each sheet's values (and merged areas) in one load.

import { ProvmapError } from '../../core/errors.js';
import type { CellValue, Grid, MergedRange } from '../../core/grid.js';
import type { SheetInfo } from '../../core/host.js';
import { rectOf, splitAreas } from './addresses.js';
import type { Capabilities } from './capabilities.js';
import { isPayloadTooLarge } from './office-errors.js';
import { isDateFormat, serialToDate } from './cell-values.js';
import type { SyncGate } from './sync.js';

/** Cells per load when a sheet is too big to read in one response. */
export const READ_CHUNK_CELLS = 40_000;

/** Every sheet in tab order with its used extent from A1. Two syncs, whatever the workbook holds. */
export async function listSheets(ctx: Excel.RequestContext, gate: SyncGate): Promise<SheetInfo[]> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await gate.sync(ctx, 'listing sheets');
  const used = sheets.items.map((ws) =>
    ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
  );
  await gate.sync(ctx, 'measuring sheets');
  return sheets.items.map((ws, i) => {
    const u = used[i]!;
    return {
      name: ws.name,
      rows: u.isNullObject ? 0 : u.rowIndex + u.rowCount,
      columns: u.isNullObject ? 0 : u.columnIndex + u.columnCount,
      hidden: ws.visibility !== 'Visible',
    };
  });
}

/** Sheet names as Excel spells them, matched case-insensitively as Excel does; SHEET_NOT_FOUND otherwise. */
export async function resolveSheetNames(
  ctx: Excel.RequestContext,
  gate: SyncGate,
  names: readonly string[],
): Promise<string[]> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await gate.sync(ctx, 'finding sheets');
  const actual = sheets.items.map((s) => s.name);
  return names.map((n) => {
    const hit = actual.find((a) => a === n) ?? actual.find((a) => a.toLowerCase() === n.toLowerCase());
    if (hit === undefined)
      throw new ProvmapError('SHEET_NOT_FOUND', `There is no sheet called "${n}" in this workbook.`);
    return hit;
  });
}

/** One cell as core sees it: '' is blank, numbers in date formats are dates. */
export function toCellValue(value: unknown, numberFormat: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number')
    return typeof numberFormat === 'string' && isDateFormat(numberFormat) ? serialToDate(value) : value;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** Values and number formats Office.js returned for a rectangle whose top-left is (top, left). */
export interface Block {
  top: number;
  left: number;
  values: unknown[][];
  formats: unknown[][];
}

/** Blocks placed on a grid from A1 to (bottom, right), as core's cell values. */
export function toGridValues(bottom: number, right: number, blocks: readonly Block[]): CellValue[][] {
  const values: CellValue[][] = Array.from({ length: bottom + 1 }, () =>
    new Array<CellValue>(right + 1).fill(null),
  );
  for (const b of blocks)
    b.values.forEach((row, r) =>
      row.forEach((v, c) => (values[b.top + r]![b.left + c] = toCellValue(v, b.formats[r]?.[c]))),
    );
  return values;
}

function toGrid(
  sheet: string,
  bottom: number,
  right: number,
  blocks: readonly Block[],
  merges: MergedRange[],
): Grid {
  return { sheet, values: toGridValues(bottom, right, blocks), merges };
}

function mergesOf(areas: Excel.RangeAreas | null): MergedRange[] {
  if (!areas || areas.isNullObject) return [];
  return splitAreas(areas.address).map(rectOf);
}

/**
 * Reads the named sheets whole: one sync finds them, one sync loads every sheet's values, number formats
 * (to tell dates) and merged areas. A sheet too big for one response is read again in row chunks.
 */
export async function readSheets(
  ctx: Excel.RequestContext,
  gate: SyncGate,
  caps: Capabilities,
  names: readonly string[],
): Promise<Grid[]> {
  const actual = await resolveSheetNames(ctx, gate, names);
  const queued = actual.map((name) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    const used = ws
      .getUsedRangeOrNullObject(true)
      .load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat');
    const areas = caps.mergedAreas ? ws.getRange().getMergedAreasOrNullObject().load('address') : null;
    return { name, ws, used, areas };
  });
  try {
    await gate.sync(ctx, 'reading sheets');
  } catch (err) {
    if (!isPayloadTooLarge(err)) throw err;
    return readInChunks(ctx, gate, caps, actual);
  }
  return queued.map(({ name, used, areas }) => {
    if (used.isNullObject) return { sheet: name, values: [], merges: mergesOf(areas) };
    const block = {
      top: used.rowIndex,
      left: used.columnIndex,
      values: used.values,
      formats: used.numberFormat,
    };
    return toGrid(
      name,
      used.rowIndex + used.rowCount - 1,
      used.columnIndex + used.columnCount - 1,
      [block],
      mergesOf(areas),
    );
  });
}

async function readInChunks(
  ctx: Excel.RequestContext,
  gate: SyncGate,
  caps: Capabilities,
  names: readonly string[],
): Promise<Grid[]> {
  const shapes = names.map((name) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    return {
      name,
      ws,
      used: ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
      areas: caps.mergedAreas ? ws.getRange().getMergedAreasOrNullObject().load('address') : null,
    };
  });
  await gate.sync(ctx, 'measuring big sheets');
  const grids: Grid[] = [];
  for (const { name, ws, used, areas } of shapes) {
    if (used.isNullObject) {
      grids.push({ sheet: name, values: [], merges: mergesOf(areas) });
      continue;
    }
    const blocks: Block[] = [];
    let rowsPerChunk = Math.max(1, Math.floor(READ_CHUNK_CELLS / used.columnCount));
    let row = 0;
    while (row < used.rowCount) {
      const n = Math.min(rowsPerChunk, used.rowCount - row);
      const part = ws
        .getRangeByIndexes(used.rowIndex + row, used.columnIndex, n, used.columnCount)
        .load('values,numberFormat');
      try {
        await gate.sync(ctx, `reading ${name}`);
      } catch (err) {
        if (!isPayloadTooLarge(err) || n === 1) throw err;
        rowsPerChunk = Math.max(1, Math.floor(n / 2));
        continue;
      }
      blocks.push({
        top: used.rowIndex + row,
        left: used.columnIndex,
        values: part.values,
        formats: part.numberFormat,
      });
      row += n;
    }
    grids.push(
      toGrid(
        name,
        used.rowIndex + used.rowCount - 1,
        used.columnIndex + used.columnCount - 1,
        blocks,
        mergesOf(areas),
      ),
    );
  }
  return grids;
}

/** A short fingerprint of a grid's values, to notice a sheet that changed between reading and writing. */
export function fingerprint(values: readonly (readonly CellValue[])[]): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(trimmed(values));
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length}:${h.toString(16)}`;
}

function trimmed(values: readonly (readonly CellValue[])[]): CellValue[][] {
  const rows = values.map((row) => {
    const out = row.map((v) => (v instanceof Date ? v.toISOString() : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows as CellValue[][];
}
