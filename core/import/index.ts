// Import: from a Grid (cell values plus merged ranges) to the model, with Diagnostics for what cannot be
// placed. Reads teachers' provision maps, MIS class lists, progress trackers and provmap's own sheets.
//
// Exports: importSheet and detectSheetKind; the value readers parseSchedule, parseRatio, parseTarget,
// parseLeuvenPair, parseYearGroup, parseSenStatus, parseFlag, parseDate; the identity rules pupilKey and
// interventionKey; the column table (FIELDS, KIND_FIELDS, fieldOf) and the area-of-need rule tables.

export type { SheetKind, SheetDetection, ImportResult, ColumnMap, ImportOptions } from './types.js';
export { importSheet } from './import-sheet.js';
export { detectSheetKind } from './header.js';
export { parseSchedule, SCHOOL_DAYS_PER_WEEK } from './schedule.js';
export { parseRatio } from './ratio.js';
export { parseTarget } from './target.js';
export { parseLeuvenPair, LEUVEN_PAIR_SCALES } from './leuven.js';
export { pupilKey, interventionKey } from './pupil-key.js';
export { parseYearGroup, parseSenStatus, parseFlag, parseDate } from './mis-values.js';
export { FIELDS, KIND_FIELDS, type FieldId, type FieldDefinition } from './columns.js';
export { fieldOf, isPointHeader } from './header-meaning.js';
export {
  AREA_KEYWORDS,
  AREA_INFERENCE_RULES,
  inferAreaOfNeed,
  parseAreaOfNeed,
  type AreaReading,
} from './area-of-need.js';
export { subjectFromText, DEFAULT_SUBJECT } from './subject.js';
export { MAX_CELL_CHARS } from './text.js';
