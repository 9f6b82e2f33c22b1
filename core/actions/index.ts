// Actions: the use cases as pure, synchronous functions from what a host read to a plan and a report
// (the one exception, contained in today.ts: the clock is read when a caller gives no `today`).
//
// Exports: structureSheet, reevaluate, addAssessmentPoint, collateMaps, summariseSchool, reviewProgress;
// sheetsToRead and collationCandidates (what a host reads first); calendarDate and resolveToday (the date
// an action calls today); the ActionInput / ActionResult / ActionName shapes and MapSource.

export type { ActionInput, ActionResult, ActionName } from './types.js';
export type { MapSource } from './school-book.js';
export { structureSheet } from './structure-sheet.js';
export { reevaluate } from './reevaluate.js';
export { addAssessmentPoint } from './add-assessment-point.js';
export { collateMaps } from './collate-maps.js';
export { summariseSchool } from './summarise-school.js';
export { reviewProgress } from './review-progress.js';
export { sheetsToRead, collationCandidates } from './sheets-to-read.js';
export { calendarDate, resolveToday } from './today.js';
