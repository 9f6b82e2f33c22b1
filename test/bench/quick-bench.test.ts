// Runs the quick benchmark (`bench/run.ts --quick --json`) and checks the targets from its counts: round
// trips the same at 30 and 300 pupils, at least 100x fewer than the per-cell add-on at 3,000 pupils, and
// what extra tabs cost.
// Nothing here is timed: counts do not depend on the machine.

import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchResult, RoundTrip } from '../../bench/cases/types.js';
import { RATIO_TARGET, fixedCalls } from '../../bench/report/targets.js';

/**
 * Apps Script asks each tab for its name, size and visibility when listing, and for its grid size before
 * writing (7 calls); collation also reads each map (4 more, and 1 per merged block: the generated maps have
 * their title and strategy rows merged).
 */
const MAX_CALLS_PER_TAB = 14;
const ACTIONS = ['structure', 'add-point', 'reevaluate', 'collate', 'summary', 'review'];
const HOSTS = ['apps-script', 'excel'] as const;
let result: BenchResult;

function find(rows: RoundTrip[], host: string, action: string, pupils: number): RoundTrip {
  const r = rows.find((x) => x.host === host && x.action === action && x.pupils === pupils);
  if (!r) throw new Error(`no figure for ${host} ${action} at ${pupils}`);
  return r;
}

/**
 * A count at 3,000 pupils, extrapolated in a straight line through the counts at 30 and 300: per-cell calls
 * grow with the cells moved, which grow with pupils; provmap's stay put (so the line is flat) unless they too
 * grow, which the ratio then shows.
 */
function at3000(rows: RoundTrip[], host: string, action: string): number {
  const a = find(rows, host, action, 30).calls;
  const b = find(rows, host, action, 300).calls;
  return b + ((b - a) * (3000 - 300)) / (300 - 30);
}

describe('quick benchmark', { timeout: 900_000 }, () => {
  beforeAll(() => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--quick', '--json', '--no-docs'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines = out.trim().split('\n');
    expect(lines, 'stdout is one JSON object').toHaveLength(1);
    result = JSON.parse(lines[0]!) as BenchResult;
  }, 900_000);

  it('prints roundTrips, naive and core figures with the documented fields', () => {
    expect(result.quick).toBe(true);
    for (const r of [...result.roundTrips, ...result.naive]) {
      expect(HOSTS).toContain(r.host);
      expect(ACTIONS).toContain(r.action);
      expect([30, 300]).toContain(r.pupils);
      expect(Number.isInteger(r.calls)).toBe(true);
    }
    expect(result.roundTrips).toHaveLength(HOSTS.length * ACTIONS.length * 2);
    expect(result.naive).toHaveLength(HOSTS.length * ACTIONS.length * 2);
    for (const c of result.core) {
      expect(typeof c.case).toBe('string');
      expect([30, 300]).toContain(c.pupils);
      expect(c.ms).toBeGreaterThanOrEqual(0);
    }
    expect(result.core.length).toBeGreaterThan(0);
  });

  it('starts every size of the main comparison from the same two tabs, so only the pupils change', () => {
    for (const r of [...result.roundTrips, ...result.naive]) expect(r.tabs, `${r.host} ${r.action}`).toBe(2);
  });

  it('with one map tab per class, grows with the tabs on Apps Script only, by a few calls a tab', () => {
    expect(result.tabScaling).toHaveLength(HOSTS.length * ACTIONS.length * 2);
    for (const action of ACTIONS) {
      const excel = find(result.tabScaling, 'excel', action, 300);
      expect(excel.error ?? null).toBeNull();
      expect(excel.tabs).toBe(11);
      expect(fixedCalls(excel)).toBe(fixedCalls(find(result.roundTrips, 'excel', action, 300)));
      const small = find(result.tabScaling, 'apps-script', action, 30);
      const big = find(result.tabScaling, 'apps-script', action, 300);
      expect(big.error ?? null).toBeNull();
      const perTab = (big.calls - small.calls) / (big.tabs - small.tabs);
      expect(perTab, `${action}: Apps Script calls per extra tab`).toBeLessThanOrEqual(MAX_CALLS_PER_TAB);
    }
  });

  for (const host of HOSTS)
    describe(host, () => {
      for (const action of ACTIONS) {
        it(`${action}: runs, in the same number of round trips at 30 and 300 pupils (bar chunking and per-scale calls)`, () => {
          const small = find(result.roundTrips, host, action, 30);
          const big = find(result.roundTrips, host, action, 300);
          expect(small.error ?? null, 'at 30 pupils').toBeNull();
          expect(big.error ?? null, 'at 300 pupils').toBeNull();
          expect(big.afterFailure ?? false, 'an earlier action failed').toBe(false);
          expect(fixedCalls(big)).toBe(fixedCalls(small));
        });

        it(`${action}: at least ${RATIO_TARGET}x fewer round trips than per-cell at 3,000 pupils`, () => {
          for (const p of [30, 300]) {
            const ours = find(result.roundTrips, host, action, p);
            const naive = find(result.naive, host, action, p);
            expect(ours.error ?? null, `provmap at ${p}`).toBeNull();
            expect(ours.afterFailure ?? false, `provmap at ${p}: an earlier action failed`).toBe(false);
            expect(naive.error ?? null, `per-cell at ${p}`).toBeNull();
            expect(naive.afterFailure ?? false, `per-cell at ${p}: an earlier action failed`).toBe(false);
          }
          expect(
            at3000(result.naive, host, action) / at3000(result.roundTrips, host, action),
          ).toBeGreaterThanOrEqual(RATIO_TARGET);
        });
      }
    });
});
