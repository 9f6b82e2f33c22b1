// The add-in's use cases over the Excel host.
// Exports: ExcelActions, ActionsPort, SettingsStore, onlySettings, yieldToBrowser, coreActions.

export { ExcelActions, yieldToBrowser } from './excel-actions.js';
export type { ActionRun, PickedFile } from './excel-actions.js';
export type { ActionsPort, SheetKind } from './actions-port.js';
export { SettingsStore, SETTINGS_KEY, onlySettings } from './settings-store.js';
export type { DocumentSettings } from './settings-store.js';
export { coreActions } from './core-actions.js';
