// The provmap command line and the xlsx file host (Node). Browser-safe reading and writing live in ./xlsx/.

export { runCli } from './program.js';
export { explainError } from './messages.js';
export type { Explained } from './messages.js';
export * from './commands/index.js';
export * from './io/index.js';
