// How long an action would take in real Apps Script: counted calls times a per-call cost, plus cells moved
// times a per-cell cost, against the 6-minute limit on one execution.

import type { RoundTrip } from '../cases/types.js';

/**
 * Costs from published measurements, taken on the slow side:
 * - A service call that reaches the spreadsheet (a read that flushes pending writes, a write that is then
 *   read) costs tens of milliseconds: one measurement of 400 row writes each followed by a flush took about
 *   12 s, 30 ms a call ("What is faster: ScriptDb or SpreadsheetApp?", Stack Overflow, 2013), and
 *   PropertiesService calls average 30-64 ms (L. Peralta, "Google Apps Script APIs performance"). We take
 *   50 ms for every counted call, although Apps Script caches and batches many of them.
 * - Moving cells in bulk: one setValues of 4,000 cells took under 50 ms in the same Stack Overflow test,
 *   about 12.5 microseconds a cell. We take 25 microseconds for each cell read or written.
 */
export const APPS_SCRIPT_COST = { msPerCall: 50, msPerCell: 0.025, limitSeconds: 360 } as const;

/** Estimated seconds for one action in Apps Script. */
export function appsScriptSeconds(r: Pick<RoundTrip, 'calls' | 'cellsRead' | 'cellsWritten'>): number {
  const ms =
    r.calls * APPS_SCRIPT_COST.msPerCall + (r.cellsRead + r.cellsWritten) * APPS_SCRIPT_COST.msPerCell;
  return Math.round(ms / 100) / 10;
}
