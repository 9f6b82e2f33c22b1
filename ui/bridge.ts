// The port the panel talks to: every flow of the panel as one async call that returns JSON-safe data.

import type { ProvmapErrorCode } from '../core/errors.js';
import type {
  ActionOutcome,
  LeaderFigures,
  SheetStatus,
  StructureCorrections,
  StructurePreview,
} from '../core/panel/index.js';
import type { SheetKind } from '../core/import/index.js';
import type { DiagnosticReport } from '../core/report.js';
import type { Settings } from '../core/settings.js';

export type {
  ActionOutcome,
  LeaderFigures,
  SheetStatus,
  StructureCorrections,
  StructurePreview,
} from '../core/panel/index.js';

/** Which spreadsheet the panel runs in. */
export type HostName = 'sheets' | 'excel';

/** A sheet of the open workbook as the panel lists it. */
export interface PanelSheet {
  name: string;
  /** One of provmap's own sheets (Provision Map, School Map...). */
  owned: boolean;
  hidden: boolean;
}

/** What the panel knows of the workbook it runs in. */
export interface PanelContext {
  host: HostName;
  /** The sheet the teacher is on, or null when the host cannot say. */
  activeSheet: string | null;
  sheets: PanelSheet[];
  /** Whether class maps can come from other files (a picker), not only from tabs. */
  canPickFiles: boolean;
}

/** A class map to collate: a tab of this workbook, or a file the host's picker chose. */
export type ClassMapSource = { kind: 'tab'; name: string } | { kind: 'file'; id: string; name: string };

/** A class map offered for collation. */
export interface ClassMapChoice {
  source: ClassMapSource;
  /** True when it looks like a class map (ticked by default). */
  suggested: boolean;
}

/** The class maps the SENCO can tick, and whether files can be picked too. */
export interface ClassMapList {
  choices: ClassMapChoice[];
  canPickFiles: boolean;
}

/**
 * After the host's file picker: the files chosen now, or `pending` when the host shows its own dialog
 * (Google's Picker) and the chosen files appear in the next `listClassMaps`.
 */
export interface PickResult {
  sources: ClassMapSource[];
  pending: boolean;
}

/** A collation job runs until every class map is in, or someone cancels it. */
export type CollationState = 'running' | 'done' | 'cancelled';

/** Where a collation job is. Diagnostics are those of the last chunk only (nothing personal is stored). */
export interface CollationProgress {
  jobId: string;
  state: CollationState;
  done: number;
  total: number;
  /** The class map to be read next, or null. */
  next: string | null;
  diagnostics: DiagnosticReport[];
  /** Set when the last chunk wrote sheets. */
  outcome: ActionOutcome | null;
}

/** A scale as the settings form shows it. */
export interface ScaleInfo {
  id: string;
  name: string;
  stepName: string;
  /** False for a school-defined step list. */
  builtIn: boolean;
  tolerance: number;
  expectedStepsPerYear: Partial<Record<string, number>>;
}

/** The school's settings with the scales the form offers. */
export interface SettingsView {
  settings: Settings;
  scales: ScaleInfo[];
}

/** A failure the panel can explain: the stable code of a ProvmapError, or 'UNEXPECTED'. */
export interface BridgeFailure {
  code: ProvmapErrorCode | 'UNEXPECTED';
  message: string;
}

/** Thrown (as a rejected Promise) by every bridge when a call fails. */
export class BridgeError extends Error {
  constructor(
    readonly code: BridgeFailure['code'],
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

/**
 * Everything the panel asks of its host. Every method returns a Promise of JSON-safe data (no Dates,
 * functions or class instances), because in Google Sheets each call crosses `google.script.run`.
 */
export interface HostBridge {
  /** Host name, active sheet and the sheet list. */
  getContext(): Promise<PanelContext>;
  /** The teacher's view of one sheet: who is off track, what is missing, what to fix. Writes nothing. */
  getSheetStatus(sheet: string): Promise<SheetStatus>;
  /**
   * What setting up from this sheet would read: kind, columns, scale, diagnostics. Writes nothing. `kind`
   * forces a kind of table (null: detect it).
   */
  previewStructure(sheet: string, kind: SheetKind | null): Promise<StructurePreview>;
  /** Sets up the provision map, tracker or class list from the sheet, with the teacher's corrections. */
  structure(sheet: string, corrections: StructureCorrections): Promise<ActionOutcome>;
  /** Adds an assessment point to the Tracker (label such as "AP3"; null for the next one). */
  addAssessmentPoint(label: string | null): Promise<ActionOutcome>;
  /** Rewrites formulas, validation and formats of provmap's sheets, keeping every value typed. */
  reevaluate(): Promise<ActionOutcome>;
  /** Writes the pupil progress Review sheet. */
  runReview(): Promise<ActionOutcome>;
  /** Tabs (and picked files) that can be collated. */
  listClassMaps(): Promise<ClassMapList>;
  /** Opens the host's file picker, where the host has one. */
  pickFiles(): Promise<PickResult>;
  /** Starts collating; call processChunk until the state is not 'running'. */
  startCollation(sources: ClassMapSource[]): Promise<CollationProgress>;
  /** Collates the next class maps, stopping well inside the host's time limit. */
  processChunk(jobId: string): Promise<CollationProgress>;
  /** Stops a job; class maps already collated stay in the School Map. */
  cancelCollation(jobId: string): Promise<CollationProgress>;
  /** Selects a cell, so a diagnostic's link takes the teacher to it. */
  selectCell(sheet: string, a1: string): Promise<void>;
  /** Writes the leaders' Summary sheet and returns its headline figures. */
  generateSummary(): Promise<LeaderFigures>;
  /** Headline figures from the School Map (or Provision Map) without writing; null when there is none. */
  getLeaderFigures(): Promise<LeaderFigures | null>;
  getSettings(): Promise<SettingsView>;
  /** Validates and stores settings in the workbook; rejects with BAD_SETTINGS when unusable. */
  saveSettings(settings: Settings): Promise<SettingsView>;
}

/** The names of the bridge's methods, in a stable order. */
export const BRIDGE_METHODS = [
  'getContext',
  'getSheetStatus',
  'previewStructure',
  'structure',
  'addAssessmentPoint',
  'reevaluate',
  'runReview',
  'listClassMaps',
  'pickFiles',
  'startCollation',
  'processChunk',
  'cancelCollation',
  'selectCell',
  'generateSummary',
  'getLeaderFigures',
  'getSettings',
  'saveSettings',
] as const satisfies readonly (keyof HostBridge)[];

/** One of the bridge's method names. */
export type BridgeMethod = (typeof BRIDGE_METHODS)[number];
