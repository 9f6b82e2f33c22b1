// provmap's colours as data: colour-blind-safe status pairs and the styles of titles and headers.

import type { EnrolmentStatus, TrackingStatus } from '../evaluate/rules.js';
import type { CellStyle, FormatStyle } from './types.js';

/**
 * A light fill with a dark font of the same hue. The fills differ in lightness and on the blue-yellow axis,
 * not only red-green, so they stay apart for protanopia, deuteranopia and tritanopia (the palette test
 * simulates each); the status word is always written in the cell, so colour is never the only cue.
 */
export interface ColourPair {
  fill: string;
  fontColor: string;
}

export type PaletteColour = 'red' | 'amber' | 'green' | 'blue' | 'grey';

/**
 * The five status colours, #RRGGBB: a salmon red, a yellow amber, a mint green, a light blue and a near-white
 * grey. Every font has at least 7:1 contrast on its own fill.
 */
export const PALETTE: Readonly<Record<PaletteColour, ColourPair>> = {
  red: { fill: '#FBAE92', fontColor: '#5C1200' },
  amber: { fill: '#F8DC8D', fontColor: '#4A3500' },
  green: { fill: '#7AD8BE', fontColor: '#063D27' },
  blue: { fill: '#B4CBF6', fontColor: '#0A2F57' },
  grey: { fill: '#F0F0F0', fontColor: '#333333' },
};

/** The colour of each enrolment status. */
export const ENROLMENT_STATUS_COLOUR: Readonly<Record<EnrolmentStatus, PaletteColour>> = {
  met: 'green',
  'partly met': 'amber',
  'not met': 'red',
  'no target': 'grey',
  pending: 'grey',
};

/** The colour of each tracking status. */
export const TRACKING_STATUS_COLOUR: Readonly<Record<TrackingStatus, PaletteColour>> = {
  ahead: 'blue',
  'on track': 'green',
  'slightly behind': 'amber',
  'off track': 'red',
  'no data': 'grey',
};

/** Statuses that are also bold, so the most urgent rows stand out without colour. */
const BOLD_STATUSES: readonly string[] = ['not met', 'off track'];

/** The conditional-format style for a status word. */
export function statusStyle(status: EnrolmentStatus | TrackingStatus): FormatStyle {
  const colour =
    status in ENROLMENT_STATUS_COLOUR
      ? ENROLMENT_STATUS_COLOUR[status as EnrolmentStatus]
      : TRACKING_STATUS_COLOUR[status as TrackingStatus];
  const pair = PALETTE[colour];
  return BOLD_STATUSES.includes(status) ? { ...pair, bold: true } : { ...pair };
}

/** Red-ish text on a white fill, for progress of zero or less. */
export const WEAK_PROGRESS_STYLE: FormatStyle = { fill: '#FFFFFF', fontColor: PALETTE.red.fontColor };

/** The sheet title in A1. */
export const TITLE_STYLE: CellStyle = { bold: true, fontColor: '#1F2A44' };

/** Header rows: bold dark text on a pale blue-grey fill, wrapped. */
export const HEADER_STYLE: CellStyle = { bold: true, fill: '#DCE3EC', fontColor: '#1F2A44', wrap: true };

/** Section headings on the Summary sheet. */
export const SECTION_STYLE: CellStyle = { bold: true, fontColor: '#1F2A44', fill: '#EEF1F5' };

/** Cells computed by provmap (formulas or text as at the last run): a faint grey fill marks them. */
export const COMPUTED_STYLE: CellStyle = { fill: '#F5F6F8' };

/** WCAG relative luminance of #RRGGBB. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two #RRGGBB colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
