// HostBridge for the Google Sheets sidebar: each call goes through google.script.run as a Promise.

import { BRIDGE_METHODS, BridgeError, type HostBridge } from '../bridge.js';
import { jsonSafetyProblem } from '../json-safe.js';
import { SERVER_FUNCTIONS } from '../server-functions.js';
import { unwrapResult } from './server-result.js';

/** The part of the client-side `google.script.run` API the bridge uses. */
export interface GoogleScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): GoogleScriptRun;
  withFailureHandler(handler: (error: unknown) => void): GoogleScriptRun;
}

/** Apps Script allows at most 10 concurrent google.script.run calls per page. */
export const MAX_CONCURRENT_CALLS = 10;

/** Runs at most `limit` tasks at once; the rest wait in order. */
export function concurrencyLimit(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    running--;
    waiting.shift()?.();
  };
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = (): void => {
        running++;
        task().then(resolve, reject).finally(release);
      };
      if (running < limit) start();
      else waiting.push(start);
    });
}

function failure(error: unknown): BridgeError {
  if (error instanceof BridgeError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BridgeError('UNEXPECTED', message || 'The spreadsheet did not answer.');
}

/** Calls one server function and settles with its ServerResult, unwrapped. */
function callServer(run: GoogleScriptRun, name: string, args: readonly unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const problem = jsonSafetyProblem(args);
    if (problem) {
      reject(new BridgeError('UNEXPECTED', `Cannot send ${problem} to the add-on.`));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => {
        try {
          resolve(unwrapResult(value));
        } catch (e) {
          reject(failure(e));
        }
      })
      .withFailureHandler((error) => reject(failure(error)));
    const fn = (runner as unknown as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      reject(new BridgeError('UNEXPECTED', `The add-on has no function ${name}.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, [...args]);
  });
}

/** A HostBridge over `google.script.run` (pass the page's `google.script.run`). */
export function createGoogleScriptRunBridge(run: GoogleScriptRun): HostBridge {
  const limited = concurrencyLimit(MAX_CONCURRENT_CALLS);
  const bridge: Partial<Record<keyof HostBridge, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of BRIDGE_METHODS) {
    const name = SERVER_FUNCTIONS[method];
    bridge[method] = (...args: unknown[]) => limited(() => callServer(run, name, args));
  }
  return bridge as unknown as HostBridge;
}
