// Drives actions on hosts for benchmarks and reliability tests.
//
// Exports: runAction and runCore (list -> read -> core -> apply), the ActionRequest / ActionRun shapes,
// toInitialSheet (a grid as a harness's starting sheet).

export { runAction, runCore, type ActionRequest, type ActionRun } from './run-action.js';
export { toInitialSheet } from './initial-sheets.js';
