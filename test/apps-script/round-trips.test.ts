// Every action makes the same spreadsheet calls for 30 pupils as for 300 (DESIGN principle 5), on a small
// class and on a realistic school (multi-subject tracker and a class provision map).

import { describe, expect, it } from 'vitest';
import { benchActions } from '../../bench/cases/round-trips.js';
import { benchSheets } from '../../bench/cases/school-sheets.js';
import { runAction, toInitialSheet } from '../../bench/drive/index.js';
import { panelServer } from '../../apps-script/panel.js';
import type { ActionOutcome } from '../../ui/bridge.js';
import { createFakeGoogle, type FakeGoogle } from '../fakes/spreadsheet-app/index.js';
import { createAppsScriptHarness, fitStartingSheets, servicesOver } from './harness.js';
import { assessmentSheet, provisionSheet } from './support/classes.js';

type Step = (fake: FakeGoogle) => unknown;

const server = (f: FakeGoogle) => panelServer(servicesOver(f));

/** Runs `setup` then `measured` on a class of `pupils`; the calls `measured` made, per method. */
function callsFor(pupils: number, setup: Step[], measured: Step): Record<string, number> {
  const f = createFakeGoogle({ sheets: [provisionSheet(pupils), assessmentSheet(pupils)] });
  for (const step of setup) step(f);
  const start = f.calls.records.length;
  const outcome = measured(f) as ActionOutcome | { state?: string };
  expect(outcome).toBeTruthy();
  return f.calls.countsSince(start);
}

const structure: Step = (f) => server(f).structure('Class 5', { kind: 'provision' });
const tracker: Step = (f) => server(f).structure('Assessments', { kind: 'tracking' });

const ACTIONS: [string, Step[], Step][] = [
  ['set up provision map', [], structure],
  ['re-evaluate', [structure], (f) => server(f).reevaluate()],
  ['pupil progress review', [structure], (f) => server(f).runReview()],
  ['set up tracker', [], tracker],
  ['add assessment point', [tracker], (f) => server(f).addAssessmentPoint(null)],
  ['leaders summary', [structure], (f) => server(f).generateSummary()],
  [
    'collate (one chunk)',
    [structure],
    (f) => {
      const s = server(f);
      const job = s.startCollation([{ kind: 'tab', name: 'Class 5' }]) as { jobId: string };
      return s.processChunk(job.jobId);
    },
  ],
];

describe('round trips do not grow with the number of pupils', () => {
  for (const [name, setup, measured] of ACTIONS)
    it(name, () => {
      const small = callsFor(30, setup, measured);
      const large = callsFor(300, setup, measured);
      expect(large).toEqual(small);
      expect(small['Range.getValues'] ?? 0).toBeGreaterThan(0);
    });
});

/** A sheet is sized with one call either way: a new 1,000-row sheet shrinks for a small class, grows for a big one. */
const SIZING: Record<string, string> = {
  'Sheet.insertRowsAfter': 'Sheet.resize rows',
  'Sheet.deleteRows': 'Sheet.resize rows',
  'Sheet.insertColumnsAfter': 'Sheet.resize columns',
  'Sheet.deleteColumns': 'Sheet.resize columns',
};

function bySize(counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [method, n] of Object.entries(counts)) {
    const key = SIZING[method] ?? method;
    out[key] = (out[key] ?? 0) + n;
  }
  return out;
}

/**
 * Runs the six actions in order on a school of `pupils` (its whole multi-subject tracker and one class's
 * provision map, so both sizes hold the same sheets); the calls each action made, per method.
 */
async function schoolCalls(pupils: number): Promise<Map<string, Record<string, number>>> {
  const sheets = benchSheets(pupils);
  const h = await createAppsScriptHarness([sheets.tracker, sheets.maps[0]!].map(toInitialSheet));
  fitStartingSheets(h.fake);
  const out = new Map<string, Record<string, number>>();
  for (const request of benchActions(sheets.tracker.sheet)) {
    const start = h.fake.calls.records.length;
    await runAction(h.host, { ...request, today: '2025-03-01' });
    out.set(request.action, bySize(h.fake.calls.countsSince(start)));
  }
  return out;
}

describe('round trips on a whole school do not grow with the number of pupils', { timeout: 120_000 }, () => {
  it('every action, method by method, at 30 and 300 pupils', async () => {
    const small = await schoolCalls(30);
    const large = await schoolCalls(300);
    expect([...large.keys()]).toEqual([...small.keys()]);
    for (const [action, counts] of small) {
      expect(large.get(action), action).toEqual(counts);
      expect(Object.keys(counts).length, `${action} made calls`).toBeGreaterThan(0);
    }
    // The tracker has many subjects on several scales: validation must still be a fixed handful of calls.
    const structure = small.get('structure')!;
    expect(structure['Range.setDataValidation'] ?? 0).toBeLessThan(20);
  });
});
