// The panel server as Apps Script globals: one function per SERVER_FUNCTIONS name, answering ServerResults.

import type { MaybePromise } from '../../core/host.js';
import { ProvmapError } from '../../core/errors.js';
import { BRIDGE_METHODS } from '../bridge.js';
import { jsonSafetyProblem } from '../json-safe.js';
import { SERVER_FUNCTIONS, type ServerFunctionName, type ServerResult } from '../server-functions.js';
import { attempt, step } from './maybe.js';
import type { PanelServer } from './panel-server.js';

/** Turns any thrown value into the failure the panel explains; codes of ProvmapErrors are kept. */
export function toFailure(error: unknown): ServerResult<never> {
  if (error instanceof ProvmapError)
    return { ok: false, error: { code: error.code, message: error.message } };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'UNEXPECTED', message } };
}

/** Wraps one call: its value (checked JSON-safe) or its failure, as data. */
export function envelope<T>(call: () => MaybePromise<T>): MaybePromise<ServerResult<T>> {
  return attempt(
    () =>
      step(call(), (value): ServerResult<T> => {
        const v = value === undefined ? null : value;
        const problem = jsonSafetyProblem(v);
        if (problem) throw new Error(`The add-on tried to return ${problem}.`);
        return { ok: true, value: v as T };
      }),
    toFailure,
  );
}

/** The panel's Apps Script globals, by name. */
export type ServerFunctions = Record<
  ServerFunctionName,
  (...args: unknown[]) => MaybePromise<ServerResult<unknown>>
>;

/**
 * One function per SERVER_FUNCTIONS name. Apps Script's top-level `panelGetContext(...)` etc. forward to
 * these; with a synchronous host every answer is a plain object, as google.script.run requires.
 */
export function serverFunctions(server: PanelServer): ServerFunctions {
  const out = {} as ServerFunctions;
  for (const method of BRIDGE_METHODS) {
    const fn = server[method] as (...args: unknown[]) => MaybePromise<unknown>;
    out[SERVER_FUNCTIONS[method]] = (...args: unknown[]) => envelope(() => fn(...args));
  }
  return out;
}
