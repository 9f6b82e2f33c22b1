// The baseline add-ons provmap is measured against: the same work done one cell at a time.
//
// Exports: naiveSheetsHost (Apps Script, getValue/setValue per cell), naiveExcelHost (Office.js, a sync per
// cell).

export { naiveSheetsHost } from './apps-script-naive.js';
export { naiveExcelHost } from './excel-naive.js';
