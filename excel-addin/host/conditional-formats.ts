// Plan conditional formats as Excel rules, and how provmap tells its own rules from the teacher's.

import { PALETTE, WEAK_PROGRESS_STYLE } from '../../core/plan/palette.js';
import type { ConditionalFormatPlan, WorkbookPlan } from '../../core/plan/types.js';

/** A conditional format as the adapter reads it back from Excel (the kinds provmap writes). */
export interface ExistingFormat {
  type: 'Custom' | 'CellValue' | 'Other';
  priority: number;
  /** A1 range without sheet, or null when the rule covers several areas. */
  range: string | null;
  /** Custom: the formula with '='. */
  formula: string | null;
  /** CellValue: the rule. */
  cellValue: Excel.ConditionalCellValueRule | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

/** What `conditionalFormats.add` and its setters receive. */
export interface ExcelFormatRule {
  type: 'Custom' | 'CellValue';
  range: string;
  formula?: string;
  cellValue?: Excel.ConditionalCellValueRule;
  fill: string;
  fontColor: string;
  bold: boolean;
}

/** Text as an Excel string literal: "met" with inner quotes doubled. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Translates a planned format. Text-equals becomes a cell-value EqualTo rule against a string literal,
 * which Excel compares without regard to case, as the plan asks.
 */
export function excelFormatRule(cf: ConditionalFormatPlan): ExcelFormatRule {
  const style = {
    fill: cf.style.fill.toUpperCase(),
    fontColor: cf.style.fontColor.toUpperCase(),
    bold: cf.style.bold === true,
  };
  if (cf.rule.kind === 'text-equals')
    return {
      type: 'CellValue',
      range: cf.range,
      cellValue: { formula1: `=${stringLiteral(cf.rule.text)}`, operator: 'EqualTo' },
      ...style,
    };
  return { type: 'Custom', range: cf.range, formula: `=${cf.rule.formula}`, ...style };
}

const pairKey = (fill: string | null, font: string | null): string =>
  `${(fill ?? '').toUpperCase()}|${(font ?? '').toUpperCase()}`;

/**
 * provmap's palette: its status colour pairs plus every style the plan itself uses. A rule with one of these
 * fill-and-font pairs is provmap's; any other rule is the teacher's and is never touched.
 */
export function provmapPalette(plan: WorkbookPlan): Set<string> {
  const keys = new Set<string>();
  for (const pair of Object.values(PALETTE)) keys.add(pairKey(pair.fill, pair.fontColor));
  keys.add(pairKey(WEAK_PROGRESS_STYLE.fill, WEAK_PROGRESS_STYLE.fontColor));
  for (const sheet of plan.sheets)
    for (const cf of sheet.conditionalFormats) keys.add(pairKey(cf.style.fill, cf.style.fontColor));
  return keys;
}

/** True for a rule provmap wrote: a kind it writes, in its palette. */
export function isProvmapFormat(f: ExistingFormat, palette: ReadonlySet<string>): boolean {
  return f.type !== 'Other' && f.range !== null && palette.has(pairKey(f.fill, f.fontColor));
}

/** A rule read back, as the rule to write again when restoring it. */
export function asFormatRule(f: ExistingFormat): ExcelFormatRule | null {
  if (f.type === 'Other' || f.range === null) return null;
  const style = { fill: f.fill ?? '#FFFFFF', fontColor: f.fontColor ?? '#000000', bold: f.bold === true };
  if (f.type === 'Custom')
    return f.formula === null ? null : { type: 'Custom', range: f.range, formula: f.formula, ...style };
  return f.cellValue === null
    ? null
    : { type: 'CellValue', range: f.range, cellValue: f.cellValue, ...style };
}
