// Unwraps a ServerResult into its value, or a BridgeError carrying the stable code.

import { BridgeError, type BridgeFailure } from '../bridge.js';
import type { ServerResult } from '../server-functions.js';

/** The value of a ServerResult; throws BridgeError for a failure or an answer of unknown shape. */
export function unwrapResult(result: unknown): unknown {
  if (typeof result !== 'object' || result === null || !('ok' in result))
    throw new BridgeError('UNEXPECTED', 'The add-on answered in a form the panel does not know.');
  const r = result as ServerResult<unknown>;
  if (r.ok) return r.value;
  throw new BridgeError(r.error.code as BridgeFailure['code'], r.error.message);
}
