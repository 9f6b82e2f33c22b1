// Collation: many class maps -> one school map, pupils matched across sheets (rules in pupil-index.ts).
//
// Exports: collate, the ClassMapInput / SchoolEnrolment / SchoolMap shapes, emptySchoolMap, and the
// matching building blocks (PupilIndex, compatible, nameKey...) for actions that match pupils themselves.

export { collate } from './collate.js';
export { emptySchoolMap, type ClassMapInput, type SchoolEnrolment, type SchoolMap } from './school-map.js';
export { PupilIndex, compatible, type MatchResult, type MatchRule } from './pupil-index.js';
export { nameKey, forenameKey, upnKey, groupKey } from './keys.js';
export { mergePupil, mergeIntervention, type Conflict } from './merge.js';
