// The ribbon's Actions menu: each manifest <FunctionName> and the panel command it runs.

import type { SheetCommand } from '../../ui/panel/sheet-view.js';

/**
 * Every ExecuteFunction in manifests/excel/manifest.template.xml, by FunctionName. A test checks the two
 * agree, so a button can never be left doing nothing.
 */
export const RIBBON_COMMANDS = {
  structureProvision: 'structure-provision',
  structureTracker: 'structure-tracking',
  addAssessmentPoint: 'add-point',
  reevaluate: 'reevaluate',
  progressReview: 'review',
} as const satisfies Record<string, SheetCommand>;
