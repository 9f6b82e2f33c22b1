// The domain model: pupils, interventions, who is in which intervention, assessments and targets.

import type { Grade } from '../scales/types.js';

/** Where a thing came from in the teacher's sheet, for diagnostics and links. */
export interface SourceRef {
  sheet: string;
  /** A1 address of the row's first cell, or the cell the value came from. */
  cell: string;
}

/** Key stages by national curriculum year: EYFS (N, R), KS1 (1-2), KS2 (3-6), KS3 (7-9), KS4 (10-11), KS5. */
export type KeyStage = 'EYFS' | 'KS1' | 'KS2' | 'KS3' | 'KS4' | 'KS5';

/** SEN status codes as school MIS exports write them: N none, K SEN support, E EHC plan. */
export type SenStatus = 'N' | 'K' | 'E';

/** The four broad areas of need of the SEND Code of Practice. */
export type AreaOfNeed =
  | 'communication and interaction'
  | 'cognition and learning'
  | 'social, emotional and mental health'
  | 'sensory and/or physical';

export interface Pupil {
  /** Stable key within a model: the UPN if known, else the normalised name (plus class). */
  id: string;
  /** The name as a teacher writes it (preferred forename and surname where known). */
  name: string;
  upn: string | null;
  /** National curriculum year: 0 is Reception, -1 Nursery. */
  year: number | null;
  /** Class or registration group. */
  group: string | null;
  sen: SenStatus | null;
  pp: boolean | null;
  eal: boolean | null;
  lookedAfter: boolean | null;
  gender: string | null;
  /** ISO date (yyyy-mm-dd). */
  dateOfBirth: string | null;
  source: SourceRef | null;
}

/** How often and how long an intervention runs, read from text such as "3 x 15 mins x 6 weeks". */
export interface Schedule {
  /** The text as written. */
  text: string;
  sessionsPerWeek: number | null;
  minutesPerSession: number | null;
  weeks: number | null;
  /** Anything in brackets or left over: "early am". */
  note: string | null;
}

export interface Intervention {
  /** Stable key: the normalised name. */
  id: string;
  name: string;
  area: AreaOfNeed | null;
  /** Pupils per member of staff: "1:6" gives 6. */
  groupSize: number | null;
  schedule: Schedule;
  staff: string | null;
  /** Cost of one staff hour in the school's currency; from settings when not in the sheet. */
  costPerHour: number | null;
  /** ISO dates. */
  start: string | null;
  end: string | null;
  source: SourceRef | null;
}

/** A target as written: relative to entry ("plus one sub-level"), absolute ("2b"), or not measurable. */
export type Target =
  | { kind: 'relative'; steps: number; text: string }
  | { kind: 'absolute'; grade: Grade; text: string }
  | { kind: 'none'; text: string };

/** One pupil in one intervention, measured on one scale. A Leuven pair gives two enrolments. */
export interface Enrolment {
  pupilId: string;
  interventionId: string;
  /** The scale entry, target and exit are on; null when nothing measurable was given. */
  scaleId: string | null;
  entry: Grade | null;
  target: Target;
  exit: Grade | null;
  /** The teacher's outcome text, kept as written. */
  outcome: string | null;
  notes: string | null;
  source: SourceRef | null;
}

/**
 * One assessment: a pupil's grade in one subject at one assessment point. A tracker stores them by row, as
 * the teacher's sheet does (one TrackedSubject per pupil and subject, one grade per point); `assessmentsOf`
 * lists them one by one.
 */
export interface Assessment {
  pupilId: string;
  subject: string;
  /** 0-based index into the tracker's point labels; 0 is the baseline. */
  point: number;
  pointLabel: string;
  grade: Grade;
}

/** A pupil's grades in one subject across the assessment points, with their target: a tracker row. */
export interface TrackedSubject {
  pupilId: string;
  subject: string;
  scaleId: string | null;
  /** One entry per assessment point, in order; null where blank, absent or unreadable. */
  points: (Grade | null)[];
  target: Grade | null;
  source: SourceRef | null;
}

/** A class provision map: wave 1 strategies, the provision audit and who is in what. */
export interface ProvisionMap {
  title: string | null;
  /** Class-wide (wave 1) teaching strategies listed above the table. */
  strategies: string[];
  pupils: Pupil[];
  interventions: Intervention[];
  enrolments: Enrolment[];
}

/** A progress tracker: assessment point labels and one row per pupil per subject. */
export interface Tracker {
  title: string | null;
  /** "Baseline", "AP1"..., or month names, in order. */
  pointLabels: string[];
  pupils: Pupil[];
  subjects: TrackedSubject[];
}

/** A class list exported from a school MIS. */
export interface ClassList {
  pupils: Pupil[];
}
