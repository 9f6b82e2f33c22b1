// An action's result as the panel reports it: what was written, what was read, what to check.

import type { ActionName } from '../actions/index.js';
import type { ApplyResult } from '../host.js';
import type { Report } from '../report.js';
import type { ActionOutcome } from './types.js';

/** The outcome of an action whose plan was applied. */
export function actionOutcome(
  action: ActionName,
  report: Report,
  applied: ApplyResult,
  activeSheet: string | null,
): ActionOutcome {
  return {
    action,
    sheetsWritten: [...applied.sheetsWritten],
    cellsWritten: applied.cellsWritten,
    activeSheet,
    counts: {
      pupils: report.pupils.length,
      interventions: report.interventions.length,
      enrolments: report.enrolments.length,
      tracking: report.tracking.length,
    },
    diagnostics: report.diagnostics.map((d) => ({ ...d })),
  };
}
