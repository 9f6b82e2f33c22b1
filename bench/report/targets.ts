// The performance targets, checked from a run's figures: constant round trips, 100x fewer than per-cell,
// whole-school core work under a second, Apps Script work well inside six minutes.

import type { BenchResult, RoundTrip } from '../cases/types.js';
import { APPS_SCRIPT_COST, appsScriptSeconds } from './apps-script-estimate.js';

/** One target, whether it was met, and the figures that decided it. */
export interface TargetCheck {
  target: string;
  met: boolean;
  detail: string;
}

/** "Well within" the 6-minute limit: a third of it, leaving room for slow days. */
export const APPS_SCRIPT_BUDGET_SECONDS = APPS_SCRIPT_COST.limitSeconds / 3;
/** Per-cell calls over provmap's calls at 3,000 pupils must be at least this. */
export const RATIO_TARGET = 100;
/** Each whole-school core case must take less than this. */
export const CORE_BUDGET_MS = 1000;
/** Pupils in the whole-school cases. */
export const WHOLE_SCHOOL = 3000;

const key = (r: RoundTrip): string => `${r.host} ${r.action}`;

/** A figure that means something: the action ran, on the workbook the actions before it wrote. */
export const clean = (r: RoundTrip): boolean => !r.error && !r.afterFailure;

/**
 * The count to compare across sizes: Excel's without chunking, which alone may grow with big sheets, and
 * Apps Script's without its calls per named range, dropdown list and run of column widths, which move with
 * the grading scales in the workbook.
 */
export const fixedCalls = (r: RoundTrip): number =>
  r.host === 'excel' ? (r.unchunkedCalls ?? r.calls) : r.calls - (r.shapeCalls ?? 0);

/** Ours over naive, per host and action, at one size (only where both ran without error). */
export function ratios(
  result: BenchResult,
  pupils: number,
): { host: string; action: string; ours: number; naive: number; ratio: number }[] {
  const naive = new Map(result.naive.filter((r) => r.pupils === pupils && clean(r)).map((r) => [key(r), r]));
  return result.roundTrips
    .filter((r) => r.pupils === pupils && clean(r) && naive.has(key(r)))
    .map((r) => {
      const n = naive.get(key(r))!;
      return {
        host: r.host,
        action: r.action,
        ours: r.calls,
        naive: n.calls,
        ratio: n.calls / Math.max(1, r.calls),
      };
    });
}

/** Every target, met or not, with the figures that decided it. */
export function checkTargets(result: BenchResult): TargetCheck[] {
  const sizes = [...new Set(result.roundTrips.map((r) => r.pupils))].sort((a, b) => a - b);
  const smallest = sizes[0];
  const out: TargetCheck[] = [];
  for (const size of sizes.slice(1)) {
    const changed = result.roundTrips
      .filter((r) => r.pupils === size)
      .filter((r) => {
        const base = result.roundTrips.find((b) => b.pupils === smallest && key(b) === key(r));
        return !base || !clean(base) || !clean(r) || fixedCalls(base) !== fixedCalls(r);
      })
      .map((r) => `${key(r)}${clean(r) ? '' : ' (failed)'}`);
    out.push({
      target: `Round trips the same at ${size} pupils as at ${smallest} (bar chunking and Apps Script’s calls per grading scale)`,
      met: changed.length === 0,
      detail: changed.length === 0 ? 'every action, both hosts' : `differs: ${changed.join(', ')}`,
    });
  }
  const largest = sizes[sizes.length - 1];
  if (largest !== undefined) {
    const rs = ratios(result, largest);
    const low = rs.filter((r) => r.ratio < RATIO_TARGET);
    const failed = result.roundTrips.filter((r) => r.pupils === largest && !clean(r)).map(key);
    out.push({
      target: `At least ${RATIO_TARGET}x fewer round trips than per-cell at ${largest} pupils`,
      met: rs.length > 0 && low.length === 0 && failed.length === 0,
      detail:
        `${rs.length} comparisons, lowest ${rs.length ? Math.min(...rs.map((r) => r.ratio)).toFixed(0) : '-'}x` +
        (low.length ? `; below target: ${low.map((r) => `${r.host} ${r.action}`).join(', ')}` : '') +
        (failed.length ? `; failed on provmap's adapter: ${failed.join(', ')}` : ''),
    });
    // Both workbook shapes count: one whole-school map, and one map tab per class (more calls).
    const atLargest = (rows: readonly RoundTrip[]): RoundTrip[] =>
      rows.filter((r) => r.host === 'apps-script' && r.pupils === largest);
    const shapes = [atLargest(result.roundTrips), atLargest(result.tabScaling ?? [])].filter((s) => s.length);
    const seconds = shapes
      .flat()
      .map((r) => ({ action: r.action, tabs: r.tabs, s: appsScriptSeconds(r), ok: clean(r) }));
    const ran = seconds.filter((x) => x.ok);
    const worst = ran.reduce((a, b) => (b.s > a.s ? b : a), { action: '-', tabs: 0, s: 0, ok: true });
    out.push({
      target: `Apps Script actions at ${largest} pupils well inside 6 minutes (under ${APPS_SCRIPT_BUDGET_SECONDS} s estimated)`,
      met: ran.length > 0 && ran.length === seconds.length && worst.s <= APPS_SCRIPT_BUDGET_SECONDS,
      detail: ran.length
        ? `slowest ${worst.action} with ${worst.tabs} tabs: ${worst.s} s; ${seconds.length - ran.length} of ${seconds.length} runs failed`
        : 'no action ran',
    });
  }
  const school = result.core.filter((c) => c.pupils === WHOLE_SCHOOL);
  if (school.length > 0) {
    const slow = school.filter((c) => c.error || c.ms >= CORE_BUDGET_MS);
    out.push({
      target: `Whole-school core work (${WHOLE_SCHOOL} pupils) under ${CORE_BUDGET_MS} ms per case`,
      met: slow.length === 0,
      detail: school.map((c) => `${c.case} ${c.error ? 'failed' : `${c.ms} ms`}`).join('; '),
    });
  }
  return out;
}
