// PROVMAP custom functions. The JSDoc tags here are the source of functions.json (generated at build time).

import { FunctionInputError, progressOf, statusOf, stepsOf } from './grade-functions.js';
import type { Matrix, Results } from './grade-functions.js';

/** The part of the CustomFunctions global these functions use (absent outside Excel's runtime). */
interface CustomFunctionsErrors {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string };
}

/** Excel's #VALUE! with provmap's message; a plain Error elsewhere (tests, older hosts). */
function fail(err: unknown): never {
  const cf = (globalThis as unknown as { CustomFunctions?: CustomFunctionsErrors }).CustomFunctions;
  if (err instanceof FunctionInputError && cf) throw new cf.Error(cf.ErrorCode.invalidValue, err.message);
  throw err;
}

/**
 * Steps of progress from entry to exit on a grade scale.
 * @customfunction PROGRESS
 * @param entry Entry grade, or a range of them.
 * @param exit Exit grade, or a range of them (the same size as entry).
 * @param [scale] Scale id or name, such as "nc-sublevels"; found from the grades when left out.
 * @returns Exit minus entry in steps, blank where a grade is not on the scale.
 */
export function progress(entry: unknown[][], exit: unknown[][], scale?: string): unknown[][] {
  try {
    return progressOf(entry as Matrix, exit as Matrix, scale) as Results;
  } catch (err) {
    return fail(err);
  }
}

/**
 * Whether the target was met: met, partly met, not met, no target or pending.
 * @customfunction STATUS
 * @param entry Entry grade, or a range of them.
 * @param target Target grade, or steps to gain such as 2 or "+2".
 * @param exit Exit grade, or a range of them; blank means pending.
 * @param [scale] Scale id or name, such as "nc-sublevels"; found from the grades when left out.
 * @returns The status word for each row.
 */
export function status(
  entry: unknown[][],
  target: unknown[][],
  exit: unknown[][],
  scale?: string,
): unknown[][] {
  try {
    return statusOf(entry as Matrix, target as Matrix, exit as Matrix, scale) as Results;
  } catch (err) {
    return fail(err);
  }
}

/**
 * Position of a grade on its scale, counting the lowest step as 1.
 * @customfunction STEPS
 * @param value A grade, or a range of them.
 * @param [scale] Scale id or name, such as "nc-sublevels"; found from the values when left out.
 * @returns The 1-based step, blank where a value is not on the scale.
 */
export function steps(value: unknown[][], scale?: string): unknown[][] {
  try {
    return stepsOf(value as Matrix, scale) as Results;
  } catch (err) {
    return fail(err);
  }
}
