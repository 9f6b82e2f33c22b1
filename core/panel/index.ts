// The panel's host-neutral logic: both hosts compute what the panel shows with these pure functions.
//
// Exports: the view-model types (SheetStatus, StructurePreview, StructureCorrections, LeaderFigures,
// ActionOutcome...); sheetStatus (status at a glance); previewStructure and correctSource (the set-up
// preview and the teacher's corrections); FIELD_CHOICES and headingFor (columns a teacher can assign);
// leaderFigures and leaderFiguresFromGrids (headline figures and chart bars); actionOutcome; and the
// formatting helpers formatPercent, formatMoney and plural.

export type * from './types.js';
export { sheetStatus, type StatusOptions } from './status.js';
export { previewStructure, type PreviewOptions } from './preview.js';
export { correctSource, OWN_COLUMN_PREFIX } from './corrections.js';
export { FIELD_CHOICES, POINT_FIELD, headingFor } from './fields.js';
export { leaderFigures, leaderFiguresFromGrids, GROUP_TITLES } from './leader-figures.js';
export { actionOutcome } from './outcome.js';
export { formatPercent, formatMoney, plural } from './format.js';
