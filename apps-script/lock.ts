// Runs a writing action alone: a second run at the same time is told "busy" instead of waiting long.

import { ProvmapError } from '../core/errors.js';

/** How long a second run waits for the first before saying busy. */
export const LOCK_WAIT_MS = 5_000;

/** Runs `run` holding the document lock; throws ProvmapError BUSY when another run holds it. */
export function exclusive<T>(lockService: GoogleAppsScript.Lock.LockService, run: () => T): T {
  const lock = lockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS))
    throw new ProvmapError(
      'BUSY',
      'provmap is already working on this spreadsheet. Please try again in a moment.',
    );
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}
