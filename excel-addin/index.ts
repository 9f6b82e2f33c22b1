// The Excel task-pane add-in: the Office.js host adapter, the use cases over it, and PROVMAP functions.
// Exports: everything in host/, actions/ and functions/. The task pane entry is taskpane/main.ts.

export * from './host/index.js';
export * from './actions/index.js';
export * from './functions/index.js';
