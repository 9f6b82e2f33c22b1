// What a host gives the panel server: the core port plus the few things the panel needs beyond it.

import type { Grid } from '../../core/grid.js';
import type { MaybePromise, WorkbookHost } from '../../core/host.js';
import type { ClassMapSource, HostName, PickResult } from '../bridge.js';
import type { KeyValueStore } from './stored-settings.js';

/** A workbook from another file, read whole. */
export interface ExternalWorkbook {
  /** The file's name as the teacher knows it: "3B provision map.xlsx". */
  name: string;
  grids: Grid[];
}

/** Class maps in other files, as the host allows (Google's Picker, an Excel file input). */
export interface ClassMapFiles {
  /** Opens the picker. */
  pick(): MaybePromise<PickResult>;
  /** Files chosen so far that can still be read (ids and names only). */
  list(): MaybePromise<Extract<ClassMapSource, { kind: 'file' }>[]>;
  read(id: string): MaybePromise<ExternalWorkbook>;
}

/** Everything the panel server needs from a host; Apps Script gives plain values, Excel Promises. */
export interface PanelServerDeps {
  hostName: HostName;
  /** The core port: list sheets, read grids, apply a plan. */
  host: WorkbookHost;
  activeSheet(): MaybePromise<string | null>;
  selectCell(sheet: string, a1: string): MaybePromise<void>;
  /** The spreadsheet's own store, for settings and the collation cursor (never pupil data). */
  store: KeyValueStore;
  files?: ClassMapFiles;
  /** Runs a writing action alone (Apps Script: LockService); throws ProvmapError 'BUSY' when it cannot. */
  exclusive?<T>(run: () => MaybePromise<T>): MaybePromise<T>;
  /** Milliseconds clock, for chunk budgets. */
  now?(): number;
  /**
   * How long one processChunk call may keep reading class maps before it writes (default 20 s, well inside
   * Apps Script's 6 minutes). At least one class map is collated per call.
   */
  chunkBudgetMs?: number;
}
