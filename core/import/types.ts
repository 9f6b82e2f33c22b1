// The import module's public shapes: what kind of sheet was found, and what reading it gave.

import type { Diagnostic } from '../diagnostics.js';
import type { ClassList, ProvisionMap, Tracker } from '../model/types.js';
import type { ScaleRegistry } from '../scales/index.js';
import type { Settings } from '../settings.js';

/** The three kinds of table provmap reads. */
export type SheetKind = 'provision' | 'tracking' | 'class-list';

/** Where a table was found and how sure the reading is. */
export interface SheetDetection {
  kind: SheetKind;
  /** 0-based row of the header. */
  headerRow: number;
  /** Share of the header's non-blank cells that name a known column, 0..1. */
  confidence: number;
}

/** Which 0-based grid column each recognised field came from, and the columns left as the teacher's own. */
export interface ColumnMap {
  /** Field id (see FieldId) or `point:<n>` for a tracker's n-th assessment point -> 0-based column. */
  fields: Record<string, number>;
  /** Columns with a header provmap does not know, in order: the teacher's own, kept when rewriting. */
  unknown: number[];
}

export type ImportResult =
  | { kind: 'provision'; map: ProvisionMap; diagnostics: Diagnostic[]; headerRow: number; columns: ColumnMap }
  | { kind: 'tracking'; tracker: Tracker; diagnostics: Diagnostic[]; headerRow: number; columns: ColumnMap }
  | {
      kind: 'class-list';
      classList: ClassList;
      diagnostics: Diagnostic[];
      headerRow: number;
      columns: ColumnMap;
    };

export interface ImportOptions {
  /** Read the sheet as this kind instead of detecting it. */
  kind?: SheetKind;
  scales: ScaleRegistry;
  settings: Settings;
}
