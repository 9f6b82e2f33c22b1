// Deterministic synthetic schools for benchmarks and reliability tests: seeded, no Math.random.
//
// Exports: Prng; NATIONAL_RATES; upnCheckLetter, isValidUpn, makeUpn; generateSchool, displayName,
// yearGroupName and the school shapes; classListGrid; provisionMapGrid (seed layouts); wholeSchoolMapGrid
// (every class's map on one sheet); classTrackerGrid and schoolTrackerGrid; schoolWorkbook; the name,
// subject and intervention tables; messyGrade.

export { Prng } from './prng.js';
export { NATIONAL_RATES, type NationalRates } from './rates.js';
export { upnCheckLetter, isValidUpn, makeUpn } from './upn.js';
export {
  generateSchool,
  displayName,
  yearGroupName,
  type SchoolOptions,
  type SyntheticSchool,
  type SyntheticClass,
  type SyntheticPupil,
  type SenCode,
} from './school.js';
export { FORENAMES, SURNAMES } from './names.js';
export { classListGrid, classListRow, CLASS_LIST_HEADER } from './class-list.js';
export {
  provisionMapGrid,
  PROVISION_PREAMBLE_ROWS,
  type ProvisionLayout,
  type ProvisionOptions,
} from './provision-map.js';
export { wholeSchoolMapGrid, WHOLE_SCHOOL_MAP_SHEET } from './school-map.js';
export { INTERVENTIONS, type InterventionTemplate } from './interventions.js';
export {
  classTrackerGrid,
  schoolTrackerGrid,
  subjectScale,
  SUBJECTS,
  POINT_LABELS,
  type TrackerOptions,
  type MessCount,
  type GeneratedTracker,
} from './tracker.js';
export { messyGrade, type MessKind } from './messy.js';
export { gradeLabel, type GradeScale } from './grades.js';
export { schoolWorkbook, type SchoolWorkbook } from './workbook.js';
