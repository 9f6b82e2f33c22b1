// Host parity: run the seed examples through the panel server on any host harness, and observe what must
// end the same on every host (owned sheets' cells, formulas, validation, formats, rules, notes, names).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { a1, parseA1Range, type Grid } from '../../core/grid.js';
import type { MaybePromise } from '../../core/host.js';
import { isOwnedSheet } from '../../core/plan/sheet-names.js';
import type { HostName } from '../../ui/bridge.js';
import { createPanelServer, type PanelServer } from '../../ui/server/index.js';
import type { HostHarness, InitialSheet, ObservedSheet, ObservedWorkbook } from '../contract/harness.js';
import { ROOT } from './paths.js';

/** A seed fixture from test/fixtures/import as the teacher's sheet a host starts from. */
export function seed(file: string): InitialSheet {
  const g = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/import', file), 'utf8')) as Grid;
  return { name: g.sheet, values: g.values as InitialSheet['values'], merges: g.merges };
}

/** The panel server over a harness's host, with an in-memory store and a fixed clock. */
export function serverOver(h: HostHarness, hostName: HostName = 'sheets'): PanelServer {
  const memory = new Map<string, string>();
  return createPanelServer({
    hostName,
    host: h.host,
    activeSheet: () => null,
    selectCell: () => undefined,
    store: {
      get: (k) => memory.get(k) ?? null,
      set: (k, v) => void memory.set(k, v),
      delete: (k) => void memory.delete(k),
    },
    // A fixed date, so "has this intervention ended?" reads the same in both runs.
    now: () => Date.UTC(2024, 9, 1),
  });
}

/** Every cell of an A1 range. */
export function cells(range: string): string[] {
  const { top, left, bottom, right } = parseA1Range(range);
  const out: string[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push(a1(r, c));
  return out;
}

const ref = (r: string | undefined) => (r ?? '').replace(/^=/, '').replace(/[$']/g, '').toUpperCase();

/** What must match between hosts: owned sheets, with references written the same way. */
export function comparable(wb: ObservedWorkbook) {
  const sheet = (s: ObservedSheet) => ({
    name: s.name,
    cells: s.cells.map((row) =>
      row.map((c) => (c !== null && typeof c === 'object' ? { formula: c.formula.replace(/\s+/g, '') } : c)),
    ),
    frozenRows: s.frozenRows,
    // Per cell: hosts group equal rules on neighbouring ranges differently.
    validations: Object.fromEntries(
      s.validations.flatMap((v) =>
        cells(v.range).map((cell) => [
          cell,
          { kind: v.kind, source: ref(v.source), values: v.values ?? null },
        ]),
      ),
    ),
    conditionalFormats: s.conditionalFormats
      .map((c) => ({
        ...c,
        range: ref(c.range),
        condition: c.kind === 'formula' ? ref(c.condition) : c.condition,
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    // The cells under protection (hosts may split or repeat ranges).
    protections: [...new Set(s.protections.flatMap((r) => cells(ref(r))))].sort(),
    numberFormats: s.numberFormats,
    notes: s.notes,
  });
  return {
    sheets: wb.sheets.filter((s) => isOwnedSheet(s.name)).map(sheet),
    namedRanges: wb.namedRanges
      .map((n) => ({ ...n, range: ref(n.range) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** One panel call made on a workbook whose teacher sheet is `sheet`. */
export type Step = (s: PanelServer, sheet: string) => MaybePromise<unknown>;

/** Runs the steps one after another through the panel server over `h`. */
export async function runSteps(
  h: HostHarness,
  sheet: string,
  steps: readonly Step[],
  hostName: HostName = 'sheets',
): Promise<void> {
  const server = serverOver(h, hostName);
  for (const step of steps) await step(server, sheet);
}

/** Runs the steps one after another on a fresh workbook of this host, then observes it. */
export async function after(
  make: (i: InitialSheet[]) => Promise<HostHarness>,
  initial: InitialSheet,
  steps: readonly Step[],
  hostName: HostName = 'sheets',
) {
  const h = await make([initial]);
  await runSteps(h, initial.name, steps, hostName);
  return comparable(await h.observe());
}

const structure: Step = (s, sheet) => s.structure(sheet, { kind: 'provision' });

/** The three seed examples, a tracker and a class list, and what is done to each: [name, file, steps]. */
export const PARITY_CASES: readonly [string, string, readonly Step[]][] = [
  ['seed audit', 'seed-audit.grid.json', [structure]],
  ['seed entry data and targets', 'seed-entry-and-targets.grid.json', [structure]],
  [
    'seed evaluated map, re-evaluated, reviewed and summarised',
    'seed-evaluated-map.grid.json',
    [structure, (s) => s.reevaluate(), (s) => s.runReview(), (s) => s.generateSummary()],
  ],
  [
    'tracker with title rows: structured, a point added, re-evaluated and reviewed',
    'tracker-title-rows.grid.json',
    [
      (s, sheet) => s.structure(sheet, { kind: 'tracking' }),
      (s) => s.addAssessmentPoint('AP4'),
      (s) => s.reevaluate(),
      (s) => s.runReview(),
    ],
  ],
  ['MIS class list', 'mis-class-list.grid.json', [(s, sheet) => s.structure(sheet, { kind: 'class-list' })]],
];
