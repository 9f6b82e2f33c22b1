// When an intervention is flagged for review: the rules as data, and the check that applies them.

import type { InterventionEvaluation } from '../evaluate/intervention.js';
import type { Intervention } from '../model/types.js';
import type { ReviewFlag } from './types.js';

/**
 * An intervention is flagged when any of these holds:
 * - fewer than `minPercentMet` of the rows with an outcome met their target (at least one outcome);
 * - mean progress is at most `maxMeanProgress` steps (at least one row assessed);
 * - its cost per step is above `costPerStepFactor` times the median cost per step of the interventions
 *   that have one, when at least `minForMedian` do;
 * - its end date has passed and none of its rows has exit data.
 */
export const REVIEW_RULES = {
  minPercentMet: 0.5,
  maxMeanProgress: 0,
  costPerStepFactor: 2,
  minForMedian: 3,
} as const;

/** What the review check needs to know about one intervention. */
export interface ReviewInput {
  intervention: Intervention;
  evaluation: InterventionEvaluation;
  /** Rows of the intervention, and how many of them have an exit grade. */
  rows: number;
  rowsWithExit: number;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;
const money = (currency: string, x: number): string => `${currency}${x.toFixed(2)}`;
const steps = (x: number): string => `${Number(x.toFixed(2))} step${x === 1 ? '' : 's'}`;

/** Flags, in intervention order, for every intervention with at least one reason. `today` is yyyy-mm-dd. */
export function reviewFlags(items: readonly ReviewInput[], today: string, currency: string): ReviewFlag[] {
  const costs = items.map((x) => x.evaluation.costPerStep).filter((c): c is number => c !== null);
  const medianCost = costs.length >= REVIEW_RULES.minForMedian ? median(costs) : null;
  const flags: ReviewFlag[] = [];
  for (const { intervention, evaluation: ev, rows, rowsWithExit } of items) {
    const reasons: string[] = [];
    if (ev.percentMet !== null && ev.percentMet < REVIEW_RULES.minPercentMet)
      reasons.push(`Only ${percent(ev.percentMet)} of pupils with an outcome met their target.`);
    if (ev.meanProgress !== null && ev.meanProgress <= REVIEW_RULES.maxMeanProgress)
      reasons.push(`Mean progress is ${steps(ev.meanProgress)}.`);
    if (
      medianCost !== null &&
      ev.costPerStep !== null &&
      ev.costPerStep > REVIEW_RULES.costPerStepFactor * medianCost
    )
      reasons.push(
        `Cost per step (${money(currency, ev.costPerStep)}) is over ${REVIEW_RULES.costPerStepFactor} times the school median (${money(currency, medianCost)}).`,
      );
    if (intervention.end !== null && intervention.end < today && rows > 0 && rowsWithExit === 0)
      reasons.push(`Ended on ${intervention.end} with no exit data recorded.`);
    if (reasons.length > 0) flags.push({ interventionId: intervention.id, name: intervention.name, reasons });
  }
  return flags;
}
