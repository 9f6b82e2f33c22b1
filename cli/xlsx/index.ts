// The xlsx host with no Node API: read workbooks into Grids, write WorkbookPlans, export safe CSV.
// The Excel task pane imports `read-workbook.ts` from here into a browser bundle.

export { listSheets, readGrid, readGrids, sheetInfo, worksheetsOf } from './read-workbook.js';
export { openWorkbook, loadWorkbook, reloadWorkbook } from './open-workbook.js';
export type { OpenedWorkbook } from './open-workbook.js';
export { findNotKept, NOT_KEPT_NOUNS } from './package/index.js';
export type { NotKept, NotKeptKind } from './package/index.js';
export { toCellValue } from './cell-value.js';
export { workbookFromGrids } from './new-workbook.js';
export { applyPlanToWorkbook, absoluteRef } from './apply-plan.js';
export { checkPlan, sheetNameProblem } from './plan-check.js';
export { XlsxHost, copyWorkbook } from './xlsx-host.js';
export { toCsv, csvCell, isFormulaTrigger } from './csv-export.js';
export { InputError } from './input-error.js';
export type { InputErrorCode } from './input-error.js';
export { encodeCellText, isRiskyText, MAX_CELL_CHARS } from './text.js';
export { PROTECTION_TITLE, isProtectionValidation } from './validation.js';
export { normaliseValidations } from './validation-cover.js';
export { PROVMAP_ALPHA, isProvmapRule } from './conditional-format.js';
