// Every action makes the same spreadsheet calls for 30 pupils as for 300 (DESIGN principle 5).

import { describe, expect, it } from 'vitest';
import { panelServer } from '../../apps-script/panel.js';
import type { ActionOutcome } from '../../ui/bridge.js';
import { createFakeGoogle, type FakeGoogle } from '../fakes/spreadsheet-app/index.js';
import { servicesOver } from './harness.js';
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
