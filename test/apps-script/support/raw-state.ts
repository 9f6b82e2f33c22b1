// Everything the fake spreadsheet stores about a sheet, cell by cell (styles, notes and dropdowns too), as
// plain data two fakes can be compared by: what observe() leaves out (fills, fonts, widths, merges).

import type { FakeGoogle } from '../../fakes/spreadsheet-app/index.js';

type SheetState = FakeGoogle['workbook']['sheets'][number];
type Rect = { top: number; left: number; bottom: number; right: number };

const where = (r: { sheet: { name: string }; rect: Rect } | null) =>
  r === null ? null : { sheet: r.sheet.name, ...r.rect };

/** One sheet's stored cells in columns [from, to), keyed by "row:col"; empty cells are absent. */
export function rawCells(sheet: SheetState, from = 0, to = Infinity): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...sheet.cells.keys()].sort();
  for (const key of keys) {
    const col = Number(key.split(':')[1]);
    if (col < from || col >= to) continue;
    const c = sheet.cells.get(key)!;
    out[key] = {
      value: c.value instanceof Date ? c.value.toISOString() : c.value,
      formula: c.formula,
      quotePrefix: c.quotePrefix,
      format: c.format,
      note: c.note,
      validation: c.validation && { ...c.validation, source: where(c.validation.source) },
      style: c.style,
    };
  }
  return out;
}

/** A sheet's own settings and rules: size, frozen panes, widths, merges, conditional formats, protections. */
export function rawSheet(sheet: SheetState) {
  return {
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    hidden: sheet.hidden,
    frozen: [sheet.frozenRows, sheet.frozenCols],
    widths: [...sheet.widths.entries()].sort((a, b) => a[0] - b[0]),
    merges: sheet.merges.map((m) => ({ ...m })),
    rules: sheet.cfRules.map((r) => ({ ...r, ranges: r.ranges.map(where) })),
    protections: sheet.protections.map((p) => ({ ...p, rect: { ...p.rect } })),
    cells: rawCells(sheet),
  };
}

/** The whole spreadsheet as stored, sheet by sheet in tab order, with its named ranges. */
export function rawWorkbook(f: FakeGoogle) {
  return {
    sheets: f.workbook.sheets.map(rawSheet),
    names: [...f.workbook.namedRanges.entries()]
      .map(([name, n]) => ({ name, sheet: n.sheet.name, ...n.rect }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The sheet called `name` (throws when there is none). */
export function sheetState(f: FakeGoogle, name: string): SheetState {
  const s = f.workbook.sheets.find((x) => x.name === name && !x.deleted);
  if (!s) throw new Error(`No sheet ${name}`);
  return s;
}
