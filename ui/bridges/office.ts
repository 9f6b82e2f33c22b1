// HostBridge for the Excel task pane: calls the panel server directly over the Office.js host adapter.

import { BRIDGE_METHODS, type HostBridge } from '../bridge.js';
import { SERVER_FUNCTIONS } from '../server-functions.js';
import type { PanelServerDeps } from '../server/deps.js';
import { createPanelServer } from '../server/panel-server.js';
import { serverFunctions } from '../server/server-functions.js';
import { unwrapResult } from './server-result.js';

/**
 * What the Excel host's composition root provides: its WorkbookHost (core/host.ts) over Office.js, plus
 * the active sheet, cell selection, a settings store in the workbook (Office document settings), the file
 * picker for class maps in other .xlsx files, and optionally a lock and a chunk budget.
 */
export type OfficePanelSide = Omit<PanelServerDeps, 'hostName'>;

/**
 * A HostBridge over the Excel side. Calls go through the same server functions and JSON-safety check as
 * Google's, so both hosts behave alike; failures reject with BridgeError and the error's stable code.
 */
export function createOfficeBridge(side: OfficePanelSide): HostBridge {
  const fns = serverFunctions(createPanelServer({ ...side, hostName: 'excel' }));
  const bridge: Partial<Record<keyof HostBridge, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of BRIDGE_METHODS) {
    const fn = fns[SERVER_FUNCTIONS[method]];
    // Async so a synchronous throw becomes a rejection, as on Google's side.
    bridge[method] = async (...args: unknown[]) => unwrapResult(await fn(...args));
  }
  return bridge as unknown as HostBridge;
}
