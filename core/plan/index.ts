// Plans: declarative WorkbookPlans, one layout module per sheet, and the portable formulas they write.
//
// Exports: the plan types and owned sheet names; which columns of a sheet are provmap's (owned-columns);
// the formula builders and their static check; the palette; owned-table reading and merging (table,
// sheet-builder), with who a row is about and how rows are matched across runs (row-identity,
// tracker-keys); formulas built once and repeated down a table (row-formula, tracker-formulas); and each
// sheet's layout: Scales, Provision Map (with the enrolment columns it shares with the School Map),
// Interventions, Pupils, Tracker, Review, School Map and Summary (with the section writer and sections it
// is built from).

export * from './types.js';
export * from './sheet-names.js';
export * from './owned-columns.js';
export * from './formulas.js';
export * from './formula-check.js';
export * from './palette.js';
export * from './number-formats.js';
export * from './row-identity.js';
export * from './table.js';
export * from './sheet-builder.js';
export * from './scale-ranges.js';
export * from './scales-sheet.js';
export * from './enrolment-columns.js';
export * from './provision-map-sheet.js';
export * from './interventions-sheet.js';
export * from './pupil-values.js';
export * from './pupils-sheet.js';
export * from './provision-record.js';
export * from './tracker-sheet.js';
export * from './tracker-keys.js';
export * from './row-formula.js';
export * from './tracker-formulas.js';
export * from './review-sheet.js';
export * from './school-map-sheet.js';
export * from './section-writer.js';
export * from './summary-ranges.js';
export * from './summary-sections.js';
export { summarySheet } from './summary-sheet.js';
