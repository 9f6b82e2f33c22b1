// Builds workbook packages for tests: a workbook ExcelJS wrote, then parts and relationships added or
// moved with JSZip, as other programs (Excel, openpyxl) lay them out.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const OD = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** Relationship type URIs. */
export const REL = {
  drawing: `${OD}drawing`,
  chart: `${OD}chart`,
  image: `${OD}image`,
  hyperlink: `${OD}hyperlink`,
  comments: `${OD}comments`,
  vmlDrawing: `${OD}vmlDrawing`,
  table: `${OD}table`,
  pivotTable: `${OD}pivotTable`,
  ctrlProp: `${OD}ctrlProp`,
  oleObject: `${OD}oleObject`,
  externalLink: `${OD}externalLink`,
  chartsheet: `${OD}chartsheet`,
  threadedComment: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
  slicer: 'http://schemas.microsoft.com/office/2007/relationships/slicer',
  vbaProject: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
} as const;

/** The ExcelJS package of a workbook `build` fills in. */
export async function excelJsPackage(build: (wb: ExcelJS.Workbook) => void): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return JSZip.loadAsync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** A plain workbook: sheet "Class 3" (xl/worksheets/sheet1.xml) with a few pupils. */
export function classSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Class 3');
  ws.addRows([
    ['Name', 'Baseline'],
    ['Amy', '2b'],
    ['Joe', '2c'],
  ]);
  return ws;
}

/** A part's text; throws when it is missing. */
export async function partText(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`No part ${part}`);
  return file.async('string');
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds a relationship from `source` (creating its .rels part when there is none). */
export async function addRelationship(
  zip: JSZip,
  source: string,
  rel: { id: string; type: string; target: string; external?: boolean },
): Promise<void> {
  const path = relsOf(source);
  const xml =
    zip.file(path) === null
      ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
      : await partText(zip, path);
  const item = `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${rel.target}"${rel.external ? ' TargetMode="External"' : ''}/>`;
  zip.file(path, xml.replace('</Relationships>', `${item}</Relationships>`));
}

/** Replaces text in a part; throws when `from` is not there, so a test never passes on a no-op. */
export async function editPart(zip: JSZip, part: string, from: string | RegExp, to: string): Promise<void> {
  const xml = await partText(zip, part);
  const next = xml.replace(from, to);
  if (next === xml) throw new Error(`${String(from)} not found in ${part}`);
  zip.file(part, next);
}

/** Moves a part to a new name. */
export async function movePart(zip: JSZip, from: string, to: string): Promise<void> {
  zip.file(to, await zip.file(from)!.async('uint8array'));
  zip.remove(from);
}

/** The package as bytes. */
export async function bytesOf(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Part names of a package, sorted. */
export async function partsOf(bytes: Uint8Array | ArrayBuffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files)
    .filter((n) => !zip.files[n]!.dir)
    .sort();
}

/** A drawing anchor at a 0-based cell holding `object` (an xdr:pic, xdr:sp or xdr:graphicFrame). */
export function anchorXml(col: number, row: number, object: string): string {
  const at = (c: number, r: number) =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:twoCellAnchor><xdr:from>${at(col, row)}</xdr:from><xdr:to>${at(col + 3, row + 5)}</xdr:to>${object}<xdr:clientData/></xdr:twoCellAnchor>`;
}

/** A chart's graphic frame, its chart named by relationship `rId`. */
export function chartFrame(rId: string): string {
  return `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
}

/** A text box. */
export const TEXT_BOX =
  '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="7" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Remember: review in March</a:t></a:r></a:p></xdr:txBody></xdr:sp>';

/** A minimal chart part (a bar chart of nothing; enough for a package, never drawn). */
export const CHART_PART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/></c:barChart></c:plotArea></c:chart></c:chartSpace>';

/** A 1x1 PNG. */
export const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
