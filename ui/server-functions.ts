// The Apps Script server functions the sidebar calls through google.script.run: the public allow-list.

import type { BridgeMethod, HostBridge } from './bridge.js';

/** The global function name Apps Script exposes for a bridge method: getContext -> panelGetContext. */
export type ServerFunctionName<M extends BridgeMethod = BridgeMethod> = `panel${Capitalize<M>}`;

/**
 * Bridge method -> Apps Script global function. The Apps Script bundle must expose exactly these names
 * (each a top-level function that forwards to `serverFunctions(...)`), and nothing else for the panel.
 */
export const SERVER_FUNCTIONS = {
  getContext: 'panelGetContext',
  getSheetStatus: 'panelGetSheetStatus',
  previewStructure: 'panelPreviewStructure',
  structure: 'panelStructure',
  addAssessmentPoint: 'panelAddAssessmentPoint',
  reevaluate: 'panelReevaluate',
  runReview: 'panelRunReview',
  listClassMaps: 'panelListClassMaps',
  pickFiles: 'panelPickFiles',
  startCollation: 'panelStartCollation',
  processChunk: 'panelProcessChunk',
  cancelCollation: 'panelCancelCollation',
  selectCell: 'panelSelectCell',
  generateSummary: 'panelGenerateSummary',
  getLeaderFigures: 'panelGetLeaderFigures',
  getSettings: 'panelGetSettings',
  saveSettings: 'panelSaveSettings',
} as const satisfies { readonly [M in BridgeMethod]: ServerFunctionName<M> };

// Every bridge method has a server function: this fails to compile if one is added to HostBridge only.
const _complete: Record<keyof HostBridge, string> = SERVER_FUNCTIONS;
void _complete;

/**
 * What every server function returns: Apps Script's failure handler only sees a message, so errors travel
 * as data and keep their stable code.
 */
export type ServerResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
