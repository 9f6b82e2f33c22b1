// The Excel adapter of core's WorkbookHost port, and the pieces tests and the task pane use.
// Exports: ExcelHost, officeRun, capability checks, Office error classes, the chunker and cell helpers.

export { ExcelHost, officeRun } from './excel-host.js';
export type { ExcelHostOptions, ExcelRun, ApplyNotes } from './excel-host.js';
export { detectCapabilities, requireMinimum, MINIMUM_EXCEL_API } from './capabilities.js';
export type { Capabilities, IsSetSupported } from './capabilities.js';
export {
  SyncTimeoutError,
  UnsupportedHostError,
  WriteFailedError,
  isPayloadTooLarge,
  officeCode,
} from './office-errors.js';
export { BusyError } from './lock.js';
export { ChangedSinceReadError } from './snapshot.js';
export {
  PAYLOAD_LIMIT_BYTES,
  DEFAULT_CHUNK_BYTES,
  DEFAULT_CHUNK_ROWS,
  planChunks,
  halve,
  rowBytes,
  cellBytes,
} from './chunker.js';
export {
  excelWouldReinterpret,
  toExcelCell,
  dateToSerial,
  serialToDate,
  isDateFormat,
  TEXT_FORMAT,
} from './cell-values.js';
export { sheetMatrix } from './sheet-matrix.js';
export { isProvmapFormat, provmapPalette, excelFormatRule } from './conditional-formats.js';
export {
  excelValidation,
  excelProtection,
  isProtectionRule,
  PROTECTION_FORMULA,
} from './validation-rules.js';
