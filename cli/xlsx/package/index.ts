// The xlsx file as a zip package (no Node API): what it holds that the output cannot carry, and the
// repairs that let ExcelJS read packages other writers (openpyxl...) lay out differently.

export { ZipPackage, relsPartOf, resolveTarget, relativeTarget } from './zip-package.js';
export type { Relationship } from './zip-package.js';
export { sheetParts, WORKBOOK_PART } from './sheet-parts.js';
export type { SheetPart } from './sheet-parts.js';
export { findNotKept, NOT_KEPT_NOUNS } from './not-kept.js';
export type { NotKept, NotKeptKind } from './not-kept.js';
export { drawnObjects } from './drawing-objects.js';
export type { DrawnKind, DrawnObject } from './drawing-objects.js';
export { repairForExcelJs, commentTextInRuns, tableWithStyleInfo } from './repair.js';
export { EXCELJS_PART_NAMES, drawingReadable } from './exceljs-reads.js';
export { decodeXml, encodeXmlAttr, startTags, rootName } from './xml-tags.js';
