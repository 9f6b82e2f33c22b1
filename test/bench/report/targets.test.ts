// The target checks read the figures right: constant counts pass, growing ones fail, failed actions never
// count as a success, and the Apps Script estimate follows its stated costs.

import { describe, expect, it } from 'vitest';
import type { BenchResult, RoundTrip } from '../../../bench/cases/types.js';
import { APPS_SCRIPT_COST, appsScriptSeconds, checkTargets, ratios } from '../../../bench/report/index.js';

function rt(
  host: 'apps-script' | 'excel',
  action: string,
  pupils: number,
  calls: number,
  extra: Partial<RoundTrip> = {},
): RoundTrip {
  return { host, action, pupils, tabs: 2, calls, cellsRead: 1000, cellsWritten: 1000, ...extra };
}

function result(
  ours: RoundTrip[],
  naive: RoundTrip[],
  core: BenchResult['core'] = [],
  tabScaling: RoundTrip[] = [],
): BenchResult {
  return {
    generatedAt: '2025-03-01T00:00:00Z',
    quick: false,
    machine: { cpus: 2, cpuModel: 'test', node: '20', platform: 'linux', memoryGb: 8 },
    roundTrips: ours,
    naive,
    tabScaling,
    core,
    cli: [],
    peakMb: {},
  };
}

const ACTIONS = ['structure', 'add-point', 'reevaluate', 'collate', 'summary', 'review'];
const sizes = [30, 300, 3000];
const constant = sizes.flatMap((p) => ACTIONS.map((a) => rt('apps-script', a, p, 40)));
const naive = sizes.flatMap((p) => ACTIONS.map((a) => rt('apps-script', a, p, p * 200)));

describe('checkTargets', () => {
  it('passes constant round trips with a large per-cell ratio and fast core work', () => {
    const checks = checkTargets(
      result(constant, naive, [{ case: 'import + evaluate', pupils: 3000, ms: 400, repeats: 5 }]),
    );
    expect(checks.map((c) => c.met)).toEqual([true, true, true, true, true]);
    expect(ratios(result(constant, naive), 3000).every((r) => r.ratio === 15_000)).toBe(true);
  });

  it('fails a count that grows with pupils, unless only Excel chunking made it grow', () => {
    const growing = constant.map((r) =>
      r.action === 'review' && r.pupils === 3000 ? { ...r, calls: 41 } : r,
    );
    expect(checkTargets(result(growing, naive))[1]!.met).toBe(false);
    const chunked = constant.map((r): RoundTrip => {
      const excel = { ...r, host: 'excel' as const };
      return r.action === 'review' && r.pupils === 3000 ? { ...excel, calls: 44, unchunkedCalls: 40 } : excel;
    });
    expect(checkTargets(result(chunked, naive))[1]!.met).toBe(true);
  });

  it('lets an Apps Script count move only by its calls per named range, dropdown list and width run', () => {
    const lists = (extra: number) =>
      constant.map((r) =>
        r.action === 'collate' && r.pupils === 3000 ? { ...r, calls: 40 + extra, shapeCalls: 2 } : r,
      );
    expect(checkTargets(result(lists(2), naive))[1]!.met).toBe(true);
    expect(checkTargets(result(lists(3), naive))[1]!.met).toBe(false);
  });

  it('never counts a failed action, or one after a failure, as a success', () => {
    const failing = constant.map((r) =>
      r.pupils === 3000 && r.action === 'structure'
        ? { ...r, error: 'boom' }
        : r.pupils === 3000 && r.action === 'add-point'
          ? { ...r, afterFailure: true }
          : r,
    );
    const checks = checkTargets(result(failing, naive));
    expect(checks[1]!.met).toBe(false);
    expect(checks[2]!.met).toBe(false);
    expect(ratios(result(failing, naive), 3000).map((r) => r.action)).toEqual([
      'reevaluate',
      'collate',
      'summary',
      'review',
    ]);
  });

  it('fails a ratio under 100x and core work over a second', () => {
    const close = naive.map((r) => ({ ...r, calls: 40 * 99 }));
    expect(checkTargets(result(constant, close))[2]!.met).toBe(false);
    const slow = checkTargets(
      result(constant, naive, [{ case: 'import + evaluate', pupils: 3000, ms: 1000, repeats: 5 }]),
    );
    expect(slow[slow.length - 1]!.met).toBe(false);
  });

  it('estimates Apps Script seconds as calls x per-call cost plus cells x per-cell cost', () => {
    const r = { calls: 1000, cellsRead: 200_000, cellsWritten: 200_000 };
    const ms = 1000 * APPS_SCRIPT_COST.msPerCall + 400_000 * APPS_SCRIPT_COST.msPerCell;
    expect(appsScriptSeconds(r)).toBeCloseTo(ms / 1000, 1);
    const slow = constant.map((x) =>
      x.pupils === 3000 && x.action === 'collate' ? { ...x, calls: 2400 } : x,
    );
    const check = checkTargets(result(slow, naive)).find((c) => c.target.startsWith('Apps Script'))!;
    expect(check.met).toBe(false);
    expect(check.detail).toContain('collate');
  });

  it('holds the Apps Script estimate to the workbook with one map tab per class as well', () => {
    const perClass = ACTIONS.map((a) =>
      rt('apps-script', a, 3000, a === 'collate' ? 2400 : 40, { tabs: 101 }),
    );
    const check = (tabs: RoundTrip[]) =>
      checkTargets(result(constant, naive, [], tabs)).find((c) => c.target.startsWith('Apps Script'))!;
    expect(check(perClass.map((r) => ({ ...r, calls: 40 }))).met).toBe(true);
    expect(check(perClass).met).toBe(false);
    expect(check(perClass).detail).toContain('collate with 101 tabs');
  });
});
