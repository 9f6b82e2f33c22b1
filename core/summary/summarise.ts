// Builds the summary of a school map (or of one class map) from evaluated rows.

import type { SchoolMap } from '../collate/school-map.js';
import { evaluateMap } from '../evaluate/map.js';
import type { EnrolmentEvaluation } from '../evaluate/enrolment.js';
import type { ScaleLookup } from '../evaluate/scale-lookup.js';
import type { AreaOfNeed, Enrolment, ProvisionMap, Pupil } from '../model/types.js';
import type { Settings } from '../settings.js';
import { compareOrder, GROUP_DIMENSIONS } from './groups.js';
import { reviewFlags } from './review-rules.js';
import type { GroupFigures, NeedFigures, Summary } from './types.js';

const AREAS: readonly (AreaOfNeed | 'not recorded')[] = [
  'communication and interaction',
  'cognition and learning',
  'social, emotional and mental health',
  'sensory and/or physical',
  'not recorded',
];

const hasOutcome = (ev: EnrolmentEvaluation): boolean =>
  ev.status === 'met' || ev.status === 'partly met' || ev.status === 'not met';

/** Sum of the known values, or null when none is known. */
function sumKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

interface Tally {
  pupils: Set<string>;
  enrolments: number;
  withOutcome: number;
  met: number;
  progress: number;
  assessed: number;
}

const newTally = (): Tally => ({
  pupils: new Set(),
  enrolments: 0,
  withOutcome: 0,
  met: 0,
  progress: 0,
  assessed: 0,
});

function count(t: Tally, e: Enrolment, ev: EnrolmentEvaluation): void {
  t.pupils.add(e.pupilId);
  t.enrolments += 1;
  if (hasOutcome(ev)) t.withOutcome += 1;
  if (ev.status === 'met') t.met += 1;
  if (ev.progress !== null) {
    t.assessed += 1;
    t.progress += ev.progress;
  }
}

/**
 * The figures senior leaders see. Rows are evaluated once (rules.ts); groups count pupils in provision
 * only and are omitted when empty. `today` (yyyy-mm-dd, the school's calendar date) decides which
 * interventions have ended; core reads no clock here, so the caller gives it.
 */
export function summarise(
  school: SchoolMap | ProvisionMap,
  scales: ScaleLookup,
  settings: Pick<Settings, 'hourlyRates' | 'currency'>,
  options: { today: string },
): Summary {
  const evaluation = evaluateMap(school, scales, settings);
  const rows = school.enrolments.map((e, i) => ({ e, ev: evaluation.enrolments[i]! }));
  const all = newTally();
  for (const { e, ev } of rows) count(all, e, ev);

  const byIntervention = school.interventions.map((i, index) => ({
    ...evaluation.interventions[index]!,
    name: i.name,
  }));
  const costed = byIntervention.filter((i) => i.cost !== null);
  const costedSteps = costed.reduce((a, i) => a + i.stepsGained, 0);
  const totalCost = sumKnown(byIntervention.map((i) => i.cost));

  const rowsPerIntervention = new Map<string, { rows: number; withExit: number; pupils: Set<string> }>();
  for (const { e } of rows) {
    const r = rowsPerIntervention.get(e.interventionId) ?? {
      rows: 0,
      withExit: 0,
      pupils: new Set<string>(),
    };
    r.rows += 1;
    if (e.exit) r.withExit += 1;
    r.pupils.add(e.pupilId);
    rowsPerIntervention.set(e.interventionId, r);
  }
  const today = options.today;
  const toReview = reviewFlags(
    school.interventions.map((intervention, index) => ({
      intervention,
      evaluation: evaluation.interventions[index]!,
      rows: rowsPerIntervention.get(intervention.id)?.rows ?? 0,
      rowsWithExit: rowsPerIntervention.get(intervention.id)?.withExit ?? 0,
    })),
    today,
    settings.currency,
  );

  const byNeed: NeedFigures[] = AREAS.flatMap((area) => {
    const indexes = school.interventions.flatMap((i, index) =>
      (i.area ?? 'not recorded') === area ? [index] : [],
    );
    if (indexes.length === 0) return [];
    const pupils = new Set<string>();
    for (const index of indexes)
      for (const p of rowsPerIntervention.get(school.interventions[index]!.id)?.pupils ?? []) pupils.add(p);
    const evs = indexes.map((index) => evaluation.interventions[index]!);
    return [
      {
        area,
        interventions: indexes.length,
        pupils: pupils.size,
        hours: sumKnown(evs.map((ev) => ev.totalHours)),
        cost: sumKnown(evs.map((ev) => ev.cost)),
      },
    ];
  });

  const costEffectiveness = byIntervention
    .map((i, index) => ({ name: i.name, costPerStep: i.costPerStep, percentMet: i.percentMet, index }))
    .sort(
      (a, b) =>
        nullsLast(a.costPerStep, b.costPerStep, (x, y) => x - y) ||
        nullsLast(a.percentMet, b.percentMet, (x, y) => y - x) ||
        a.index - b.index,
    )
    .map(({ name, costPerStep, percentMet }) => ({ name, costPerStep, percentMet }));

  return {
    headline: {
      pupilsInProvision: all.pupils.size,
      enrolments: all.enrolments,
      percentMet: all.withOutcome > 0 ? all.met / all.withOutcome : null,
      totalCost,
      costPerStep:
        costed.length > 0 && costedSteps > 0 ? sumKnown(costed.map((i) => i.cost))! / costedSteps : null,
      interventionsToReview: toReview.length,
    },
    byIntervention,
    byGroup: groupFigures(school.pupils, rows),
    byNeed,
    costEffectiveness,
    toReview,
  };
}

function nullsLast(a: number | null, b: number | null, compare: (x: number, y: number) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

function groupFigures(
  pupils: readonly Pupil[],
  rows: readonly { e: Enrolment; ev: EnrolmentEvaluation }[],
): GroupFigures[] {
  const out: GroupFigures[] = [];
  for (const dim of GROUP_DIMENSIONS) {
    const groups = new Map<string, { label: string; order: number | string; tally: Tally }>();
    // Each pupil's group once, then each row counted into its pupil's group.
    const entryOf = new Map<string, { tally: Tally }>();
    for (const p of pupils) {
      const g = dim.groupOf(p);
      if (!g) continue;
      let entry = groups.get(g.key);
      if (!entry) groups.set(g.key, (entry = { label: g.label, order: g.order, tally: newTally() }));
      entryOf.set(p.id, entry);
    }
    for (const { e, ev } of rows) {
      const entry = entryOf.get(e.pupilId);
      if (entry) count(entry.tally, e, ev);
    }
    for (const [key, entry] of groups) if (entry.tally.enrolments === 0) groups.delete(key);
    const sorted = [...groups.values()].sort((a, b) => compareOrder(a.order, b.order));
    for (const { label, tally: t } of sorted)
      out.push({
        group: label,
        dimension: dim.dimension,
        pupils: t.pupils.size,
        enrolments: t.enrolments,
        withOutcome: t.withOutcome,
        met: t.met,
        percentMet: t.withOutcome > 0 ? t.met / t.withOutcome : null,
        meanProgress: t.assessed > 0 ? t.progress / t.assessed : null,
      });
  }
  return out;
}
