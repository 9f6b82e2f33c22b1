// The panel's DOM: tabs for this sheet, the school, leaders and settings, built with textContent only.
//
// Exports: mountPanel and its options; explain (error codes into words); the safe element builders h and s.

export { mountPanel, type MountOptions, type Theme, type TabId } from './app.js';
export { explain } from './messages.js';
export { h, s } from './dom.js';
