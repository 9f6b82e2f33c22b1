// The panel's DOM: tabs for this sheet, the school, leaders and settings, built with textContent only.
//
// Exports: mountPanel, its options and the handle it returns (SheetCommand for a host's own buttons); explain (error codes into words); the safe element builders h and s.

export { mountPanel, type MountOptions, type PanelHandle, type Theme, type TabId } from './app.js';
export type { SheetCommand } from './sheet-view.js';
export { explain } from './messages.js';
export { h, s } from './dom.js';
