// Impact and cost of one intervention over its enrolment rows, following rules.ts.

import type { Enrolment, Intervention, Schedule } from '../model/types.js';
import type { Settings } from '../settings.js';
import { evaluateEnrolment, type EnrolmentEvaluation } from './enrolment.js';
import { hourlyRateFor } from './hourly-rate.js';
import type { ScaleLookup } from './scale-lookup.js';

export interface InterventionEvaluation {
  interventionId: string;
  /** Distinct pupils. */
  pupils: number;
  /** Rows with a progress value. */
  assessed: number;
  /** Rows whose status is 'met'. */
  met: number;
  /** met / rows with an outcome (met, partly met, not met), as a fraction 0..1. */
  percentMet: number | null;
  meanProgress: number | null;
  /** Staff hours for the group over the whole intervention. */
  totalHours: number | null;
  cost: number | null;
  costPerPupil: number | null;
  /** Sum of progress over assessed rows. */
  stepsGained: number;
  /** Empty when no steps were gained. */
  costPerStep: number | null;
  /** The hourly cost used: the sheet's own, else the settings rate for the staff role. */
  costPerHour: number | null;
}

/** sessionsPerWeek * minutesPerSession * weeks / 60, or null if any part is unknown. */
export function totalHoursOf(schedule: Schedule): number | null {
  const { sessionsPerWeek, minutesPerSession, weeks } = schedule;
  if (sessionsPerWeek === null || minutesPerSession === null || weeks === null) return null;
  return (sessionsPerWeek * minutesPerSession * weeks) / 60;
}

/** The intervention's own hourly cost, else the settings rate for its staff (see hourly-rate.ts). */
export function costPerHourOf(i: Intervention, settings: Pick<Settings, 'hourlyRates'>): number | null {
  return i.costPerHour ?? hourlyRateFor(i.staff, settings.hourlyRates);
}

/**
 * Figures for one intervention over the rows of `enrolments` that belong to it (rows of other
 * interventions are ignored, so a whole map's enrolments may be passed). `evaluations`, when given, are
 * the rows' evaluations in the same order, to avoid evaluating twice.
 */
export function evaluateIntervention(
  i: Intervention,
  enrolments: readonly Enrolment[],
  scales: ScaleLookup,
  settings: Pick<Settings, 'hourlyRates'>,
  evaluations?: readonly EnrolmentEvaluation[],
): InterventionEvaluation {
  const pupils = new Set<string>();
  let assessed = 0;
  let met = 0;
  let withOutcome = 0;
  let stepsGained = 0;
  enrolments.forEach((e, index) => {
    if (e.interventionId !== i.id) return;
    const ev = evaluations?.[index] ?? evaluateEnrolment(e, scales);
    pupils.add(e.pupilId);
    if (ev.progress !== null) {
      assessed += 1;
      stepsGained += ev.progress;
    }
    if (ev.status === 'met') met += 1;
    if (ev.status === 'met' || ev.status === 'partly met' || ev.status === 'not met') withOutcome += 1;
  });
  const totalHours = totalHoursOf(i.schedule);
  const costPerHour = costPerHourOf(i, settings);
  const cost = totalHours !== null && costPerHour !== null ? totalHours * costPerHour : null;
  return {
    interventionId: i.id,
    pupils: pupils.size,
    assessed,
    met,
    percentMet: withOutcome > 0 ? met / withOutcome : null,
    meanProgress: assessed > 0 ? stepsGained / assessed : null,
    totalHours,
    cost,
    costPerPupil: cost !== null && pupils.size > 0 ? cost / pupils.size : null,
    stepsGained,
    costPerStep: cost !== null && stepsGained > 0 ? cost / stepsGained : null,
    costPerHour,
  };
}
