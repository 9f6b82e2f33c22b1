// Reads a sheet's conditional formats and notes with the details needed to recognise and restore them.

import { a1 } from '../../core/grid.js';
import { rectOf } from './addresses.js';
import type { ExistingFormat } from './conditional-formats.js';

/** Loads the details of each conditional format (one more sync's worth of loads). */
function queueFormatDetails(items: readonly Excel.ConditionalFormat[]) {
  return items.map((cf) => {
    const range = cf.getRangeOrNullObject().load('address');
    if (cf.type === 'Custom') {
      const parts = {
        rule: cf.custom.rule.load('formula'),
        fill: cf.custom.format.fill.load('color'),
        font: cf.custom.format.font.load('color,bold'),
      };
      return {
        cf,
        range,
        read: (): Partial<ExistingFormat> => ({
          type: 'Custom',
          formula: parts.rule.formula,
          fill: parts.fill.color,
          fontColor: parts.font.color,
          bold: parts.font.bold,
        }),
      };
    }
    if (cf.type === 'CellValue') {
      const cv = cf.cellValue.load('rule');
      const parts = {
        fill: cf.cellValue.format.fill.load('color'),
        font: cf.cellValue.format.font.load('color,bold'),
      };
      return {
        cf,
        range,
        read: (): Partial<ExistingFormat> => ({
          type: 'CellValue',
          cellValue: cv.rule,
          fill: parts.fill.color,
          fontColor: parts.font.color,
          bold: parts.font.bold,
        }),
      };
    }
    return { cf, range, read: (): Partial<ExistingFormat> => ({ type: 'Other' }) };
  });
}

/** Reads a sheet's conditional formats in two syncs' worth of loads (the caller syncs). */
export function formatReader(ws: Excel.Worksheet) {
  const collection = ws.getRange().conditionalFormats.load('items/type,items/priority');
  let details: ReturnType<typeof queueFormatDetails> = [];
  return {
    queueDetails: () => (details = queueFormatDetails(collection.items)),
    result: (): { format: ExistingFormat; proxy: Excel.ConditionalFormat }[] =>
      details.map((d) => ({
        proxy: d.cf,
        format: {
          type: 'Other',
          priority: d.cf.priority,
          range: d.range.isNullObject ? null : rectAddress(d.range.address),
          formula: null,
          cellValue: null,
          fill: null,
          fontColor: null,
          bold: null,
          ...d.read(),
        },
      })),
  };
}

function rectAddress(address: string): string {
  const r = rectOf(address);
  return r.top === r.bottom && r.left === r.right
    ? a1(r.top, r.left)
    : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** Reads a sheet's notes with their cells (ExcelApi 1.18). */
export function noteReader(ws: Excel.Worksheet) {
  const notes = ws.notes.load('items/content');
  let located: { note: Excel.Note; where: Excel.Range }[] = [];
  return {
    queueDetails: () =>
      (located = notes.items.map((note) => ({ note, where: note.getLocation().load('address') }))),
    result: () =>
      located.map(({ note, where }) => ({
        cell: rectAddress(where.address),
        text: note.content,
        proxy: note,
      })),
  };
}
