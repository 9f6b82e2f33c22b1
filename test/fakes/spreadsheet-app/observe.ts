// Reads the fake's storage directly into the host-neutral observation the contract suite compares.

import { a1, a1Range, type MergedRange } from '../../../core/grid.js';
import type {
  ObservedConditionalFormat,
  ObservedSheet,
  ObservedValidation,
  ObservedWorkbook,
  StoredCell,
} from '../../contract/harness.js';
import { isoDay } from './dates.js';
import {
  cellKey,
  quoteName,
  sameRect,
  type CellState,
  type SheetState,
  type ValidationState,
  type WorkbookState,
} from './model.js';

function stored(wb: WorkbookState, cell: CellState | undefined): StoredCell {
  if (!cell) return null;
  if (cell.formula) return { formula: cell.formula.replace(/^=/, '') };
  const v = cell.value;
  if (v === null || v === '') return null;
  return v instanceof Date ? isoDay(v, wb.timeZone) : v;
}

function cells(wb: WorkbookState, sheet: SheetState): StoredCell[][] {
  const out: StoredCell[][] = [];
  for (const [key, cell] of sheet.cells) {
    const value = stored(wb, cell);
    if (value === null) continue;
    const [r, c] = key.split(':').map(Number) as [number, number];
    while (out.length <= r) out.push([]);
    const row = out[r]!;
    while (row.length <= c) row.push(null);
    row[c] = value;
  }
  return out;
}

/** Groups cells into rectangles: vertical runs per column, then equal runs of adjacent columns merged. */
export function rectangles(points: [number, number][]): MergedRange[] {
  const byCol = new Map<number, number[]>();
  for (const [r, c] of points) byCol.set(c, [...(byCol.get(c) ?? []), r]);
  const runs: MergedRange[] = [];
  for (const [c, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0]!;
    let prev = start;
    for (const r of [...rows.slice(1), Number.NaN]) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      runs.push({ top: start, bottom: prev, left: c, right: c });
      start = prev = r;
    }
  }
  const merged: MergedRange[] = [];
  for (const run of runs) {
    const last = merged.find((m) => m.top === run.top && m.bottom === run.bottom && m.right === run.left - 1);
    if (last) last.right = run.right;
    else merged.push({ ...run });
  }
  return merged;
}

const WHOLE_NUMBER = /^=AND\(ISNUMBER\(([A-Z]+\d+)\),\1=INT\(\1\),\1>=(-?[\d.]+),\1<=(-?[\d.]+)\)$/;

function validationKey(v: ValidationState): string {
  const src = v.source
    ? `${v.source.sheet.id}:${a1Range(v.source.rect.top, v.source.rect.left, v.source.rect.bottom, v.source.rect.right)}`
    : '';
  return JSON.stringify([v.criteria, v.args, src]);
}

function observeValidation(wb: WorkbookState, v: ValidationState, range: string): ObservedValidation {
  switch (v.criteria) {
    case 'VALUE_IN_RANGE': {
      if (!v.source) return { range, kind: 'list-from-range', source: '#REF!' };
      const named = [...wb.namedRanges].find(
        ([, nr]) => nr.sheet === v.source!.sheet && sameRect(nr.rect, v.source!.rect),
      );
      const r = v.source.rect;
      const source = named
        ? named[0]
        : `${quoteName(v.source.sheet.name)}!${a1Range(r.top, r.left, r.bottom, r.right)}`;
      return { range, kind: 'list-from-range', source };
    }
    case 'VALUE_IN_LIST':
      return { range, kind: 'list', values: [...(v.args[0] as string[])] };
    case 'NUMBER_BETWEEN':
      return { range, kind: 'decimal' };
    case 'DATE_IS_VALID_DATE':
      return { range, kind: 'date' };
    case 'CUSTOM_FORMULA':
      // Sheets has no whole-number rule; a formula of this one shape stands for it.
      if (WHOLE_NUMBER.test(String(v.args[0]))) return { range, kind: 'whole-number' };
      return { range, kind: 'decimal', source: String(v.args[0]) };
    default:
      throw new Error(`The fake cannot observe validation ${v.criteria}`);
  }
}

function validations(wb: WorkbookState, sheet: SheetState): ObservedValidation[] {
  const groups = new Map<string, { rule: ValidationState; points: [number, number][] }>();
  for (const [key, cell] of sheet.cells) {
    if (!cell.validation) continue;
    const k = validationKey(cell.validation);
    const g = groups.get(k) ?? { rule: cell.validation, points: [] };
    g.points.push(key.split(':').map(Number) as [number, number]);
    groups.set(k, g);
  }
  const out: ObservedValidation[] = [];
  for (const g of groups.values())
    for (const r of rectangles(g.points))
      out.push(observeValidation(wb, g.rule, a1Range(r.top, r.left, r.bottom, r.right)));
  return out;
}

function conditionalFormats(sheet: SheetState): ObservedConditionalFormat[] {
  return sheet.cfRules.flatMap((rule) =>
    rule.ranges.map((r) => ({
      range: a1Range(r.rect.top, r.rect.left, r.rect.bottom, r.rect.right),
      kind: rule.criteria === 'TEXT_EQUAL_TO' ? ('text-equals' as const) : ('formula' as const),
      condition:
        rule.criteria === 'TEXT_EQUAL_TO' ? String(rule.values[0]) : String(rule.values[0]).replace(/^=/, ''),
      fill: rule.background === null ? null : rule.background.toUpperCase(),
    })),
  );
}

function perCell(sheet: SheetState, pick: (c: CellState) => string | null): Record<string, string> {
  const out: Record<string, string> = {};
  const keys = [...sheet.cells.keys()].sort((x, y) => {
    const [r1, c1] = x.split(':').map(Number) as [number, number];
    const [r2, c2] = y.split(':').map(Number) as [number, number];
    return r1 - r2 || c1 - c2;
  });
  for (const key of keys) {
    const v = pick(sheet.cells.get(key)!);
    if (v === null) continue;
    const [r, c] = key.split(':').map(Number) as [number, number];
    out[a1(r, c)] = v;
  }
  return out;
}

export function observeSheet(wb: WorkbookState, sheet: SheetState): ObservedSheet {
  return {
    name: sheet.name,
    cells: cells(wb, sheet),
    frozenRows: sheet.frozenRows,
    validations: validations(wb, sheet),
    conditionalFormats: conditionalFormats(sheet),
    protections: sheet.protections.map((p) => a1Range(p.rect.top, p.rect.left, p.rect.bottom, p.rect.right)),
    numberFormats: perCell(sheet, (c) => c.format),
    notes: perCell(sheet, (c) => (c.note === '' ? null : c.note)),
    fills: perCell(sheet, (c) => {
      const fill = c.style.background?.toUpperCase();
      return fill === undefined || fill === '#FFFFFF' ? null : fill;
    }),
  };
}

/** The whole workbook as stored: sheets in tab order and named ranges. */
export function observeWorkbook(wb: WorkbookState): ObservedWorkbook {
  return {
    sheets: wb.sheets.map((s) => observeSheet(wb, s)),
    namedRanges: [...wb.namedRanges].map(([name, nr]) => ({
      name,
      sheet: nr.sheet.name,
      range: a1Range(nr.rect.top, nr.rect.left, nr.rect.bottom, nr.rect.right),
    })),
  };
}

export { cellKey };
