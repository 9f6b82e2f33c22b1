// Plan styles, colours and widths in ExcelJS terms.

import type { Alignment, Fill, Font, Style } from 'exceljs';
import type { CellStyle, FormatStyle } from '../../core/plan/types.js';

/** #RRGGBB to ExcelJS ARGB, opaque. */
export function argb(hex: string, alpha = 'FF'): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  if (!m) throw new RangeError(`Not a #RRGGBB colour: ${hex}`);
  return `${alpha}${m[1]!.toUpperCase()}`;
}

/** A solid cell fill. */
export function solidFill(hex: string, alpha = 'FF'): Fill {
  return {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: argb(hex, alpha) },
    bgColor: { argb: argb(hex, alpha) },
  };
}

/**
 * Excel column width in characters for a width in pixels (Calibri 11: 7 px per digit plus 5 px padding),
 * to two decimals as Excel stores it.
 */
export function columnWidthChars(px: number): number {
  return Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
}

/** The parts of an ExcelJS style a plan CellStyle sets, merged over what the cell has. */
export function cellStyle(current: Partial<Style>, s: CellStyle): Partial<Style> {
  const out: Partial<Style> = { ...current };
  if (s.bold !== undefined || s.italic !== undefined || s.fontColor !== undefined) {
    const font: Partial<Font> = { ...(current.font ?? {}) };
    if (s.bold !== undefined) font.bold = s.bold;
    if (s.italic !== undefined) font.italic = s.italic;
    if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
    out.font = font;
  }
  if (s.fill !== undefined) out.fill = solidFill(s.fill);
  if (s.wrap !== undefined || s.horizontalAlignment !== undefined) {
    const alignment: Partial<Alignment> = { ...(current.alignment ?? {}) };
    if (s.wrap !== undefined) alignment.wrapText = s.wrap;
    if (s.horizontalAlignment !== undefined) alignment.horizontal = s.horizontalAlignment;
    // Wrapped multi-line cells read best from the top of the row.
    if (s.wrap) alignment.vertical = 'top';
    out.alignment = alignment;
  }
  return out;
}

/** The differential style of a conditional format; `alpha` marks provmap's own rules (see conditional-format.ts). */
export function formatStyle(s: FormatStyle, alpha: string): Partial<Style> {
  return {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(s.fill, alpha) } },
    font: { color: { argb: argb(s.fontColor, alpha) }, ...(s.bold ? { bold: true } : {}) },
  };
}
