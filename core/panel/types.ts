// The panel's view models: plain, JSON-safe data that both hosts compute with the same core code.

import type { DiagnosticReport } from '../report.js';
import type { ActionName } from '../actions/index.js';
import type { SheetKind } from '../import/index.js';

/** One pupil (or row) the panel lists, with the cell that selects it. */
export interface StatusItem {
  pupil: string;
  /** Short text: "Numeracy: not met", "Reading: off track". */
  detail: string;
  sheet: string;
  /** A1 address of the row in the sheet, or null when unknown. */
  cell: string | null;
}

/** The current sheet's status at a glance, for the teacher. */
export interface SheetStatus {
  sheet: string;
  /** What the sheet holds; 'none' when no table provmap can read was found. */
  kind: SheetKind | 'none';
  title: string | null;
  /** True for one of provmap's own sheets (Provision Map, Tracker...). */
  owned: boolean;
  pupils: number;
  counts: {
    /** Trackers: pupils off track; provision maps: pupils with a target not met. */
    offTrack: number;
    /** Trackers only: pupils slightly behind. */
    slightlyBehind: number;
    /** Enrolments with no exit data yet. */
    withoutExit: number;
    /** Enrolments whose target cannot be measured. */
    unmeasurableTargets: number;
  };
  offTrack: StatusItem[];
  slightlyBehind: StatusItem[];
  withoutExit: StatusItem[];
  unmeasurable: StatusItem[];
  diagnostics: DiagnosticReport[];
}

/** A field of a table provmap can read, as the panel offers it. */
export interface FieldOption {
  field: string;
  /** The heading provmap writes and reads for this field: "Entry data". */
  label: string;
}

/** One column of the source sheet as import understood it. */
export interface PreviewColumn {
  /** 0-based column index. */
  index: number;
  /** Column letters: "C". */
  letter: string;
  /** The header text as the teacher wrote it. */
  header: string;
  /** The recognised field, or null for a column provmap leaves as the teacher's own. */
  field: string | null;
  /** The field in words ("Entry data", "Progress (worked out)"), or null. */
  fieldLabel: string | null;
}

/** A scale the teacher can choose. */
export interface ScaleChoice {
  id: string;
  name: string;
}

/** A scale the import placed grades on, and how many enrolments (or tracked subjects) use it. */
export interface ScaleUse {
  id: string;
  name: string;
  count: number;
}

/** What "set up from this sheet" would do, shown before anything is written. */
export interface StructurePreview {
  sheet: string;
  kind: SheetKind | 'none';
  /** 0..1; how sure detection is. */
  confidence: number;
  /** 0-based header row, or null when no table was found. */
  headerRow: number | null;
  columns: PreviewColumn[];
  /** The fields each kind of table can have, for the correction dropdowns. */
  fieldOptions: Record<SheetKind, FieldOption[]>;
  /** Scales the import chose (per intervention or subject), most used first. */
  scalesUsed: ScaleUse[];
  /** Every scale the teacher may choose instead, built-in and school-defined. */
  scaleOptions: ScaleChoice[];
  /** What the import read: pupils, interventions (provision) or subjects (tracking). */
  counts: { pupils: number; interventions: number; enrolments: number; subjects: number };
  diagnostics: DiagnosticReport[];
}

/** The teacher's corrections to a preview. Omitted parts keep what was detected. */
export interface StructureCorrections {
  kind?: SheetKind;
  /** 0-based column index (as text, JSON keys) -> field, or null for "the teacher's own column". */
  columns?: Record<string, string | null>;
  /** A scale id to use for every grade on the sheet. */
  scaleId?: string;
}

/** One bar of a small chart: a share 0..1 with its words. */
export interface Bar {
  label: string;
  /** Fraction 0..1, or null when nothing can be measured yet. */
  value: number | null;
  /** "4 of 6 met", "no outcomes yet". */
  detail: string;
}

/** A chart of bars: one group dimension. */
export interface BarGroup {
  /** "SEN", "Pupil premium", "Year", "Class". */
  title: string;
  bars: Bar[];
}

/** The headline figures leaders see in the panel, as numbers and as the words shown. */
export interface LeaderFigures {
  /** The sheet the figures were read from. */
  sheet: string;
  currency: string;
  headline: {
    pupilsInProvision: number;
    enrolments: number;
    percentMet: number | null;
    interventionsToReview: number;
    totalCost: number | null;
    costPerStep: number | null;
  };
  byIntervention: Bar[];
  byGroup: BarGroup[];
  toReview: { name: string; reasons: string[] }[];
}

/** What an action wrote and what the teacher should check. */
export interface ActionOutcome {
  action: ActionName;
  sheetsWritten: string[];
  cellsWritten: number;
  /** The sheet to look at now. */
  activeSheet: string | null;
  counts: { pupils: number; interventions: number; enrolments: number; tracking: number };
  diagnostics: DiagnosticReport[];
}
