// The action report: pupils, interventions, enrolments and tracking as the written sheets hold them, and
// every diagnostic met on the way.

import { evaluateMap, mapReport, trackerReport } from '../evaluate/index.js';
import type { Pupil } from '../model/types.js';
import { emptyReport, reportDiagnostics, type PupilReport, type Report } from '../report.js';
import { uniqueDiagnostics, type ActionContext } from './context.js';
import { distinctPupils, PupilRoster } from './pupil-roster.js';
import type { ProvisionBook } from './provision-book.js';
import type { SchoolBook } from './school-book.js';
import type { TrackerBook } from './tracker-book.js';

function pupilReport(p: Pupil): PupilReport {
  return { name: p.name, upn: p.upn, year: p.year, group: p.group, sen: p.sen, pp: p.pp, eal: p.eal };
}

/**
 * The report of an action: enrolments and interventions from the class map (else the school map),
 * tracking from the tracker; `pupils` (the Pupils sheet's) win over the books' own.
 */
export function actionReport(
  ctx: ActionContext,
  parts: {
    provision?: ProvisionBook | null;
    tracker?: TrackerBook | null;
    school?: SchoolBook | null;
    pupils?: readonly Pupil[];
  },
): Report {
  const report = emptyReport();
  // One entry per child: a book's pupil is added unless it is one of the pupils listed so far (a name
  // that could be several of them is listed apart, as on the Pupils sheet).
  const pupils = new PupilRoster(distinctPupils(parts.pupils ?? []).pupils);
  const add = (p: Pupil): void => {
    if (pupils.find(p).kind !== 'match') pupils.add(p);
  };
  if (parts.provision) {
    const r = mapReport(parts.provision.map, parts.provision.evaluation, ctx.scales);
    report.interventions = r.interventions;
    report.enrolments = r.enrolments;
    parts.provision.map.pupils.forEach(add);
  } else if (parts.school) {
    const school = parts.school;
    const r = mapReport(
      { ...school.school, title: null, strategies: [] },
      evaluateMap(school.school, ctx.scales, ctx.settings),
      ctx.scales,
    );
    report.interventions = r.interventions;
    report.enrolments = r.enrolments;
    school.school.pupils.forEach(add);
  }
  if (parts.tracker) {
    report.tracking = trackerReport(parts.tracker.tracker, parts.tracker.evaluations);
    parts.tracker.tracker.pupils.forEach(add);
  }
  report.pupils = pupils.pupils.map(pupilReport);
  report.diagnostics = reportDiagnostics(uniqueDiagnostics(ctx.diagnostics));
  return report;
}
