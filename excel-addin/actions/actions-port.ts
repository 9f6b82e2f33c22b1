// The core use cases the Excel add-in runs, as a port: core/actions implements it, tests may stub it.

import type { ActionName, ActionResult, ActionInput } from '../../core/actions/types.js';
import type { Grid } from '../../core/grid.js';
import type { SheetInfo } from '../../core/host.js';

export type SheetKind = 'provision' | 'tracking' | 'class-list';

/** The functions of core/actions/index.ts the add-in calls. */
export interface ActionsPort {
  sheetsToRead(action: ActionName, sheets: readonly SheetInfo[], o?: { source?: string }): string[];
  structureSheet(i: ActionInput & { source: Grid; kind?: SheetKind }): ActionResult;
  reevaluate(i: ActionInput): ActionResult;
  addAssessmentPoint(i: ActionInput & { label?: string }): ActionResult;
  collateMaps(i: ActionInput & { maps: readonly { source: string; grid: Grid }[] }): ActionResult;
  summariseSchool(i: ActionInput): ActionResult;
  reviewProgress(i: ActionInput): ActionResult;
  collationCandidates(sheets: readonly SheetInfo[]): string[];
}
