import { describe, expect, it } from 'vitest';
import { collate } from '../../../core/collate/index.js';
import {
  schoolMapColumns,
  schoolMapKey,
  schoolMapRows,
  schoolMapSheet,
} from '../../../core/plan/school-map-sheet.js';
import { geometry } from '../../../core/plan/sheet-builder.js';
import { parseA1Range } from '../../../core/grid.js';
import { textWidth } from '../../../core/plan/section-writer.js';
import { summarySheet, type SummarySource } from '../../../core/plan/summary-sheet.js';
import { mergeRows } from '../../../core/plan/table.js';
import { summarise } from '../../../core/summary/index.js';
import { scales, seedMap, settings } from './fixtures.js';
import { isFormula, sheetProblems } from './layout-checks.js';

const map = seedMap();
map.pupils = map.pupils.map((p, i) => ({
  ...p,
  sen: i % 2 === 0 ? 'K' : 'N',
  group: i < 5 ? '3B' : 'Class 3B',
  year: 3,
}));
const school = collate([{ source: 'Class 3', map }]).school;
const summary = summarise(school, scales, settings, { today: '2025-01-01' });
const costs = new Map(summary.byIntervention.map((i) => [i.interventionId, i.costPerPupil]));

describe('School Map layout', () => {
  const generated = schoolMapRows(school, scales, costs);
  const merged = mergeRows(schoolMapColumns('£'), generated, null, { keyOf: schoolMapKey });
  const sheet = schoolMapSheet(merged.rows, [], scales, '£');

  it('puts source and pupil details before the Provision Map columns', () => {
    expect(sheet.values[0]!.slice(0, 9)).toEqual([
      'Source',
      'Class',
      'Year',
      'UPN',
      'SEN',
      'PP',
      'EAL',
      'Intervention',
      'Area of need',
    ]);
    expect(sheet.values[0]).toHaveLength(22);
    expect(sheet.values[1]!.slice(0, 8)).toEqual([
      'Class 3',
      '3B',
      3,
      null,
      'K',
      null,
      null,
      'Comprehension group',
    ]);
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it('writes live progress and status shifted to their columns, cost per pupil as at the last run', () => {
    const f = sheet.values[1]![17];
    expect(isFormula(f) && f.formula).toContain('PM_NC_SUBLEVELS=O2');
    expect(sheet.values[1]![21]).toBe(10.5);
    expect(sheet.protections.map((p) => p.range)).toEqual([
      `R2:S${generated.length + 1}`,
      `V2:V${generated.length + 1}`,
    ]);
  });

  it('keys rows by source as well as intervention, pupil and scale', () => {
    const other = { ...generated[0]!, values: ['Class 4', ...generated[0]!.values.slice(1)] };
    expect(schoolMapKey(other.values)).not.toBe(generated[0]!.key);
  });
});

describe('Summary layout', () => {
  const source: SummarySource = {
    sheet: 'School Map',
    geometry: geometry(0, school.enrolments.length),
    intervention: 7,
    area: 8,
    pupil: 12,
    progress: 17,
    status: 18,
    identity: [1, 3],
  };
  const filters = summary.byGroup.map((g) =>
    g.dimension === 'sen'
      ? { column: 4, values: [g.group.includes('(K)') ? 'K' : 'N'] }
      : g.dimension === 'class'
        ? { column: 1, values: ['3B', 'Class 3B'] }
        : null,
  );
  const sheet = summarySheet({
    summary,
    interventions: school.interventions,
    groupFilters: filters,
    source,
    currency: '£',
  });
  const labels = sheet.values.map((r) => r[0]);
  const rowOf = (label: string) => sheet.values[labels.indexOf(label)]!;
  const formula = (v: unknown): string => (isFormula(v as never) ? (v as { formula: string }).formula : '');

  it('has every section leaders need, in order', () => {
    const sections = [
      'Headline',
      'Impact by intervention',
      'Progress by group (pupils in provision)',
      'Pattern of need',
    ];
    const at = sections.map((s) => labels.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(labels.some((l) => typeof l === 'string' && l.startsWith('Cost-effectiveness'))).toBe(true);
    expect(labels).toContain('Interventions to review (as at the last run)');
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it('works the headline out live over the School Map', () => {
    expect(formula(rowOf('Pupils in provision')[1])).toContain("COUNTIFS('School Map'!$M$2:$M$20,");
    expect(formula(rowOf('Pupils in provision')[1])).toContain("'School Map'!$B$2:$B$20");
    expect(formula(rowOf('Total cost')[1])).toMatch(/^IF\(COUNT\(\$K\$\d+:\$K\$\d+\)>0,SUM\(/);
    expect(rowOf('Interventions to review (as at the last run)')[1]).toBe(
      summary.headline.interventionsToReview,
    );
  });

  it('writes hours and cost per hour as at the last run, and the rest of each intervention live', () => {
    const row = rowOf('Numeracy');
    expect(row[8]).toBe(8);
    expect(row[9]).toBe(14);
    expect(formula(row[2])).toContain("('School Map'!$H$2:$H$20=A");
    expect(formula(row[10])).toMatch(/^IF\(AND\(ISNUMBER\(I\d+\),ISNUMBER\(J\d+\)\),I\d+\*J\d+,""\)$/);
  });

  it('filters groups on the School Map column that holds them, with every spelling of a class', () => {
    const sen = rowOf('SEN support (K)');
    expect(formula(sen[1])).toContain(`('School Map'!$E$2:$E$20="K")`);
    const cls = rowOf('Class 3B');
    expect(formula(cls[2])).toContain(
      `(('School Map'!$B$2:$B$20="3B")+('School Map'!$B$2:$B$20="Class 3B")>0)`,
    );
  });

  it('writes groups it cannot filter as values', () => {
    const plain = summarySheet({
      summary,
      interventions: school.interventions,
      groupFilters: summary.byGroup.map(() => null),
      source,
      currency: '£',
    });
    const k = plain.values.find((r) => r[0] === 'SEN support (K)')!;
    const g = summary.byGroup.find((x) => x.group === 'SEN support (K)')!;
    expect(k.slice(1)).toEqual([g.pupils, g.enrolments, g.withOutcome, g.met, g.percentMet, g.meanProgress]);
  });

  it('orders cost-effectiveness as core does and looks the figures up live', () => {
    const start = labels.findIndex((l) => typeof l === 'string' && l.startsWith('Cost-effectiveness')) + 2;
    expect(sheet.values.slice(start, start + summary.costEffectiveness.length).map((r) => r[0])).toEqual(
      summary.costEffectiveness.map((c) => c.name),
    );
    expect(formula(sheet.values[start]![1])).toContain('INDEX($M$');
  });

  it('makes every label fit its column, or wraps it: no area of need is cut off', () => {
    const wrapped = (r: number, c: number): boolean =>
      sheet.styles.some((st) => {
        if (!st.style.wrap) return false;
        const box = parseA1Range(st.range);
        return r >= box.top && r <= box.bottom && c >= box.left && c <= box.right;
      });
    const social = 'Social, emotional and mental health';
    const impact = labels.indexOf('Impact by intervention') + 2;
    expect(sheet.values.slice(impact).some((r) => r[1] === social)).toBe(true);
    // 35 characters at even a narrow 6 pixels each.
    expect(sheet.columnWidths[1]).toBeGreaterThanOrEqual(35 * 6);
    const tooNarrow: string[] = [];
    sheet.values.forEach((row, r) => {
      if (row.filter((v) => v !== null && v !== '').length < 2) return; // titles and notes run on
      row.forEach((v, c) => {
        if (typeof v !== 'string' || v === '') return;
        if (textWidth(v) > sheet.columnWidths[c]! && !wrapped(r, c)) tooNarrow.push(`${v} in column ${c}`);
      });
    });
    expect(tooNarrow).toEqual([]);
  });

  it('right-aligns the headers of figures, above the figures', () => {
    const header = labels.indexOf('Impact by intervention') + 1;
    const right = sheet.styles.filter((st) => st.style.horizontalAlignment === 'right').map((st) => st.range);
    expect(right).toContain(`C${header + 1}:M${header + 1}`);
    expect(right).not.toContain(`B${header + 1}:M${header + 1}`);
  });

  it('says so when a section has nothing to list', () => {
    const empty = summarySheet({
      summary: { ...summary, byGroup: [], toReview: [] },
      interventions: school.interventions,
      groupFilters: [],
      source,
      currency: '£',
    });
    // The section's title is the last row with its label (the headline has a row of the same name).
    const titles = empty.values.map((r) => r[0]);
    const after = (label: string) => empty.values[titles.lastIndexOf(label) + 2]![0];
    expect(after('Progress by group (pupils in provision)')).toMatch(/^None yet/);
    expect(after('Interventions to review (as at the last run)')).toMatch(/^None/);
    expect(sheetProblems(empty)).toEqual([]);
  });
});
