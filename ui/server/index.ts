// The panel server: the host-neutral glue behind every panel call, free of DOM and host APIs, so the Apps
// Script bundle can include it as it is.
//
// Exports: createPanelServer (the bridge's calls over any WorkbookHost), serverFunctions (the same as
// Apps Script globals answering ServerResults), PanelServerDeps and the store it needs, settings helpers,
// and the MaybePromise helpers the glue is written with.

export { createPanelServer, type PanelServer } from './panel-server.js';
export { serverFunctions, envelope, toFailure, type ServerFunctions } from './server-functions.js';
export type { PanelServerDeps, ClassMapFiles, ExternalWorkbook } from './deps.js';
export {
  SETTINGS_KEY,
  loadSettings,
  saveSettings,
  settingsView,
  type KeyValueStore,
} from './stored-settings.js';
export { JOB_KEY, startCollation, processChunk, cancelCollation } from './collation.js';
export { step, attempt, lastly, mapSeries } from './maybe.js';
export { SERVER_FUNCTIONS, type ServerFunctionName, type ServerResult } from '../server-functions.js';
