// A workbook as grids, for action tests: applying a plan stores what a host would read back (formula
// cells read as their results, which core must ignore), and a teacher's edits are cell writes.

import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { parseA1Range, type CellValue, type Grid } from '../../../core/grid.js';
import type { PlanValue, WorkbookPlan } from '../../../core/plan/types.js';

/** What a formula cell reads back as: a result core never relies on. */
export const COMPUTED = '#computed';

function readBack(v: PlanValue): CellValue {
  if (v === null || typeof v !== 'object') return v;
  return 'date' in v ? new Date(`${v.date}T00:00:00Z`) : COMPUTED;
}

export class Book {
  private readonly sheets = new Map<string, Grid>();

  constructor(grids: readonly Grid[] = []) {
    for (const g of grids) this.sheets.set(g.sheet, { ...g, values: g.values.map((r) => [...r]) });
  }

  /** Writes a plan as a host would: each planned sheet replaced whole. */
  apply(plan: WorkbookPlan): this {
    for (const s of plan.sheets)
      this.sheets.set(s.name, { sheet: s.name, values: s.values.map((r) => r.map(readBack)), merges: [] });
    return this;
  }

  /** Every sheet, as a host would read them. */
  grids(): Grid[] {
    return [...this.sheets.values()].map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
  }

  grid(name: string): Grid {
    const g = this.sheets.get(name);
    if (!g) throw new Error(`no sheet ${name}`);
    return g;
  }

  /** The value at an A1 cell. */
  at(sheet: string, cell: string): CellValue {
    const { top, left } = parseA1Range(cell);
    return this.grid(sheet).values[top]?.[left] ?? null;
  }

  /** A teacher types a value. */
  type(sheet: string, cell: string, value: CellValue): this {
    const { top, left } = parseA1Range(cell);
    const rows = this.grid(sheet).values;
    while (rows.length <= top) rows.push([]);
    const row = rows[top]!;
    while (row.length < left) row.push(null);
    row[left] = value;
    return this;
  }

  /** A teacher types a whole row. */
  typeRow(sheet: string, row: number, values: CellValue[]): this {
    values.forEach((v, c) => this.type(sheet, `${String.fromCharCode(65 + c)}${row}`, v));
    return this;
  }

  /** The first row (1-based) whose column `col` holds `text`. */
  rowOf(sheet: string, text: string, col = 0): number {
    const r = this.grid(sheet).values.findIndex((row) => row[col] === text);
    if (r < 0) throw new Error(`no row with ${text} on ${sheet}`);
    return r + 1;
  }
}

/** Fails with the first difference between two plans, sheet by sheet and field by field. */
export function expectSamePlan(a: WorkbookPlan, b: WorkbookPlan): void {
  expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
  a.sheets.forEach((s, i) => {
    const t = b.sheets[i]!;
    for (const key of Object.keys(s) as (keyof typeof s)[])
      if (!isDeepStrictEqual(s[key], t[key]))
        expect({ sheet: s.name, [key]: t[key] }).toEqual({ sheet: s.name, [key]: s[key] });
  });
  expect(b.namedRanges).toEqual(a.namedRanges);
  expect(b.activeSheet).toEqual(a.activeSheet);
}
