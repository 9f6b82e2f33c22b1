// Before writing, provmap records what it is about to change, so a failure half way can put it all back.

import { ProvmapError } from '../../core/errors.js';
import { frozenOf, union } from './addresses.js';
import { planChunks } from './chunker.js';
import type { ChunkLimits } from './chunker.js';
import { rowPart, syncParts } from './parts.js';
import type { Part } from './parts.js';
import { formatReader, noteReader } from './sheet-readers.js';
import type { Rect } from './addresses.js';
import type { Capabilities } from './capabilities.js';
import type { ExistingFormat } from './conditional-formats.js';
import { rangeOf } from './commands.js';
import { isPayloadTooLarge } from './office-errors.js';
import { fingerprint, toGridValues } from './read-sheets.js';
import type { SyncGate } from './sync.js';
import type { ExcelValidation } from './validation-rules.js';

/** A validation that covered a rectangle before the write. */
export interface SavedValidation {
  rect: Rect;
  validation: ExcelValidation;
}

/** One owned sheet as it was before the write. */
export interface SheetSnapshot {
  name: string;
  /** The old used range (formatting included), or null for an empty sheet. */
  used: Rect | null;
  /** Every cell the write may touch: the old used range from A1 joined with the new plan's extent. */
  area: Rect;
  values: unknown[][];
  formulas: unknown[][];
  formats: string[][];
  validations: SavedValidation[];
  /** All conditional formats with their priorities (provmap's are told apart when restoring). */
  conditionalFormats: ExistingFormat[];
  frozen: { rows: number; columns: number };
  /** Column widths in points, from column A to the area's right edge. */
  widths: (number | null)[];
  notes: { cell: string; text: string }[];
  /** Fills and fonts of the area, where ExcelApi 1.9 can read them. */
  styles: Excel.CellProperties[][] | null;
}

/** The workbook before the write: owned sheets that existed, sheets the plan creates, names, active sheet. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  created: string[];
  /** Workbook names before the write: name -> formula ('=Scales!$A$2:$A$14'). */
  names: Map<string, string>;
  activeSheet: string | null;
  /** Every sheet in the workbook before the write. */
  allSheets: string[];
}

/** Live proxies the write uses to remove what provmap replaces. */
export interface LiveSheet {
  snapshot: SheetSnapshot;
  ws: Excel.Worksheet;
  formats: { format: ExistingFormat; proxy: Excel.ConditionalFormat }[];
  notes: { cell: string; proxy: Excel.Note }[];
}

/** The extent a sheet plan needs, 0-based from A1. */
export interface PlannedExtent {
  name: string;
  rows: number;
  columns: number;
  /** Estimated bytes of each planned row (the chunker's `rowBytes`), to size the snapshot's reads. */
  rowBytes?: readonly number[];
}

/** Response bytes per cell of values, formulas and number formats beyond the planned content. */
const READ_CELL_BYTES = 24;
/** Response bytes per cell of a sheet's old content where no plan row says better. */
const OLD_CELL_BYTES = 64;
/** Request and response bytes of reading one cell's validation (a range, its rule and messages). */
const VALIDATION_CELL_BYTES = 600;
/** Response bytes per cell of getCellProperties (fill, font, wrap, alignment). */
const STYLE_CELL_BYTES = 140;

/**
 * Estimated response bytes of reading each row of `area` back: its values, formulas and number formats
 * (an old row is taken to be about the size of the planned one replacing it; a refusal halves the chunk), and its styles.
 */
export function snapshotRowBytes(target: PlannedExtent, area: Rect, styles: boolean): number[] {
  const columns = area.right + 1;
  const perCell = READ_CELL_BYTES + (styles ? STYLE_CELL_BYTES : 0);
  return Array.from({ length: area.bottom + 1 }, (_, r) => {
    const planned = target.rowBytes?.[r];
    return (planned ?? columns * OLD_CELL_BYTES) + columns * perCell;
  });
}

/** A target sheet changed after provmap read it: writing now could overwrite the teacher's new work. */
export class ChangedSinceReadError extends ProvmapError {
  constructor(readonly sheet: string) {
    super(
      'CHANGED_SINCE_READ',
      `"${sheet}" changed while provmap was working. Run the action again to include the change.`,
    );
    this.name = 'ChangedSinceReadError';
  }
}

const VALIDATION_PROPS = 'type,rule,errorAlert,prompt,ignoreBlanks';

function savedValidation(dv: Excel.DataValidation): ExcelValidation | null {
  if (dv.type === 'None' || dv.type === 'Inconsistent' || dv.type === 'MixedCriteria') return null;
  return { rule: dv.rule, errorAlert: dv.errorAlert, prompt: dv.prompt, ignoreBlanks: dv.ignoreBlanks };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Records every owned sheet the plan will write: a constant number of syncs plus one per batch of row
 * chunks of cell contents (planned like the writes, under the payload limit), and checks that none
 * changed since provmap read it (`readPrints`: sheet -> fingerprint of the values read).
 */
export async function captureSnapshot(
  ctx: Excel.RequestContext,
  gate: SyncGate,
  caps: Capabilities,
  targets: readonly PlannedExtent[],
  readPrints: ReadonlyMap<string, string>,
  limits: ChunkLimits,
): Promise<{ snapshot: WorkbookSnapshot; live: LiveSheet[] }> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  const names = ctx.workbook.names.load('items/name,items/formula');
  const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
  await gate.sync(ctx, 'checking the workbook');

  const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  const created = targets.filter((t) => !existing.has(t.name.toLowerCase())).map((t) => t.name);
  const first = targets
    .filter((t) => existing.has(t.name.toLowerCase()))
    .map((t) => {
      const ws = ctx.workbook.worksheets.getItem(existing.get(t.name.toLowerCase())!);
      return {
        t,
        ws,
        used: ws.getUsedRangeOrNullObject(false).load('rowIndex,columnIndex,rowCount,columnCount'),
        freeze: ws.freezePanes.getLocationOrNullObject().load('address'),
        formats: formatReader(ws),
        notes: caps.notes ? noteReader(ws) : null,
      };
    });
  await gate.sync(ctx, 'recording the sheets provmap owns');

  const second = first.map((s) => {
    const used: Rect | null = s.used.isNullObject
      ? null
      : {
          top: s.used.rowIndex,
          left: s.used.columnIndex,
          bottom: s.used.rowIndex + s.used.rowCount - 1,
          right: s.used.columnIndex + s.used.columnCount - 1,
        };
    const planned: Rect = {
      top: 0,
      left: 0,
      bottom: Math.max(0, s.t.rows - 1),
      right: Math.max(0, s.t.columns - 1),
    };
    const area = union(used ? { top: 0, left: 0, bottom: used.bottom, right: used.right } : null, planned)!;
    const columns = Array.from({ length: area.right + 1 }, (_, c) => ({
      head: s.ws.getRangeByIndexes(0, c, 1, 1).dataValidation.load(VALIDATION_PROPS),
      body:
        area.bottom >= 1
          ? s.ws.getRangeByIndexes(1, c, area.bottom, 1).dataValidation.load(VALIDATION_PROPS)
          : null,
      width: s.ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.load('columnWidth'),
    }));
    s.formats.queueDetails();
    s.notes?.queueDetails();
    return { ...s, usedRect: used, area, columns };
  });
  await gate.sync(ctx, 'recording the sheets provmap owns');

  const contents = second.map((s) => readContents(s.ws, s.t, s.usedRect, s.area, caps, limits));
  try {
    await syncParts(
      ctx,
      gate,
      contents.flatMap((c) => c.parts),
      limits.maxBytes,
      'recording cells',
    );
  } catch (err) {
    if (!isPayloadTooLarge(err)) throw err;
    throw new ProvmapError(
      'HOST_LIMIT',
      'A row of a sheet provmap owns is too big to record safely in this version of Excel; shorten its longest cells first.',
    );
  }

  // A column whose validation differs down its body is read cell by cell, in row chunks under the limit.
  const validationParts: Part[] = [];
  const perCell = second.map((s) =>
    s.columns.map((col, c) => {
      if (!col.body || col.body.type !== 'Inconsistent') return null;
      const cells = new Array<Excel.DataValidation>(s.area.bottom);
      const bytes = new Array<number>(s.area.bottom).fill(VALIDATION_CELL_BYTES);
      for (const chunk of planChunks(bytes, limits))
        validationParts.push(
          rowPart(chunk, (chunk.end - chunk.start) * VALIDATION_CELL_BYTES, ({ start, end }) => {
            const dvs = Array.from({ length: end - start }, (_, k) =>
              s.ws.getRangeByIndexes(start + k + 1, c, 1, 1).dataValidation.load(VALIDATION_PROPS),
            );
            return () => dvs.forEach((dv, k) => (cells[start + k] = dv));
          }),
        );
      return cells;
    }),
  );
  // Always at least one sync here, so the count does not depend on what the sheets hold.
  await syncParts(ctx, gate, validationParts, limits.maxBytes, 'recording validation');

  const snapshots: SheetSnapshot[] = [];
  const live: LiveSheet[] = [];
  second.forEach((s, i) => {
    const { values, formulas, formats, styles } = contents[i]!;
    const before = readPrints.get(s.t.name);
    if (before !== undefined && s.usedRect) {
      const now = fingerprint(
        toGridValues(s.usedRect.bottom, s.usedRect.right, [
          { top: s.usedRect.top, left: s.usedRect.left, values, formats },
        ]),
      );
      if (now !== before) throw new ChangedSinceReadError(s.t.name);
    }
    const validations: SavedValidation[] = [];
    s.columns.forEach((col, c) => {
      const head = savedValidation(col.head);
      if (head) validations.push({ rect: { top: 0, left: c, bottom: 0, right: c }, validation: head });
      if (!col.body) return;
      const cells = perCell[i]![c];
      if (!cells) {
        const body = savedValidation(col.body);
        if (body)
          validations.push({ rect: { top: 1, left: c, bottom: s.area.bottom, right: c }, validation: body });
        return;
      }
      let run: SavedValidation | null = null;
      cells.forEach((dv, k) => {
        const v = savedValidation(dv);
        if (run && v && same(run.validation, v)) run.rect.bottom = k + 1;
        else {
          if (run) validations.push(run);
          run = v ? { rect: { top: k + 1, left: c, bottom: k + 1, right: c }, validation: v } : null;
        }
      });
      if (run) validations.push(run);
    });
    const formatsNow = s.formats.result();
    const notesNow = s.notes ? s.notes.result() : [];
    const snapshot: SheetSnapshot = {
      name: s.t.name,
      used: s.usedRect,
      area: s.area,
      values,
      formulas,
      formats,
      validations,
      conditionalFormats: formatsNow.map((f) => f.format),
      frozen: s.freeze.isNullObject ? { rows: 0, columns: 0 } : frozenOf(s.freeze.address),
      widths: s.columns.map((col) => col.width.columnWidth ?? null),
      notes: notesNow.map(({ cell, text }) => ({ cell, text })),
      styles,
    };
    snapshots.push(snapshot);
    live.push({
      snapshot,
      ws: s.ws,
      formats: formatsNow,
      notes: notesNow.map(({ cell, proxy }) => ({ cell, proxy })),
    });
  });
  return {
    snapshot: {
      sheets: snapshots,
      created,
      names: new Map(names.items.map((n) => [n.name, n.formula as string])),
      activeSheet: active.name,
      allSheets: sheets.items.map((s) => s.name),
    },
    live,
  };
}

const STYLE_OPTIONS: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true },
    font: { bold: true, italic: true, color: true },
    wrapText: true,
    horizontalAlignment: true,
  },
};

interface Contents {
  parts: Part[];
  values: unknown[][];
  formulas: unknown[][];
  formats: string[][];
  styles: Excel.CellProperties[][] | null;
}

/**
 * Parts that read a sheet's old used range (values, formulas, number formats) and the area's styles in
 * row chunks; the arrays fill in as each part's sync succeeds.
 */
function readContents(
  ws: Excel.Worksheet,
  target: PlannedExtent,
  used: Rect | null,
  area: Rect,
  caps: Capabilities,
  limits: ChunkLimits,
): Contents {
  const height = used ? used.bottom - used.top + 1 : 0;
  const out: Contents = {
    parts: [],
    values: new Array<unknown[]>(height),
    formulas: new Array<unknown[]>(height),
    formats: new Array<string[]>(height),
    styles: caps.cellProperties ? new Array<Excel.CellProperties[]>(area.bottom + 1) : null,
  };
  if (!used && !out.styles) return out;
  const bytes = snapshotRowBytes(target, area, caps.cellProperties);
  out.parts = planChunks(bytes, limits).map((chunk) =>
    rowPart(
      chunk,
      bytes.slice(chunk.start, chunk.end).reduce((a, b) => a + b, 0),
      ({ start, end }) => {
        const top = used ? Math.max(start, used.top) : 0;
        const bottom = used ? Math.min(end - 1, used.bottom) : -1;
        const block =
          used && top <= bottom
            ? rangeOf(ws, { top, left: used.left, bottom, right: used.right }).load(
                'values,formulas,numberFormat',
              )
            : null;
        const styles = out.styles
          ? rangeOf(ws, { top: start, left: 0, bottom: end - 1, right: area.right }).getCellProperties(
              STYLE_OPTIONS,
            )
          : null;
        return () => {
          if (block && used)
            for (let k = 0; k <= bottom - top; k++) {
              out.values[top - used.top + k] = block.values[k]!;
              out.formulas[top - used.top + k] = block.formulas[k]!;
              out.formats[top - used.top + k] = (block.numberFormat as string[][])[k]!;
            }
          if (styles && out.styles) styles.value.forEach((row, k) => (out.styles![start + k] = row));
        };
      },
    ),
  );
  return out;
}
