// Evaluations as the report shows them (core/report.ts field names are a public contract).

import type { ProvisionMap, Tracker } from '../model/types.js';
import type { EnrolmentReport, InterventionReport, PupilReport, Report } from '../report.js';
import type { Grade } from '../scales/types.js';
import type { MapEvaluation } from './map.js';
import type { ScaleLookup } from './scale-lookup.js';
import type { TrackingEvaluation } from './tracking.js';

function label(g: Grade | null): string | number | null {
  return g ? g.label : null;
}

/**
 * Pupils, interventions and enrolment rows of an evaluated map. Enrolment `pupil` and `intervention` are
 * names (the id when the row names something the map does not list); `target` is the resolved grade label.
 * Grade labels come from the grades themselves, so `_scales` is not consulted.
 */
export function mapReport(
  map: ProvisionMap,
  evaluation: MapEvaluation,
  _scales?: ScaleLookup,
): Pick<Report, 'pupils' | 'interventions' | 'enrolments'> {
  const pupilNames = new Map(map.pupils.map((p) => [p.id, p.name]));
  const interventionNames = new Map(map.interventions.map((i) => [i.id, i.name]));
  const pupils: PupilReport[] = map.pupils.map((p) => ({
    name: p.name,
    upn: p.upn,
    year: p.year,
    group: p.group,
    sen: p.sen,
    pp: p.pp,
    eal: p.eal,
  }));
  const interventions: InterventionReport[] = map.interventions.map((i, index) => {
    const ev = evaluation.interventions[index];
    return {
      name: i.name,
      pupils: ev?.pupils ?? 0,
      assessed: ev?.assessed ?? 0,
      met: ev?.met ?? 0,
      meanProgress: ev?.meanProgress ?? null,
      totalHours: ev?.totalHours ?? null,
      cost: ev?.cost ?? null,
      costPerPupil: ev?.costPerPupil ?? null,
      costPerStep: ev?.costPerStep ?? null,
    };
  });
  const enrolments: EnrolmentReport[] = map.enrolments.map((e, index) => {
    const ev = evaluation.enrolments[index];
    return {
      pupil: pupilNames.get(e.pupilId) ?? e.pupilId,
      intervention: interventionNames.get(e.interventionId) ?? e.interventionId,
      entry: label(e.entry),
      target: label(ev?.targetGrade ?? null),
      exit: label(e.exit),
      progress: ev?.progress ?? null,
      status: ev?.status ?? 'pending',
    };
  });
  return { pupils, interventions, enrolments };
}

/** One row per tracked subject, same order as `t.subjects` and `evaluations`. */
export function trackerReport(t: Tracker, evaluations: readonly TrackingEvaluation[]): Report['tracking'] {
  const pupils = new Map(t.pupils.map((p) => [p.id, p]));
  return t.subjects.map((s, index) => {
    const pupil = pupils.get(s.pupilId);
    const ev = evaluations[index];
    return {
      pupil: pupil?.name ?? s.pupilId,
      subject: s.subject,
      sen: pupil?.sen ?? null,
      pp: pupil?.pp ?? null,
      baseline: label(ev?.baseline ?? null),
      latest: label(ev?.latest ?? null),
      target: label(ev?.target ?? null),
      status: ev?.status ?? 'no data',
    };
  });
}
