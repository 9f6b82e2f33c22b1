// The provmap commands as functions (what program.ts wires to commander): each reads, runs an action,
// writes a new workbook and prints a summary or one JSON report.

export { structureCommand, pickSource } from './structure.js';
export type { StructureOptions, SheetKindOption } from './structure.js';
export { collateCommand, mapsOf, sourceName } from './collate.js';
export { workbookActionCommand } from './workbook-action.js';
export type { WorkbookActionOptions } from './workbook-action.js';
export { demoCommand, demoFiles, DEFAULT_DEMO_DIR } from './demo.js';
export type { DemoFiles } from './demo.js';
export { describeResult, printResult, prepareOutput } from './cli-io.js';
export type { CliIO, OutputOptions } from './cli-io.js';
export { notCopiedDiagnostics, withNotCopied, NOT_COPIED } from './not-copied.js';
export type { CopyPaths } from './not-copied.js';
export { Progress, fileSize, countText, PROGRESS_FROM_BYTES, PROGRESS_FROM_ROWS } from './progress.js';
