// The fake Excel for tests: a workbook state, Excel.run over it, isSetSupported, and direct observation.
// Exports: createFakeExcel, observeWorkbook, selectionOf, FakeWorkbookState, FakeOfficeError.

import { a1, a1Range, parseA1Range } from '../../../core/grid.js';
import type { ExcelRun } from '../../../excel-addin/host/excel-host.js';
import type { InitialSheet, ObservedSheet, ObservedWorkbook, StoredCell } from '../../contract/harness.js';
import { FakeWorkbookState, FakeOfficeError, key, unkey } from './state.js';
import type { Rect, SheetRec, ValidationRec } from './state.js';
import { FakeRequestContext } from './workbook.js';

export { FakeWorkbookState, FakeOfficeError };

export interface FakeExcel {
  state: FakeWorkbookState;
  run: ExcelRun;
  isSetSupported: (name: string, version: string) => boolean;
}

/** Versions of ExcelApi the fake claims (default: every one the adapter can use). */
export function createFakeExcel(initial: readonly InitialSheet[], excelApi = '1.20'): FakeExcel {
  const state = new FakeWorkbookState();
  for (const s of initial) {
    const sheet = state.addSheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') state.cell(sheet, r, c).value = v;
      }),
    );
    sheet.merges = (s.merges ?? []).map((m) => ({ ...m }));
  }
  if (initial.length === 0) state.addSheet('Sheet1');
  const run: ExcelRun = async (batch, options) => {
    const ctx = new FakeRequestContext(state);
    if (options.mergeUndoGroup) {
      if (!isSetSupported('ExcelApi', '1.20'))
        throw new FakeOfficeError('ApiNotFound', 'mergeUndoGroup needs ExcelApi 1.20');
      state.undoGroupedRuns++;
    }
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending > 0) throw new Error(`Excel.run ended with ${ctx.pending} commands never synced`);
    return result;
  };
  const max = excelApi.split('.').map(Number) as [number, number];
  const isSetSupported = (name: string, version: string): boolean => {
    if (name !== 'ExcelApi') return false;
    const [maj, min] = version.split('.').map(Number) as [number, number];
    return maj < max[0] || (maj === max[0] && min <= max[1]);
  };
  return { state, run, isSetSupported };
}

const DATE_FORMAT = /[dmy]/i;

function storedCell(sheet: SheetRec, r: number, c: number): StoredCell {
  const cell = sheet.cells.get(key(r, c));
  if (!cell) return null;
  if (cell.formula !== undefined) return { formula: cell.formula };
  const v = cell.value;
  if (v === undefined) return null;
  if (
    typeof v === 'number' &&
    cell.format &&
    cell.format !== '@' &&
    DATE_FORMAT.test(cell.format.replace(/"[^"]*"/g, ''))
  )
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  return v;
}

/** Splits a set of cells into rectangles: runs down each column, merged across identical neighbours. */
export function rectangles(cells: readonly [number, number][]): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const [r, c] of cells) byCol.set(c, [...(byCol.get(c) ?? []), r]);
  const runs: Rect[] = [];
  for (const [c, rows] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0]!;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
      runs.push({ top: start, bottom: rows[i - 1]!, left: c, right: c });
      if (i < rows.length) start = rows[i]!;
    }
  }
  const merged: Rect[] = [];
  for (const run of runs) {
    const prev = merged.find((m) => m.top === run.top && m.bottom === run.bottom && m.right === run.left - 1);
    if (prev) prev.right = run.right;
    else merged.push({ ...run });
  }
  return merged;
}

const rectText = (r: Rect) => a1Range(r.top, r.left, r.bottom, r.right);

function observeSheet(sheet: SheetRec): ObservedSheet {
  let rows = 0;
  let cols = 0;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === undefined && cell.formula === undefined) continue;
    const [r, c] = unkey(k);
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  const cells: StoredCell[][] = Array.from({ length: rows }, (_, r) => {
    const row = Array.from({ length: cols }, (_, c) => storedCell(sheet, r, c));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();

  const groups = new Map<string, { rec: ValidationRec; cells: [number, number][] }>();
  const numberFormats: Record<string, string> = {};
  for (const [k, cell] of sheet.cells) {
    const [r, c] = unkey(k);
    if (cell.format && cell.format !== 'General') numberFormats[a1(r, c)] = cell.format;
    if (!cell.validation) continue;
    const id = JSON.stringify(cell.validation);
    const g = groups.get(id) ?? { rec: cell.validation, cells: [] };
    g.cells.push([r, c]);
    groups.set(id, g);
  }
  const validations: ObservedSheet['validations'] = [];
  const protections: string[] = [];
  for (const g of groups.values())
    for (const rect of rectangles(g.cells)) {
      const rule = g.rec.rule;
      const range = rectText(rect);
      if (rule.custom && g.rec.errorAlert.style === 'Warning') protections.push(range);
      else if (rule.list && typeof rule.list.source === 'string' && rule.list.source.startsWith('='))
        validations.push({ range, kind: 'list-from-range', source: rule.list.source.slice(1) });
      else if (rule.list)
        validations.push({ range, kind: 'list', values: String(rule.list.source).split(',') });
      else if (rule.wholeNumber) validations.push({ range, kind: 'whole-number' });
      else if (rule.decimal) validations.push({ range, kind: 'decimal' });
      else if (rule.date) validations.push({ range, kind: 'date' });
    }
  validations.sort((a, b) => a.range.localeCompare(b.range));
  protections.sort();

  const conditionalFormats = sheet.cfs.map((cf) => {
    const literal =
      cf.rule && cf.rule.operator === 'EqualTo' ? /^="((?:[^"]|"")*)"$/.exec(cf.rule.formula1) : null;
    return {
      range: rectText(cf.rect),
      kind: cf.type === 'Custom' || !literal ? ('formula' as const) : ('text-equals' as const),
      condition:
        cf.type === 'Custom'
          ? (cf.formula ?? '').replace(/^=/, '')
          : literal
            ? literal[1]!.replace(/""/g, '"')
            : (cf.rule?.formula1 ?? ''),
      fill: cf.fill ? cf.fill.toUpperCase() : null,
    };
  });
  const notes: Record<string, string> = {};
  for (const [k, text] of sheet.notes) {
    const [r, c] = unkey(k);
    notes[a1(r, c)] = text;
  }
  const fills: Record<string, string> = {};
  for (const [k, cell] of [...sheet.cells].sort(byPosition)) {
    const fill = cell.style?.fill?.toUpperCase();
    if (fill === undefined || fill === '' || fill === '#FFFFFF') continue;
    const [r, c] = unkey(k);
    fills[a1(r, c)] = fill;
  }
  return {
    name: sheet.name,
    cells,
    frozenRows: sheet.frozen.rows,
    validations,
    conditionalFormats,
    protections,
    numberFormats,
    notes,
    fills,
  };
}

/** Orders stored cells by row, then column, so observations do not depend on the order cells were made. */
function byPosition([a]: [string, unknown], [b]: [string, unknown]): number {
  const [r1, c1] = unkey(a);
  const [r2, c2] = unkey(b);
  return r1 - r2 || c1 - c2;
}

/** The range last selected on the active sheet (an add-in's Range.select), or null when none was. */
export function selectionOf(state: FakeWorkbookState): { sheet: string; a1: string } | null {
  const sheet = state.byId(state.activeId);
  const r = sheet ? state.selections.get(sheet.id) : undefined;
  return sheet && r ? { sheet: sheet.name, a1: rectText(r) } : null;
}

/** Reads the fake's storage directly, normalised as the host contract compares it. */
export function observeWorkbook(state: FakeWorkbookState): ObservedWorkbook {
  return {
    sheets: state.sheets.map(observeSheet),
    namedRanges: state.names.map((n) => {
      const m = /^=(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(n.formula);
      const sheet = m ? (m[1] ?? m[2] ?? '').replace(/''/g, "'") : '#REF!';
      const range = m ? m[3]!.replace(/\$/g, '') : n.formula;
      return { name: n.name, sheet, range: m ? rectText(parseA1Range(range)) : range };
    }),
  };
}
