// The Summary sheet for senior leaders: headline figures, impact by intervention, progress by group,
// pattern of need, cost-effectiveness and interventions to review. Figures are live formulas over the
// School Map (or a class Provision Map) wherever portable; the rest is as at the last run.

import { a1 } from '../grid.js';
import { countWhere, distinctCount, eq, text } from './formulas.js';
import { currencyFormat, PERCENT_FORMAT, WHOLE_FORMAT } from './number-formats.js';
import { SectionWriter } from './section-writer.js';
import { emptySheet } from './sheet-builder.js';
import { SHEET } from './sheet-names.js';
import {
  costSection,
  groupSection,
  IMPACT,
  impactSection,
  needSection,
  reviewSection,
} from './summary-sections.js';
import { summaryRanges, type SummaryInput } from './summary-ranges.js';
import type { PlanValue, SheetPlan } from './types.js';

export type { GroupFilter, SummaryInput, SummarySource } from './summary-ranges.js';

const HEADLINE_ROWS = 6;

/** The Summary sheet plan. */
export function summarySheet(p: SummaryInput): SheetPlan {
  const sheet = emptySheet(SHEET.summary);
  const w = new SectionWriter(sheet);
  const s = summaryRanges(p.source);
  const money = currencyFormat(p.currency);
  w.note('Summary of provision');
  w.note(
    `Figures are live formulas over the ${p.source.sheet} sheet and change as it changes. Hours, cost per hour and the review reasons are as at the last run of provmap.`,
  );

  // The headline reads the impact table, so its rows are reserved first and filled in after.
  const headline = w.section('Headline', ['Figure', 'Value']);
  for (let i = 0; i < HEADLINE_ROWS; i++) w.push([]);
  const impact = impactSection(w, p, s);

  const live = (formula: string): PlanValue => (s.live ? { formula } : null);
  const costs = impact.col(IMPACT.cost);
  const costedSteps = `SUMPRODUCT(ISNUMBER(${costs})*${impact.col(IMPACT.steps)})`;
  const met = countWhere([eq(s.status, text('met'))]);
  const rows: [string, PlanValue, string][] = [
    ['Pupils in provision', live(distinctCount([], s.keys)), WHOLE_FORMAT],
    [
      'Enrolments (pupil, intervention and scale)',
      live(`SUMPRODUCT((${s.intervention}<>"")*(${s.pupil}<>""))`),
      WHOLE_FORMAT,
    ],
    [
      '% met (of enrolments with an outcome)',
      live(`IF(${s.outcomes([])}>0,${met}/${s.outcomes([])},"")`),
      PERCENT_FORMAT,
    ],
    ['Total cost', impact.hasRows ? { formula: `IF(COUNT(${costs})>0,SUM(${costs}),"")` } : null, money],
    [
      'Cost per step of progress',
      impact.hasRows ? { formula: `IF(${costedSteps}>0,SUM(${costs})/${costedSteps},"")` } : null,
      money,
    ],
    ['Interventions to review (as at the last run)', p.summary.headline.interventionsToReview, WHOLE_FORMAT],
  ];
  rows.forEach(([label, value, format], i) => {
    w.put(headline + i, [label, value]);
    sheet.numberFormats.push({ range: a1(headline + i, 1), format });
  });
  w.protectRows(headline, headline + HEADLINE_ROWS - 1, 2, 'Headline');

  groupSection(w, p, s);
  needSection(w, p, s, impact);
  costSection(w, p, impact);
  reviewSection(w, p);

  sheet.values = w.rows;
  sheet.columnWidths = w.columnWidths();
  sheet.frozenRows = 1;
  sheet.styles.unshift({ range: 'A1', style: { bold: true, fontColor: '#1F2A44' } });
  sheet.notes.push({
    cell: 'A1',
    text: 'Live figures are formulas over the collated rows, so a leader without provmap sees real numbers. Re-run provmap to refresh the parts marked "as at the last run".',
  });
  return sheet;
}
