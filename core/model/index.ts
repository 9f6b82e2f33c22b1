// The domain model.
//
// Exports: the model's types (Pupil, Intervention, Schedule, Enrolment, Target, Assessment, TrackedSubject,
// ProvisionMap, Tracker, ClassList and friends, from types.ts) and assessmentsOf, which lists a tracker's
// grades as Assessments.

export type * from './types.js';
export { assessmentsOf } from './assessments.js';
