// Progress trackers as teachers keep them: a title, MIS-style pupil columns, one row per pupil per subject,
// a baseline and five assessment points, a target, and the usual slips in the values.

import { a1, type CellValue, type Grid } from '../../core/grid.js';
import { ageInMonths, gradeLabel, stepFor, stepsPerYear, type GradeScale } from './grades.js';
import { messyGrade, type MessKind } from './messy.js';
import { Prng } from './prng.js';
import { displayName, type SyntheticClass, type SyntheticPupil, type SyntheticSchool } from './school.js';

/** The ten subjects trackers follow. */
export const SUBJECTS = [
  'Reading',
  'Writing',
  'Maths',
  'Science',
  'Spelling',
  'Grammar',
  'History',
  'Geography',
  'Computing',
  'Art',
] as const;

/** Baseline plus five assessment points. */
export const POINT_LABELS = ['Baseline', 'AP1', 'AP2', 'AP3', 'AP4', 'AP5'] as const;

/** How a generated tracker is filled. */
export interface TrackerOptions {
  /** Share of grade cells with a slip (absences, typos...); 0.03 unless given. */
  messRate?: number;
  /** Assessment points holding values so far, 1 to 6; all 6 unless given. */
  pointsFilled?: number;
  /** Subjects to track; all ten unless given. */
  subjects?: readonly string[];
}

/** The scale a subject is tracked on in a year group. */
export function subjectScale(subject: string, year: number): GradeScale {
  if (subject === 'Reading' && year <= 9) return 'reading-age';
  if (subject === 'Maths' || subject === 'Spelling') return 'standardised-score';
  return year >= 10 ? 'gcse-9-1' : 'nc-sublevels';
}

/** How many cells of each kind of mess a generated grid holds. */
export type MessCount = Partial<Record<MessKind, number>>;

/** A generated tracker, with where its slips are (A1 address -> kind) so tests can check each is reported. */
export interface GeneratedTracker {
  grid: Grid;
  mess: MessCount;
  messCells: Record<string, MessKind>;
}

/** Rows of a tracker before its header, and the first assessment point's column. */
const FIRST_DATA_ROW = 2;
const FIRST_POINT_COL = 7;

const HEADER = ['Name', 'UPN', 'Class', 'Year', 'SEN', 'PP', 'Subject', ...POINT_LABELS, 'Target'];

/** Dates of the six points across the academic year: September, then every seven weeks or so. */
function pointDate(academicYear: number, point: number): Date {
  return new Date(Date.UTC(academicYear, 8, 15) + point * 49 * 86_400_000);
}

function rowsFor(
  pupil: SyntheticPupil,
  firstRow: number,
  academicYear: number,
  rng: Prng,
  opts: Required<TrackerOptions>,
  out: Omit<GeneratedTracker, 'grid'>,
): CellValue[][] {
  return opts.subjects.map((subject, s) => {
    const scale = subjectScale(subject, pupil.year);
    const points: CellValue[] = POINT_LABELS.map((_, k) => {
      if (k >= opts.pointsFilled) return null;
      const age = ageInMonths(pupil, pointDate(academicYear, k));
      const label = gradeLabel(scale, stepFor(scale, pupil, k / (POINT_LABELS.length - 1), rng, age));
      const { value, mess: kind } = messyGrade(rng, label, opts.messRate);
      if (kind) {
        out.mess[kind] = (out.mess[kind] ?? 0) + 1;
        out.messCells[a1(firstRow + s, FIRST_POINT_COL + k)] = kind;
      }
      return value;
    });
    const baseAge = ageInMonths(pupil, pointDate(academicYear, 0));
    const base = stepFor(scale, pupil, 0, rng, baseAge);
    const target = gradeLabel(scale, base + Math.max(1, stepsPerYear(scale, pupil.year)));
    return [
      displayName(pupil),
      pupil.upn,
      pupil.regGroup,
      pupil.year,
      pupil.sen,
      pupil.pupilPremium ? 'Y' : 'N',
      subject,
      ...points,
      target,
    ];
  });
}

function trackerGrid(
  sheet: string,
  title: string,
  pupils: readonly SyntheticPupil[],
  academicYear: number,
  rng: Prng,
  options: TrackerOptions,
): GeneratedTracker {
  const opts: Required<TrackerOptions> = {
    messRate: options.messRate ?? 0.03,
    pointsFilled: options.pointsFilled ?? POINT_LABELS.length,
    subjects: options.subjects ?? SUBJECTS,
  };
  const out: Omit<GeneratedTracker, 'grid'> = { mess: {}, messCells: {} };
  const rowsPer = opts.subjects.length;
  const values: CellValue[][] = [
    [title, ...HEADER.slice(1).map(() => null)],
    HEADER,
    ...pupils.flatMap((p, i) => rowsFor(p, FIRST_DATA_ROW + i * rowsPer, academicYear, rng, opts, out)),
  ];
  return {
    grid: { sheet, values, merges: [{ top: 0, left: 0, bottom: 0, right: HEADER.length - 1 }] },
    ...out,
  };
}

/** A class tracker: 30 pupils x 10 subjects = 300 rows under a merged title. */
export function classTrackerGrid(
  school: SyntheticSchool,
  cls: SyntheticClass,
  options: TrackerOptions = {},
): GeneratedTracker {
  const rng = new Prng(school.seed).fork(`tracker:${cls.name}`);
  const title = `Class ${cls.name} tracker ${school.academicYear}-${String(school.academicYear + 1).slice(2)}`;
  return trackerGrid(`${cls.name} tracker`, title, cls.pupils, school.academicYear, rng, options);
}

/** One tracker for the whole school (3,000 pupils give 30,000 rows): the "10,000+ rows" case. */
export function schoolTrackerGrid(
  school: SyntheticSchool,
  options: TrackerOptions = {},
): { grid: Grid; mess: MessCount } {
  const rng = new Prng(school.seed).fork('tracker:school');
  return trackerGrid(
    'School tracker',
    `Whole-school tracker ${school.academicYear}`,
    school.pupils,
    school.academicYear,
    rng,
    options,
  );
}
