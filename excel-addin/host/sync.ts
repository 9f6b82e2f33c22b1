// context.sync() with a time limit: Excel on the web can hang, and the user must hear about it.

import { SyncTimeoutError } from './office-errors.js';

/** How long one sync may take before provmap tells the user, by default. */
export const DEFAULT_SYNC_TIMEOUT_MS = 60_000;

/** Anything with Office.js's `sync()`. */
export interface Syncable {
  sync(): Promise<unknown>;
}

/** Counts and times every sync a host makes, so round trips can be reported and tested. */
export class SyncGate {
  count = 0;

  constructor(readonly timeoutMs: number = DEFAULT_SYNC_TIMEOUT_MS) {}

  /** Awaits one sync, rejecting with SyncTimeoutError after the time limit. */
  async sync(ctx: Syncable, step: string): Promise<void> {
    this.count++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new SyncTimeoutError(step, Math.round(this.timeoutMs / 1000))),
        this.timeoutMs,
      );
    });
    try {
      await Promise.race([ctx.sync(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
