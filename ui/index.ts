// The panel both add-ins show, and everything a host needs to serve it.
//
// Exports: the HostBridge port and its data types (bridge.ts); SERVER_FUNCTIONS, the Apps Script
// allow-list (server-functions.ts); the bridge adapters (bridges/); the host-neutral panel server
// (server/); mountPanel, which renders the panel (panel/); jsonSafetyProblem.

export * from './bridge.js';
export * from './bridges/index.js';
export * from './server/index.js';
export {
  mountPanel,
  type MountOptions,
  type PanelHandle,
  type SheetCommand,
  type Theme,
  type TabId,
} from './panel/index.js';
export { jsonSafetyProblem } from './json-safe.js';
