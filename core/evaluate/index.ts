// Evaluation: progress, target met, on-track status, impact and cost, as rules.ts states them.
//
// Exports: the rules (rules.ts); roundTo (spreadsheet ROUND); resolveTarget and evaluateEnrolment;
// evaluateIntervention with its hours and hourly-rate helpers; evaluateTracked, evaluateTracker,
// proposeTarget and toleranceFor; evaluateMap; mapReport and trackerReport for the report.

export * from './rules.js';
export { roundTo } from './rounding.js';
export { scaleFor, position, type ScaleLookup } from './scale-lookup.js';
export { resolveTarget, evaluateEnrolment, type EnrolmentEvaluation } from './enrolment.js';
export { rateKeyFor, hourlyRateFor } from './hourly-rate.js';
export {
  evaluateIntervention,
  totalHoursOf,
  costPerHourOf,
  type InterventionEvaluation,
} from './intervention.js';
export {
  evaluateTracked,
  evaluateTracker,
  proposeTarget,
  expectedStepsFor,
  toleranceFor,
  type TrackingEvaluation,
} from './tracking.js';
export { evaluateMap, type MapEvaluation } from './map.js';
export { mapReport, trackerReport } from './report.js';
