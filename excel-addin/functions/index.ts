// Excel custom functions in the PROVMAP namespace.
// Exports: progress, status, steps (entry points), registerCustomFunctions, CUSTOM_FUNCTIONS,
// useSchoolScales, and the matrix maths (progressOf, statusOf, stepsOf, chooseScale, targetOf).

export { progress, status, steps } from './functions.js';
export { registerCustomFunctions, CUSTOM_FUNCTIONS } from './register.js';
export type { Associate } from './register.js';
export {
  FunctionInputError,
  chooseScale,
  progressOf,
  statusOf,
  stepsOf,
  targetOf,
  useSchoolScales,
} from './grade-functions.js';
export type { Matrix, Results } from './grade-functions.js';
