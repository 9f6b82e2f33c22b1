// Class provision maps in the seed guidance's layouts: a merged title, a merged strategies row, then one row
// per intervention with one pupil per line inside the Pupils, Entry data and Exit data cells.

import type { CellValue, Grid, MergedRange } from '../../core/grid.js';
import { SEED_MAP_HEADER } from '../../core/examples/index.js';
import { ageInMonths, gradeLabel, stepFor } from './grades.js';
import { INTERVENTIONS, type InterventionTemplate } from './interventions.js';
import { Prng } from './prng.js';
import { displayName, type SyntheticClass, type SyntheticPupil, type SyntheticSchool } from './school.js';

/**
 * The seed's three tables (audit; with entry data and targets; with exit data and outcomes), and a
 * fourth layout teachers also use: one pupil per row, the intervention's cells merged down its rows.
 */
export type ProvisionLayout = 'audit' | 'targets' | 'outcomes' | 'row-per-pupil';

/** How a generated provision map is laid out and filled. */
export interface ProvisionOptions {
  layout?: ProvisionLayout;
  /** Interventions in the class; 4 unless given (the seed has 4). */
  interventions?: number;
  /** Share of pupils whose exit data is not in yet; 0.1 unless given. */
  pendingRate?: number;
}

const STRATEGIES =
  'Teaching strategies: visual timetables, peer mentoring, grouping for support, writing frames, word banks, feelings wall, worry box.';

/** The seed's three tables are prefixes of its last; the row-per-pupil layout names one pupil a row. */
const HEADERS: Record<ProvisionLayout, readonly string[]> = {
  audit: SEED_MAP_HEADER.slice(0, 5),
  targets: SEED_MAP_HEADER.slice(0, 7),
  outcomes: SEED_MAP_HEADER,
  'row-per-pupil': [...SEED_MAP_HEADER.slice(0, 4), 'Pupil', ...SEED_MAP_HEADER.slice(5)],
};

/** One pupil's entry and exit as written (a Leuven pair is "1   2", well-being then involvement). */
interface Placement {
  pupil: SyntheticPupil;
  entry: string;
  exit: string;
}

/** Pupils most likely to be in an intervention come first: SEN, then pupil premium, then lower attainment. */
function needOrder(rng: Prng, pupils: readonly SyntheticPupil[]): SyntheticPupil[] {
  const weight = (p: SyntheticPupil): number =>
    (p.sen === 'E' ? 3 : p.sen === 'K' ? 2 : 0) + (p.pupilPremium ? 1 : 0) - p.ability + rng.next() * 1.5;
  return [...pupils].sort((a, b) => weight(b) - weight(a));
}

function groupSize(t: InterventionTemplate): number {
  return Number(t.ratio.split(':')[1] ?? 1);
}

function place(
  t: InterventionTemplate,
  p: SyntheticPupil,
  rng: Prng,
  school: SyntheticSchool,
  pending: boolean,
): Placement {
  const age = ageInMonths(p, new Date(Date.UTC(school.academicYear, 9, 1)));
  if (t.scale === 'leuven') {
    const wb = Math.max(1, Math.min(4, Math.round(stepFor('leuven', p, 0, rng, age))));
    const inv = Math.max(1, Math.min(4, Math.round(stepFor('leuven', p, 0, rng, age))));
    const up = (v: number): number => Math.min(5, v + rng.int(0, 2));
    return { pupil: p, entry: `${wb}   ${inv}`, exit: pending ? '' : `${up(wb)}  ${up(inv)}` };
  }
  const step = stepFor(t.scale, p, 0.2, rng, age);
  const exitStep = step + Math.max(0, Math.round(t.gain * (0.4 + rng.next() * 1.4)));
  return {
    pupil: p,
    entry: String(gradeLabel(t.scale, step)),
    exit: pending ? '' : String(gradeLabel(t.scale, exitStep)),
  };
}

const OUTCOMES = [
  'Positive outcomes for most of the group.',
  'Good progress.',
  'Attendance at sessions poor for one pupil.',
  'Behaviour is an issue; review grouping.',
  'Continue next half term.',
];

/** The interventions of one class and who is in each. */
function planClass(
  school: SyntheticSchool,
  cls: SyntheticClass,
  rng: Prng,
  count: number,
  pendingRate: number,
) {
  const chosen = rng.shuffle(INTERVENTIONS).slice(0, Math.min(count, INTERVENTIONS.length));
  const ordered = needOrder(rng, cls.pupils);
  return chosen.map((t) => {
    const size = Math.min(groupSize(t), ordered.length, rng.int(1, groupSize(t)));
    // Most places go to the pupils in most need; some go to others the teacher is worried about.
    const pool = ordered.slice(0, Math.max(size, Math.ceil(ordered.length / 3)));
    const pupils = rng.shuffle(pool).slice(0, size);
    return { t, placements: pupils.map((p) => place(t, p, rng, school, rng.chance(pendingRate))) };
  });
}

/** Rows above a generated map's header: the title, the quality-first strategies and a blank row. */
export const PROVISION_PREAMBLE_ROWS = 3;

/** A class provision map in the given layout; the class's pupils are named as the teacher writes them. */
export function provisionMapGrid(
  school: SyntheticSchool,
  cls: SyntheticClass,
  options: ProvisionOptions = {},
): Grid {
  const layout = options.layout ?? 'outcomes';
  const rng = new Prng(school.seed).fork(`provision:${cls.name}`);
  const groups = planClass(school, cls, rng, options.interventions ?? 4, options.pendingRate ?? 0.1);
  const header = HEADERS[layout];
  const width = header.length;
  const blankRow = (): CellValue[] => header.map(() => null);
  const title = blankRow();
  title[0] = `Class ${cls.name} provision map - autumn term ${school.academicYear}`;
  const strategies = blankRow();
  strategies[0] = STRATEGIES;
  const values: CellValue[][] = [title, strategies, blankRow(), [...header]];
  const merges: MergedRange[] = [
    { top: 0, left: 0, bottom: 0, right: width - 1 },
    { top: 1, left: 0, bottom: 1, right: width - 1 },
  ];
  for (const { t, placements } of groups) {
    const audit = [t.name, t.ratio, t.schedule, t.staff];
    const outcome = rng.pick(OUTCOMES);
    if (layout === 'row-per-pupil') {
      const top = values.length;
      placements.forEach((pl, i) => {
        const first = i === 0;
        values.push([
          ...(first ? audit : audit.map(() => null)),
          displayName(pl.pupil),
          pl.entry,
          first ? t.target.join('\n') : null,
          pl.exit === '' ? null : pl.exit,
          first ? outcome : null,
        ]);
      });
      const bottom = values.length - 1;
      if (bottom > top)
        for (const col of [0, 1, 2, 3, 6, 8]) merges.push({ top, left: col, bottom, right: col });
      continue;
    }
    const row: CellValue[] = [...audit, placements.map((pl) => displayName(pl.pupil)).join('\n')];
    if (layout !== 'audit') row.push(placements.map((pl) => pl.entry).join('\n'), t.target.join('\n'));
    if (layout === 'outcomes') {
      const exits = placements.map((pl) => pl.exit);
      row.push(exits.every((e) => e === '') ? null : exits.join('\n'), outcome);
    }
    values.push(row);
  }
  return { sheet: `${cls.name} provision`, values, merges };
}
