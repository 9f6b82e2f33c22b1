// Grade scales as data: an ordered list of steps, each with a label and the spellings teachers use.

import type { CellValue } from '../grid.js';
import type { KeyStage } from '../model/types.js';

/** One step of a scale, lowest first. Numeric labels stay numbers so typed numbers match them. */
export interface ScaleStep {
  label: string | number;
  /** Other spellings that mean this step (matched after normalising case and spaces). */
  aliases?: readonly string[];
}

/** How a scale reads loose text, beyond matching labels and aliases. */
export type ScaleParser = 'labels' | 'nc' | 'gcse' | 'reading-age' | 'integer' | 'percentage';

/** A scale as data. Built-in scales and school-defined step lists share this shape. */
export interface ScaleDefinition {
  /** Stable id, kebab-case: 'nc-sublevels', 'leuven-wellbeing', 'school-phonics'. */
  id: string;
  /** What a teacher calls it: 'NC sub-levels'. */
  name: string;
  /** What one step is called: 'sub-level', 'point', 'month'. */
  stepName: string;
  /** Ascending steps. */
  steps: readonly ScaleStep[];
  parser: ScaleParser;
  /** Default on-track tolerance in steps for trackers (settings may override). */
  tolerance: number;
  /** Default expected progress in steps per school year, by key stage; `default` where none is named. */
  expectedStepsPerYear: Partial<Record<KeyStage | 'default', number>>;
}

/** A value placed on a scale. `step` is the 0-based position in `steps`. */
export interface Grade {
  kind: 'grade';
  scaleId: string;
  step: number;
  label: string | number;
}

/** What a cell means once read against a scale: a discriminated union, never a guess. */
export type ParsedValue =
  | Grade
  | { kind: 'blank' }
  /** Deliberately no value: 'abs', 'n/a', 'absent', '-'. */
  | { kind: 'absent'; text: string }
  | { kind: 'unreadable'; text: string; reason: string };

/** A scale ready to use: its definition plus parsing and lookup. */
export interface Scale extends ScaleDefinition {
  /** Reads one raw cell value against this scale. */
  parse(value: CellValue): ParsedValue;
  /** The grade at a 0-based step, or null outside the scale. */
  at(step: number): Grade | null;
}
