// The SpreadsheetApp host adapter.
//
// Exports: createSheetsHost (the WorkbookHost port over SpreadsheetApp), applyPlan and its RuleMemory,
// HostLimitError and Sheets' limits, toSheetsInput / needsTextGuard (how text stays text), fingerprint.

export { createSheetsHost, type SheetsHost, type SheetsHostDeps } from './sheets-host.js';
export { applyPlan, type ApplyDeps, type RuleMemory, type ReadFingerprints } from './apply-plan.js';
export { HostLimitError, MAX_CELL_CHARS, MAX_LIST_ITEMS, MAX_WORKBOOK_CELLS } from './limits.js';
export { needsTextGuard, toSheetsInput } from './cell-input.js';
export { fingerprint } from './fingerprint.js';
export { readSheet, isDate } from './read-sheet.js';
export { RollbackError } from './journal.js';
export { PROTECTION_PREFIX } from './write-sheet.js';
