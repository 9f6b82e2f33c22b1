// The Summary's sections below the headline: impact by intervention, progress by group, pattern of need,
// cost-effectiveness and interventions to review.

import { a1 } from '../grid.js';
import { AREA_LABELS } from './enrolment-columns.js';
import {
  countNumbersWhere,
  countWhere,
  distinctCount,
  eq,
  filterCondition,
  lookupExact,
  num,
  productOf,
  ratio,
  sumWhere,
  text,
  type Filter,
} from './formulas.js';
import { currencyFormat, DECIMAL_FORMAT, PERCENT_FORMAT, WHOLE_FORMAT } from './number-formats.js';
import type { SectionWriter } from './section-writer.js';
import { ImpactTable, type SummaryInput, type SummaryRanges } from './summary-ranges.js';
import type { PlanValue } from './types.js';

/** Column indexes of the impact table. */
export const IMPACT = {
  name: 0,
  area: 1,
  pupils: 2,
  assessed: 3,
  met: 4,
  percentMet: 5,
  mean: 6,
  steps: 7,
  hours: 8,
  rate: 9,
  cost: 10,
  perPupil: 11,
  perStep: 12,
} as const;

/** Impact by intervention: live counts over the source; hours and cost per hour as at the last run. */
export function impactSection(w: SectionWriter, p: SummaryInput, s: SummaryRanges): ImpactTable {
  const first = w.section(
    'Impact by intervention',
    [
      'Intervention',
      'Area of need',
      'Pupils',
      'Assessed',
      'Met',
      '% met',
      'Mean progress',
      'Steps gained',
      'Hours',
      'Cost per hour',
      'Cost',
      'Cost per pupil',
      'Cost per step',
    ],
    2,
  );
  const live = (formula: string): PlanValue => (s.live ? { formula } : null);
  p.summary.byIntervention.forEach((ev, i) => {
    const at = (c: number): string => a1(w.next, c);
    const mine = eq(s.intervention, at(IMPACT.name));
    const area = p.interventions[i]?.area ?? null;
    w.push([
      ev.name,
      area ? AREA_LABELS[area] : null,
      live(distinctCount([{ range: s.intervention, values: [at(IMPACT.name)] }], s.keys)),
      live(countNumbersWhere([mine], s.progress)),
      live(countWhere([mine, eq(s.status, text('met'))])),
      live(`IF(${s.outcomes([mine])}>0,${at(IMPACT.met)}/${s.outcomes([mine])},"")`),
      { formula: ratio(at(IMPACT.steps), at(IMPACT.assessed)) },
      live(sumWhere([mine], s.progress)),
      ev.totalHours,
      ev.costPerHour,
      { formula: productOf([at(IMPACT.hours), at(IMPACT.rate)]) },
      { formula: ratio(at(IMPACT.cost), at(IMPACT.pupils)) },
      { formula: ratio(at(IMPACT.cost), at(IMPACT.steps)) },
    ]);
  });
  const money = currencyFormat(p.currency);
  w.formatColumns(first, [
    [IMPACT.pupils, WHOLE_FORMAT],
    [IMPACT.assessed, WHOLE_FORMAT],
    [IMPACT.met, WHOLE_FORMAT],
    [IMPACT.percentMet, PERCENT_FORMAT],
    [IMPACT.mean, DECIMAL_FORMAT],
    [IMPACT.steps, WHOLE_FORMAT],
    [IMPACT.hours, DECIMAL_FORMAT],
    [IMPACT.rate, money],
    [IMPACT.cost, money],
    [IMPACT.perPupil, money],
    [IMPACT.perStep, money],
  ]);
  w.protect(first, 13, 'Impact by intervention');
  return new ImpactTable(first, w.next - 1);
}

/** Progress by group: live where the source has the group's column, else as at the last run. */
export function groupSection(w: SectionWriter, p: SummaryInput, s: SummaryRanges): void {
  const first = w.section('Progress by group (pupils in provision)', [
    'Group',
    'Pupils',
    'Enrolments',
    'With outcome',
    'Met',
    '% met',
    'Mean progress',
  ]);
  if (p.summary.byGroup.length === 0)
    w.none('None yet: no SEN status, pupil premium, EAL, year or class is recorded for these pupils.');
  p.summary.byGroup.forEach((g, i) => {
    const filter = p.groupFilters[i] ?? null;
    const range = filter ? s.range(filter.column) : null;
    if (!filter || !range || !s.live || filter.values.length === 0) {
      w.push([g.group, g.pupils, g.enrolments, g.withOutcome, g.met, g.percentMet, g.meanProgress]);
      return;
    }
    const r = w.next;
    const by: Filter = {
      range,
      values: filter.values.map((v) => (typeof v === 'number' ? num(v) : text(v))),
    };
    const cond = filterCondition(by);
    w.push([
      g.group,
      { formula: distinctCount([by], s.keys) },
      { formula: countWhere([cond, `(${s.pupil}<>"")`]) },
      { formula: s.outcomes([cond]) },
      { formula: countWhere([cond, eq(s.status, text('met'))]) },
      { formula: `IF(${a1(r, 3)}>0,${a1(r, 4)}/${a1(r, 3)},"")` },
      { formula: ratio(sumWhere([cond], s.progress), countNumbersWhere([cond], s.progress)) },
    ]);
  });
  w.formatColumns(first, [
    [1, WHOLE_FORMAT],
    [2, WHOLE_FORMAT],
    [3, WHOLE_FORMAT],
    [4, WHOLE_FORMAT],
    [5, PERCENT_FORMAT],
    [6, DECIMAL_FORMAT],
  ]);
  w.protect(first, 7, 'Progress by group');
}

/** Pattern of need: interventions, hours and cost from the impact table; pupils live over the source. */
export function needSection(w: SectionWriter, p: SummaryInput, s: SummaryRanges, impact: ImpactTable): void {
  const first = w.section('Pattern of need', ['Area of need', 'Interventions', 'Pupils', 'Hours', 'Cost']);
  const areaCol = s.range(p.source.area);
  for (const need of p.summary.byNeed) {
    const label = need.area === 'not recorded' ? null : AREA_LABELS[need.area];
    const value = text(label ?? '');
    const inTable = eq(impact.col(IMPACT.area), value);
    const known = (c: number): string =>
      impact.hasRows
        ? `IF(${countNumbersWhere([inTable], impact.col(c))}>0,${sumWhere([inTable], impact.col(c))},"")`
        : '""';
    w.push([
      label ?? 'Not recorded',
      impact.hasRows ? { formula: countWhere([inTable]) } : 0,
      s.live && areaCol
        ? { formula: distinctCount([{ range: areaCol, values: [value] }], s.keys) }
        : need.pupils,
      { formula: known(IMPACT.hours) },
      { formula: known(IMPACT.cost) },
    ]);
  }
  w.formatColumns(first, [
    [1, WHOLE_FORMAT],
    [2, WHOLE_FORMAT],
    [3, DECIMAL_FORMAT],
    [4, currencyFormat(p.currency)],
  ]);
  w.protect(first, 5, 'Pattern of need');
}

/** Cost-effectiveness in core's order (as at the last run), its figures looked up live in the impact table. */
export function costSection(w: SectionWriter, p: SummaryInput, impact: ImpactTable): void {
  const first = w.section('Cost-effectiveness (lowest cost per step first, as at the last run)', [
    'Intervention',
    'Cost per step',
    '% met',
  ]);
  for (const c of p.summary.costEffectiveness) {
    const key = a1(w.next, 0);
    const look = (col: number): PlanValue =>
      impact.hasRows
        ? { formula: lookupExact(impact.col(IMPACT.name), impact.col(col), key, impact.first + 1) }
        : null;
    w.push([c.name, look(IMPACT.perStep), look(IMPACT.percentMet)]);
  }
  w.formatColumns(first, [
    [1, currencyFormat(p.currency)],
    [2, PERCENT_FORMAT],
  ]);
  w.protect(first, 3, 'Cost-effectiveness');
}

/** Interventions to review, with core's reasons as text. */
export function reviewSection(w: SectionWriter, p: SummaryInput): void {
  const first = w.section('Interventions to review (as at the last run)', ['Intervention', 'Reasons'], 2);
  for (const flag of p.summary.toReview) w.push([flag.name, flag.reasons.join(' ')]);
  if (p.summary.toReview.length === 0) w.none('None: no intervention needs review.');
  w.protect(first, 2, 'Interventions to review');
}
