// Leaders' headline figures and chart bars, from a Summary and from the map sheets.
import { describe, expect, it } from 'vitest';
import { SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import type { InterventionEvaluation } from '../../../core/evaluate/index.js';
import { importSheet } from '../../../core/import/index.js';
import { GROUP_TITLES, leaderFigures, leaderFiguresFromGrids } from '../../../core/panel/index.js';
import { SHEET } from '../../../core/plan/sheet-names.js';
import { ScaleRegistry } from '../../../core/scales/index.js';
import { resolveSettings } from '../../../core/settings.js';
import type { GroupFigures, Summary } from '../../../core/summary/index.js';

const settings = resolveSettings({ currency: '€' });
const TODAY = '2025-03-01';

function intervention(
  name: string,
  met: number,
  pupils: number,
  percentMet: number | null,
): InterventionEvaluation & { name: string } {
  return {
    interventionId: name.toLowerCase(),
    name,
    pupils,
    assessed: pupils,
    met,
    percentMet,
    meanProgress: 1,
    totalHours: 4.5,
    cost: 63,
    costPerPupil: 10.5,
    stepsGained: 6,
    costPerStep: 10.5,
    costPerHour: 14,
  };
}

function group(
  dimension: GroupFigures['dimension'],
  name: string,
  met: number,
  withOutcome: number,
  pupils: number,
): GroupFigures {
  return {
    group: name,
    dimension,
    pupils,
    enrolments: withOutcome,
    withOutcome,
    met,
    percentMet: withOutcome === 0 ? null : met / withOutcome,
    meanProgress: null,
  };
}

const summary: Summary = {
  headline: {
    pupilsInProvision: 11,
    enrolments: 19,
    percentMet: 0.6,
    totalCost: 420.5,
    costPerStep: 12.25,
    interventionsToReview: 1,
  },
  byIntervention: [
    intervention('Comprehension group', 5, 6, 5 / 6),
    intervention('Paired reading', 0, 1, null),
  ],
  byGroup: [
    group('year', 'Year 3', 9, 12, 11),
    group('sen', 'SEN support (K)', 2, 4, 3),
    group('sen', 'EHC plan (E)', 0, 0, 1),
    group('pp', 'Pupil premium', 3, 5, 4),
  ],
  byNeed: [],
  costEffectiveness: [],
  toReview: [
    { interventionId: 'numeracy', name: 'Numeracy', reasons: ['Fewer than half met their target.'] },
  ],
};

describe('leaderFigures', () => {
  const f = leaderFigures(summary, settings, SHEET.schoolMap);

  it('carries the headline figures and the school’s currency', () => {
    expect(f.headline).toEqual(summary.headline);
    expect(f.currency).toBe('€');
    expect(f.sheet).toBe('School Map');
  });

  it('gives one bar per intervention, in words as well as numbers', () => {
    expect(f.byIntervention.map((b) => [b.label, b.value])).toEqual([
      ['Comprehension group', 5 / 6],
      ['Paired reading', null],
    ]);
    expect(f.byIntervention[0]!.detail).toBe('5 met · 6 pupils');
    expect(f.byIntervention[1]!.detail).toBe('no outcomes yet · 1 pupil');
  });

  it('groups bars by dimension in a fixed order, leaving out dimensions with no groups', () => {
    expect(f.byGroup.map((g) => g.title)).toEqual([GROUP_TITLES.sen, GROUP_TITLES.pp, GROUP_TITLES.year]);
    const sen = f.byGroup[0]!;
    expect(sen.bars.map((b) => b.label)).toEqual(['SEN support (K)', 'EHC plan (E)']);
    expect(sen.bars[0]).toEqual({ label: 'SEN support (K)', value: 0.5, detail: '2 of 4 met · 3 pupils' });
    expect(sen.bars[1]!.detail).toBe('no outcomes yet · 1 pupil');
  });

  it('lists the interventions to review with their reasons', () => {
    expect(f.toReview).toEqual([{ name: 'Numeracy', reasons: ['Fewer than half met their target.'] }]);
  });
});

describe('leaderFiguresFromGrids', () => {
  const scales = new ScaleRegistry();
  const asSheet = (sheet: string) => ({ ...SEED_PROVISION_MAP, sheet });

  it('reads the Provision Map when there is no School Map', () => {
    const f = leaderFiguresFromGrids([asSheet(SHEET.provisionMap)], settings, TODAY)!;
    const r = importSheet(asSheet(SHEET.provisionMap), { kind: 'provision', scales, settings });
    if (r.kind !== 'provision') throw new Error(r.kind);
    expect(f.sheet).toBe(SHEET.provisionMap);
    expect(f.headline.pupilsInProvision).toBe(new Set(r.map.enrolments.map((e) => e.pupilId)).size);
    expect(f.headline.enrolments).toBe(r.map.enrolments.length);
    expect(f.byIntervention.map((b) => b.label)).toEqual(r.map.interventions.map((i) => i.name));
  });

  it('prefers the School Map', () => {
    const f = leaderFiguresFromGrids(
      [asSheet(SHEET.provisionMap), asSheet(SHEET.schoolMap)],
      settings,
      TODAY,
    )!;
    expect(f.sheet).toBe(SHEET.schoolMap);
  });

  it('flags an intervention as ended without exit data only once the given day is past its end', () => {
    const grid = {
      sheet: SHEET.provisionMap,
      merges: [],
      values: [
        [
          'Intervention',
          'Pupils',
          'Entry data',
          'Intervention target',
          'Start date',
          'End date',
          'Exit data',
        ],
        ['Reading group', 'Amy Bell\nBen Cole', '3b\n3c', '+2 sublevels', '2025-01-06', '2025-02-14', null],
      ],
    };
    expect(leaderFiguresFromGrids([grid], settings, '2025-02-14')!.toReview).toEqual([]);
    expect(leaderFiguresFromGrids([grid], settings, '2025-02-15')!.toReview).toEqual([
      { name: 'Reading group', reasons: ['Ended on 2025-02-14 with no exit data recorded.'] },
    ]);
  });

  it('is null when there is no map to read', () => {
    expect(leaderFiguresFromGrids([asSheet('Class 3')], settings, TODAY)).toBeNull();
    expect(
      leaderFiguresFromGrids([{ sheet: SHEET.schoolMap, values: [['empty']], merges: [] }], settings, TODAY),
    ).toBeNull();
  });
});
