// Custom functions for teachers' own formulas: =PROVMAP_STEPS, =PROVMAP_PROGRESS, =PROVMAP_STATUS.
//
// Exports: steps, progress, status (pure, over a ScaleRegistry), scaleFor, broadcast, and
// registryFromProperties (the school's scales, read-only, as custom functions may).

export { steps, progress, status, scaleFor } from './functions.js';
export { broadcast, toCell, type CellResult, type SheetArg } from './broadcast.js';
export { registryFromProperties } from './registry.js';
