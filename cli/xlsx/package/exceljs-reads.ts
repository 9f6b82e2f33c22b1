// What ExcelJS 4.4's xlsx loader can read, as data: it finds parts by name patterns rather than by following
// relationships, and keeps only some kinds of content. Checked against its loader (lib/xlsx/xlsx.js).

import { rootName } from './xml-tags.js';

/** A kind of part ExcelJS looks up by name, with the names it recognises and how to make one. */
export interface PartNaming {
  pattern: RegExp;
  name(n: number): string;
}

/** Parts ExcelJS finds by name; a part of these types stored under another name is never read. */
export const EXCELJS_PART_NAMES: Readonly<Record<string, PartNaming>> = {
  worksheet: { pattern: /^xl\/worksheets\/sheet\d+\.xml$/, name: (n) => `xl/worksheets/sheet${n}.xml` },
  comments: { pattern: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  vmlDrawing: {
    pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
    name: (n) => `xl/drawings/vmlDrawing${n}.vml`,
  },
  table: { pattern: /^xl\/tables\/table\d+\.xml$/, name: (n) => `xl/tables/table${n}.xml` },
  drawing: { pattern: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/, name: (n) => `xl/drawings/drawing${n}.xml` },
};

/** Media (pictures) ExcelJS reads: a plain name under xl/media. */
export const EXCELJS_MEDIA_NAME = /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/;

/** ExcelJS matches the "xdr:" prefix literally: a drawing written with another prefix cannot be parsed. */
export function drawingReadable(xml: string): boolean {
  return rootName(xml) === 'xdr:wsDr';
}

/** Drawing anchors ExcelJS keeps, and then only when they hold a picture. */
export const KEPT_ANCHORS: ReadonlySet<string> = new Set(['twoCellAnchor', 'oneCellAnchor']);
