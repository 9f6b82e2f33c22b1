// Runs one action on any WorkbookHost the way the panel does: list sheets, read what the action needs,
// run core, apply the plan. Round trips are whatever the host makes in those three calls.

import {
  addAssessmentPoint,
  collateMaps,
  reevaluate,
  reviewProgress,
  sheetsToRead,
  structureSheet,
  summariseSchool,
  type ActionName,
  type ActionResult,
} from '../../core/actions/index.js';
import type { Grid } from '../../core/grid.js';
import { detectSheetKind } from '../../core/import/index.js';
import type { ApplyResult, WorkbookHost } from '../../core/host.js';
import { isOwnedSheet } from '../../core/plan/sheet-names.js';
import type { Settings } from '../../core/settings.js';

/** One action to run: `source` is the teacher's sheet for structure; collation takes every class map. */
export interface ActionRequest {
  action: ActionName;
  source?: string;
  /** The new point's label for add-point ("Summer 2"); a label the Tracker has already adds nothing. */
  label?: string;
  settings?: Partial<Settings>;
  /** yyyy-mm-dd, so runs on different days give the same workbook. */
  today?: string;
}

/** What running an action on a host gave. */
export interface ActionRun {
  result: ActionResult;
  applied: ApplyResult;
  /** Grids read from the host, in read order. */
  read: Grid[];
}

/** The pure part: what the action makes of the grids a host read. */
export function runCore(request: ActionRequest, read: readonly Grid[]): ActionResult {
  const owned = read.filter((g) => isOwnedSheet(g.sheet));
  const base = {
    workbook: owned,
    ...(request.settings ? { settings: request.settings } : {}),
    today: request.today ?? '2025-03-01',
  };
  switch (request.action) {
    case 'structure': {
      const source = read.find((g) => g.sheet === request.source);
      if (!source) throw new Error(`structure needs the source sheet "${request.source ?? ''}"`);
      return structureSheet({ ...base, source });
    }
    case 'add-point':
      return addAssessmentPoint(request.label ? { ...base, label: request.label } : base);
    case 'reevaluate':
      return reevaluate(base);
    case 'collate':
      return collateMaps({
        ...base,
        // The SENCO ticks the class maps in the panel; trackers and lists on other tabs are left out.
        maps: read
          .filter((g) => !isOwnedSheet(g.sheet) && detectSheetKind(g)?.kind === 'provision')
          .map((grid) => ({ source: grid.sheet, grid })),
      });
    case 'summary':
      return summariseSchool(base);
    case 'review':
      return reviewProgress(base);
  }
}

/** Lists, reads, runs and applies one action on a host. */
export async function runAction(host: WorkbookHost, request: ActionRequest): Promise<ActionRun> {
  const sheets = await host.listSheets();
  const names = sheetsToRead(request.action, sheets, request.source ? { source: request.source } : {});
  const read = await host.readGrids(names);
  const result = runCore(request, read);
  const applied = await host.applyPlan(result.plan);
  return { result, applied, read };
}
