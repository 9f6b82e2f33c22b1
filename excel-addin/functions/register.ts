// Registers the PROVMAP functions with Excel under the ids functions.json declares.

import { progress, status, steps } from './functions.js';

/** The ids in functions.json and the functions behind them. */
export const CUSTOM_FUNCTIONS = { PROGRESS: progress, STATUS: status, STEPS: steps } as const;

/** What CustomFunctions.associate looks like, so tests can pass a fake. */
export type Associate = (id: string, fn: (...args: never[]) => unknown) => void;

/** Associates every function; call once when the shared runtime starts. */
export function registerCustomFunctions(associate: Associate): string[] {
  for (const [id, fn] of Object.entries(CUSTOM_FUNCTIONS)) associate(id, fn as (...args: never[]) => unknown);
  return Object.keys(CUSTOM_FUNCTIONS);
}
