// Cell styles of a sheet plan as Sheets takes them: 2-D calls over provmap's columns, range lists beyond.

import type { CellStyle, SheetPlan } from '../../core/plan/types.js';
import { paint, splitAt } from './paint.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

type StyleKey = keyof CellStyle;
type StyleValue = NonNullable<CellStyle[StyleKey]>;

const weight = (v: StyleValue): 'bold' | 'normal' => (v ? 'bold' : 'normal');
const fontStyle = (v: StyleValue): 'italic' | 'normal' => (v ? 'italic' : 'normal');
type Align = 'left' | 'center' | 'right';

/** One style property over a rectangle from A1, in one 2-D call (null cells go back to the default). */
function styleGrid(range: Range, key: StyleKey, g: (StyleValue | null)[][]): void {
  const each = <T>(f: (v: StyleValue) => T): (T | null)[][] =>
    g.map((row) => row.map((v) => (v === null ? null : f(v))));
  switch (key) {
    case 'bold':
      range.setFontWeights(each(weight));
      break;
    case 'italic':
      range.setFontStyles(each(fontStyle));
      break;
    case 'wrap':
      range.setWraps(g.map((row) => row.map((v) => v === true)));
      break;
    case 'fill':
      range.setBackgrounds(each(String));
      break;
    case 'fontColor':
      range.setFontColors(each(String));
      break;
    case 'horizontalAlignment':
      range.setHorizontalAlignments(each((v) => v as Align));
      break;
  }
}

/** One style property, one value, over a list of ranges in one call. */
function styleList(list: RangeList, key: StyleKey, v: StyleValue): void {
  switch (key) {
    case 'bold':
      list.setFontWeight(weight(v));
      break;
    case 'italic':
      list.setFontStyle(fontStyle(v));
      break;
    case 'wrap':
      list.setWrap(v === true);
      break;
    case 'fill':
      list.setBackground(String(v));
      break;
    case 'fontColor':
      list.setFontColor(String(v));
      break;
    case 'horizontalAlignment':
      list.setHorizontalAlignment(v as Align);
      break;
  }
}

/**
 * One 2-D call per style property used over provmap's columns, painted in plan order so later ranges win;
 * right of them, one range-list call per value (in practice the header style of a teacher's column).
 */
export function writeStyles(sheet: Sheet, plan: SheetPlan, owned: number): void {
  const keys = new Set<StyleKey>();
  for (const s of plan.styles)
    for (const k of Object.keys(s.style) as StyleKey[]) if (s.style[k] !== undefined) keys.add(k);
  for (const key of keys) {
    const painted = paint(
      plan.styles
        .filter((s) => s.style[key] !== undefined)
        .map((s) => ({ range: s.range, value: s.style[key]! as StyleValue })),
    );
    if (!painted) continue;
    const { inside, outside } = splitAt(painted, owned);
    if (inside) styleGrid(sheet.getRange(1, 1, inside.rows, inside.cols), key, inside.grid);
    for (const { value, ranges } of outside.values()) styleList(sheet.getRangeList(ranges), key, value);
  }
}
