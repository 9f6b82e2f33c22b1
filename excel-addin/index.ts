// The Excel task-pane add-in: the Office.js host adapter and the PROVMAP custom functions.
// Exports: everything in host/ and functions/. The composition root is taskpane/main.ts: the shared panel
// (ui/) over this host, the ribbon commands (taskpane/ribbon-commands.ts) and the custom functions.

export * from './host/index.js';
export * from './functions/index.js';
