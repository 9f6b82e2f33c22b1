// The two HostBridge adapters: google.script.run for the Sheets sidebar, the Office.js side for Excel.
//
// Exports: createGoogleScriptRunBridge (with concurrencyLimit and MAX_CONCURRENT_CALLS), createOfficeBridge
// and OfficePanelSide, createOfficeSide with documentSettingsStore and filePicker, and unwrapResult.

export {
  createGoogleScriptRunBridge,
  concurrencyLimit,
  MAX_CONCURRENT_CALLS,
  type GoogleScriptRun,
} from './google-script-run.js';
export { createOfficeBridge, type OfficePanelSide } from './office.js';
export {
  createOfficeSide,
  documentSettingsStore,
  filePicker,
  type OfficeSideOptions,
  type XlsxReader,
} from './office-side.js';
export { unwrapResult } from './server-result.js';
