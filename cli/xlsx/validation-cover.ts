// A worksheet's data validations held as non-overlapping rectangles, so each cell is written with one rule.
//
// ExcelJS reads each <dataValidation> into one key per cell, and its writer groups those keys back into
// ranges after sorting addresses as text ("K10" before "K5") and without skipping cells it already used:
// a rule on K5:L23 read from a file is written back as both K10:L23 and K5:L23. Range keys are written as
// they are, so a model of disjoint rectangles round-trips exactly.

import type { DataValidation, Worksheet } from 'exceljs';
import { a1Range, parseA1Range, type MergedRange } from '../../core/grid.js';
import { validationsOf } from './exceljs-extras.js';

/** A row and column (0-based) packed in one number: columns stop at 16,384. */
const COLUMNS = 16_384;
const pack = (row: number, col: number): number => row * COLUMNS + col;

/** A text key equal for validations that mean the same, whatever the order of their fields. */
function signature(v: DataValidation): string {
  const entries = Object.entries(v)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

function parsed(key: string): MergedRange | null {
  try {
    return parseA1Range(key);
  } catch {
    return null;
  }
}

/**
 * Rectangles covering exactly the cells `owner` gives to rule `rule`, none overlapping, taking them out of
 * `owner`. `cells` are the rule's cells sorted by row then column. From each cell not yet covered: down
 * as far as the rule goes, then right while the whole column of that height is the rule's.
 */
function rectangles(cells: readonly number[], owner: Map<number, number>, rule: number): string[] {
  const mine = (cell: number): boolean => owner.get(cell) === rule;
  const out: string[] = [];
  for (const start of cells) {
    if (!mine(start)) continue;
    const top = Math.floor(start / COLUMNS);
    const left = start % COLUMNS;
    let bottom = top;
    while (mine(pack(bottom + 1, left))) bottom++;
    const columnIsMine = (col: number): boolean => {
      for (let row = top; row <= bottom; row++) if (!mine(pack(row, col))) return false;
      return true;
    };
    let right = left;
    while (right + 1 < COLUMNS && columnIsMine(right + 1)) right++;
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++) owner.delete(pack(row, col));
    out.push(a1Range(top, left, bottom, right));
  }
  return out;
}

/**
 * Rewrites the worksheet's validations as disjoint rectangles: one validation per cell, the one added last
 * where keys overlap (as a later setDataValidation wins in Sheets), equal validations grouped. Keys that
 * are not A1 cells or ranges are kept as they are.
 */
export function normaliseValidations(ws: Worksheet): void {
  const validations = validationsOf(ws);
  const kept: Record<string, DataValidation> = {};
  const rules: DataValidation[] = [];
  const bySignature = new Map<string, number>();
  // ExcelJS gives every cell of one <dataValidation> the same object: sign each object once.
  const byObject = new Map<DataValidation, number>();
  const owner = new Map<number, number>();
  const model = validations.model;
  // Object.keys, not Object.entries: a whole column read from a file is a million keys.
  for (const key of Object.keys(model)) {
    const v = model[key];
    if (v === undefined) continue;
    const r = parsed(key);
    if (r === null) {
      kept[key] = v;
      continue;
    }
    let rule = byObject.get(v);
    if (rule === undefined) {
      const sig = signature(v);
      rule = bySignature.get(sig);
      if (rule === undefined) {
        rule = rules.push(v) - 1;
        bySignature.set(sig, rule);
      }
      byObject.set(v, rule);
    }
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) owner.set(pack(row, col), rule);
  }
  const cellsOf: number[][] = rules.map(() => []);
  for (const [cell, rule] of owner) cellsOf[rule]!.push(cell);
  const ranges: Record<string, DataValidation> = {};
  cellsOf.forEach((cells, rule) => {
    cells.sort((a, b) => a - b);
    for (const range of rectangles(cells, owner, rule)) ranges[range] = rules[rule]!;
  });
  validations.model = { ...ranges, ...kept };
}
