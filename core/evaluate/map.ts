// A whole provision map evaluated: every enrolment row and every intervention.

import type { ProvisionMap } from '../model/types.js';
import type { Settings } from '../settings.js';
import { evaluateEnrolment, type EnrolmentEvaluation } from './enrolment.js';
import { evaluateIntervention, type InterventionEvaluation } from './intervention.js';
import type { ScaleLookup } from './scale-lookup.js';

export interface MapEvaluation {
  /** Same order as `map.enrolments`. */
  enrolments: EnrolmentEvaluation[];
  /** Same order as `map.interventions`. */
  interventions: InterventionEvaluation[];
}

/** Evaluates every row once, then each intervention over its own rows. */
export function evaluateMap(
  map: Pick<ProvisionMap, 'interventions' | 'enrolments'>,
  scales: ScaleLookup,
  settings: Pick<Settings, 'hourlyRates'>,
): MapEvaluation {
  const enrolments = map.enrolments.map((e) => evaluateEnrolment(e, scales));
  const rows = new Map<
    string,
    { enrolments: ProvisionMap['enrolments']; evaluations: EnrolmentEvaluation[] }
  >();
  map.enrolments.forEach((e, index) => {
    let bucket = rows.get(e.interventionId);
    if (!bucket) rows.set(e.interventionId, (bucket = { enrolments: [], evaluations: [] }));
    bucket.enrolments.push(e);
    bucket.evaluations.push(enrolments[index]!);
  });
  const interventions = map.interventions.map((i) => {
    const own = rows.get(i.id);
    return evaluateIntervention(i, own?.enrolments ?? [], scales, settings, own?.evaluations);
  });
  return { enrolments, interventions };
}
