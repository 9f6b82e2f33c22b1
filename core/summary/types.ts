// The figures senior leaders see: headline, impact by intervention and by group, need, cost, review.

import type { InterventionEvaluation } from '../evaluate/intervention.js';
import type { AreaOfNeed } from '../model/types.js';

/** Outcomes for one group of pupils (pupils in provision only). Percentages are fractions 0..1. */
export interface GroupFigures {
  /** "SEN support (K)", "Pupil premium", "Year 3", "Class 3B"... */
  group: string;
  dimension: 'sen' | 'pp' | 'eal' | 'year' | 'class';
  /** Distinct pupils of the group with at least one enrolment. */
  pupils: number;
  /** Their enrolment rows. */
  enrolments: number;
  /** Rows with an outcome: met, partly met or not met. */
  withOutcome: number;
  met: number;
  percentMet: number | null;
  meanProgress: number | null;
}

/** Provision by area of need. Hours and cost sum what is known (null when nothing is). */
export interface NeedFigures {
  area: AreaOfNeed | 'not recorded';
  interventions: number;
  /** Distinct pupils in those interventions. */
  pupils: number;
  hours: number | null;
  cost: number | null;
}

/** An intervention to look at again, with every reason that applies (see review-rules.ts). */
export interface ReviewFlag {
  interventionId: string;
  name: string;
  reasons: string[];
}

export interface Summary {
  headline: {
    /** Distinct pupils with at least one enrolment. */
    pupilsInProvision: number;
    enrolments: number;
    /** Met / rows with an outcome, over every row. */
    percentMet: number | null;
    /** Sum of the known intervention costs. */
    totalCost: number | null;
    /** Cost of the costed interventions / steps those interventions gained. */
    costPerStep: number | null;
    interventionsToReview: number;
  };
  /** Same order as the interventions. */
  byIntervention: (InterventionEvaluation & { name: string })[];
  byGroup: GroupFigures[];
  byNeed: NeedFigures[];
  /** Lowest cost per step first; ties by higher % met; unknown cost last. */
  costEffectiveness: { name: string; costPerStep: number | null; percentMet: number | null }[];
  toReview: ReviewFlag[];
}
