// The evaluation rules as data. The TypeScript evaluator and the spreadsheet formulas both follow these,
// and tests hold the two equal by recalculating generated workbooks in a real spreadsheet engine.
//
// Positions: a grade's position is its 0-based step + 1 (formulas use 1-based positions, 0 = not on scale).
//
// Enrolment (one pupil, one intervention, one scale), with entry E, target T (resolved to an absolute
// grade: a relative target "+n steps" is entry + n, clamped to the scale's last step), exit X:
//   progress = X - E when both are on the scale, else empty.
//   status, first rule that applies:
//     1. no measurable target (none, or relative without entry)  -> 'no target'
//     2. no exit                                                 -> 'pending'
//     3. X >= T                                                  -> 'met'
//     4. E present and X > E                                     -> 'partly met'
//     5. otherwise                                               -> 'not met'
//
// Intervention (over its enrolment rows):
//   pupils       distinct pupils
//   assessed     rows with a progress value
//   met          rows with status 'met'
//   percentMet   met / rows with status met, partly met or not met (empty when none)
//   meanProgress mean of progress over assessed rows (empty when none)
//   totalHours   sessionsPerWeek * minutesPerSession * weeks / 60 (staff hours for the group; empty if any
//                part is unknown)
//   cost         totalHours * costPerHour (empty if either is unknown)
//   costPerPupil cost / pupils
//   stepsGained  sum of progress over assessed rows
//   costPerStep  cost / stepsGained, empty when stepsGained <= 0
//
// Tracked subject, with assessment points 0..n-1 (point 0 is the baseline), baseline B, target T and the
// latest point k > 0 that holds a grade L; n is the number of points in the school year (the sheet's point
// columns, or the settings' assessment points per year when the sheet has fewer so far):
//   expected = B + (T - B) * k / (n - 1)            (a straight line from baseline to target)
//   diff     = ROUND(L - expected, 6)
//   status:  no baseline, no target or no later grade -> 'no data'
//            diff >  t        -> 'ahead'
//            diff >= -t       -> 'on track'
//            diff >= -2t      -> 'slightly behind'
//            otherwise        -> 'off track'
//   where t is the on-track tolerance in steps for the scale (settings, else the scale's default).
//   A missing target is proposed as B + expected steps per year for the pupil's key stage (settings),
//   and reported as a diagnostic so the teacher can change it.

export const ENROLMENT_STATUSES = ['met', 'partly met', 'not met', 'no target', 'pending'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const TRACKING_STATUSES = ['ahead', 'on track', 'slightly behind', 'off track', 'no data'] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

/** Decimal places differences are rounded to before comparing, in code and in formulas alike. */
export const DIFF_DECIMALS = 6;

/** Review decisions recorded at pupil progress review meetings. */
export const REVIEW_DECISIONS = ['continue', 'extend', 'adapt', 'discontinue'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
