// The objects a sheet's drawing part holds (pictures, charts, shapes...), where each is anchored, and
// whether ExcelJS keeps it.

import { a1 } from '../../../core/grid.js';
import { drawingReadable, EXCELJS_MEDIA_NAME, KEPT_ANCHORS } from './exceljs-reads.js';
import { elementText, startTags } from './xml-tags.js';
import type { Relationship } from './zip-package.js';

/** What a drawn object is, as a teacher would name it. */
export type DrawnKind = 'picture' | 'chart' | 'diagram' | 'shape';

/** One object on a sheet's drawing. */
export interface DrawnObject {
  kind: DrawnKind;
  /** The cell its top-left corner is anchored to; null for an object placed by absolute position. */
  cell: string | null;
  /** Whether the output keeps it. */
  kept: boolean;
}

/** Top-level objects of an anchor, by local name; the first one found is the object. */
const OBJECTS: Readonly<Record<string, DrawnKind>> = {
  pic: 'picture',
  graphicFrame: 'diagram',
  sp: 'shape',
  cxnSp: 'shape',
  grpSp: 'shape',
  contentPart: 'shape',
};

function objectOf(anchor: string): { kind: DrawnKind; local: string } | null {
  const m = /<(?:[\w.-]+:)?(pic|graphicFrame|sp|cxnSp|grpSp|contentPart)[\s/>]/.exec(anchor);
  if (!m) return null;
  const local = m[1]!;
  // A graphic frame holds a chart (or an Excel 2016 chart, "chartex"), a SmartArt diagram or an object.
  if (local === 'graphicFrame') {
    const uri = startTags(anchor, 'graphicData')[0]?.attrs.get('uri') ?? '';
    return { kind: /\/chart(ex)?$/.test(uri) ? 'chart' : 'diagram', local };
  }
  return { kind: OBJECTS[local]!, local };
}

function anchorCell(anchor: string): string | null {
  const from = /<(?:[\w.-]+:)?from[\s>]/.exec(anchor);
  if (!from) return null;
  const col = Number(elementText(anchor, 'col', from.index));
  const row = Number(elementText(anchor, 'row', from.index));
  return Number.isInteger(col) && Number.isInteger(row) && col >= 0 && row >= 0 ? a1(row, col) : null;
}

/**
 * The objects in a drawing part. `rels` are the drawing's own relationships (to its pictures' media).
 * Form controls also leave a shape in the drawing; they are counted from the sheet's controls instead.
 */
export function drawnObjects(xml: string, rels: readonly Relationship[]): DrawnObject[] {
  const readable = drawingReadable(xml);
  const media = new Map(rels.map((r) => [r.id, r.part]));
  const out: DrawnObject[] = [];
  const anchors = xml.matchAll(
    /<((?:[\w.-]+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor))[\s>][\s\S]*?<\/\1>/g,
  );
  for (const m of anchors) {
    const anchor = m[0];
    const object = objectOf(anchor);
    if (!object || /compatExt/.test(anchor)) continue;
    const embed = startTags(anchor, 'blip')[0]?.attrs.get('embed');
    const part = embed === undefined ? undefined : media.get(embed);
    const kept =
      readable &&
      KEPT_ANCHORS.has(m[2]!) &&
      object.local === 'pic' &&
      typeof part === 'string' &&
      EXCELJS_MEDIA_NAME.test(part);
    out.push({ kind: object.kind, cell: m[2] === 'absoluteAnchor' ? null : anchorCell(anchor), kept });
  }
  return out;
}
