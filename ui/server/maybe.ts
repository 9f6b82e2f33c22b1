// Chains steps that are synchronous on Apps Script and asynchronous on Office.js, without forcing Promises:
// Apps Script must hand google.script.run a plain value, never a Promise.

import type { MaybePromise } from '../../core/host.js';

function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * Applies `next` to a value now, or when it resolves; stays synchronous for synchronous values. (Not named
 * `then`: a module exporting `then` is itself taken for a Promise by dynamic import.)
 */
export function step<T, U>(value: MaybePromise<T>, next: (v: T) => MaybePromise<U>): MaybePromise<U> {
  return isPromise(value) ? value.then(next) : next(value);
}

/** Runs `body`; a synchronous throw or a rejection goes to `onError`. */
export function attempt<T>(body: () => MaybePromise<T>, onError: (e: unknown) => T): MaybePromise<T> {
  let value: MaybePromise<T>;
  try {
    value = body();
  } catch (e) {
    return onError(e);
  }
  return isPromise(value) ? value.catch(onError) : value;
}

/** Runs `body` then `cleanup`, whether the body succeeded or not (sync stays sync). */
export function lastly<T>(body: () => MaybePromise<T>, cleanup: () => void): MaybePromise<T> {
  let value: MaybePromise<T>;
  try {
    value = body();
  } catch (e) {
    cleanup();
    throw e;
  }
  if (isPromise(value)) return value.finally(cleanup);
  cleanup();
  return value;
}

/** Runs steps one after another over items, collecting results (sync stays sync). */
export function mapSeries<T, U>(
  items: readonly T[],
  each: (item: T, i: number) => MaybePromise<U>,
): MaybePromise<U[]> {
  const out: U[] = [];
  const from = (i: number): MaybePromise<U[]> => {
    for (; i < items.length; i++) {
      const r = each(items[i]!, i);
      if (isPromise(r))
        return r.then((v) => {
          out.push(v);
          return from(i + 1);
        });
      out.push(r);
    }
    return out;
  };
  return from(0);
}
